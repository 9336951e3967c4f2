import type { Rule } from '../src/rule.ts';
import ambiguousRole from './ambiguous-role/index.ts';
import noClinicalDuties from './no-clinical-duties/index.ts';
import noDegreeBarrier from './no-degree-barrier/index.ts';
import noDualRelationships from './no-dual-relationships/index.ts';
import noMandatoryDisclosure from './no-mandatory-disclosure/index.ts';
import noStigmatizingLanguage from './no-stigmatizing-language/index.ts';
import noUnsupportedCaseManagement from './no-unsupported-case-management/index.ts';
import noVagueDuties from './no-vague-duties/index.ts';
import payRangeQuality from './pay-range-quality/index.ts';
import payTransparency from './pay-transparency/index.ts';
import requireAdvancement from './require-advancement/index.ts';
import requireCredentialPath from './require-credential-path/index.ts';
import requireLivedExperience from './require-lived-experience/index.ts';
import requirePay from './require-pay/index.ts';
import requireScopeStatement from './require-scope-statement/index.ts';
import requireSupervision from './require-supervision/index.ts';
import requireTraining from './require-training/index.ts';

/** Every built-in rule. The engine takes whichever of these the configuration turns on. */
export const builtinRules: Rule[] = [
  // role drift
  noClinicalDuties,
  noVagueDuties,
  noUnsupportedCaseManagement,
  noDualRelationships,
  // supervision, pay
  requireSupervision,
  requirePay,
  payRangeQuality,
  payTransparency,
  // language, disclosure
  noStigmatizingLanguage,
  noMandatoryDisclosure,
  // qualifications, scope and development
  noDegreeBarrier,
  requireLivedExperience,
  requireCredentialPath,
  requireScopeStatement,
  requireTraining,
  requireAdvancement,
  // how the peer-role decision was made
  ambiguousRole,
];
