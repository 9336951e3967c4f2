import type { Rule } from '../src/rule.ts';
import noClinicalDuties from './no-clinical-duties/index.ts';
import noStigmatizingLanguage from './no-stigmatizing-language/index.ts';
import requirePay from './require-pay/index.ts';
import requireSupervision from './require-supervision/index.ts';

/** Every built-in rule. The engine takes whichever of these the configuration turns on. */
export const builtinRules: Rule[] = [noClinicalDuties, requireSupervision, requirePay, noStigmatizingLanguage];
