import { defineRule } from '../../src/rule.ts';
import { allMatches } from '../../src/matches.ts';

/** Health and recovery history that is the applicant's to share or keep. */
const HISTORY = String.raw`(?:(?:mental\s+health|psychiatric|medical|substance\s+use|addiction|treatment|recovery|sobriety|abstinence|hospitali[sz]ation|rehab(?:ilitation)?|detox)\s+(?:history|records?|diagnos(?:is|es)|status|condition|treatment)|diagnos(?:is|es)|treatment\s+(?:history|records?|completion)|(?:your\s+|their\s+|applicant['’]s\s+|candidate['’]s\s+)(?:recovery|sobriety|abstinence|clean\s+time|treatment|hospitali[sz]ations?|medications?|mental\s+health|condition)|sobriety|abstinence|clean\s+time|discharge\s+papers|medical\s+records)`;
const PROOF = String.raw`(?:proof|documentation|documents?|evidence|records?|verification|a\s+letter|letters?|copies|a\s+copy|details|written\s+confirmation|confirmation)`;

const PATTERNS: Array<{ what: string; pattern: RegExp }> = [
  {
    what: 'proof of diagnosis, treatment or recovery',
    pattern: new RegExp(
      String.raw`\b(?:provid(?:e|es|ing)|submit(?:s|ting)?|present(?:s|ing)?|show(?:s|ing)?|suppl(?:y|ies|ying)|attach(?:es|ing)?|furnish(?:es|ing)?|produc(?:e|es|ing)|includ(?:e|es|ing)|requir(?:e|es|ed|ing)|must\s+have|with)\s+(?:\w+\s+){0,2}?` +
        PROOF + String.raw`\s+(?:of|from|about|regarding|documenting|verifying|confirming|showing|for)\s+(?:\w+\s+){0,3}?` + HISTORY,
      'gi',
    ),
  },
  {
    what: 'disclosing a diagnosis or treatment history',
    pattern: new RegExp(
      String.raw`\b(?:disclos(?:e|es|ing)|list(?:s|ing)?|describ(?:e|es|ing)|detail(?:s|ing)?|stat(?:e|es|ing)|explain(?:s|ing)?|identify(?:ing)?|report(?:s|ing)?)\s+(?:your\s+|their\s+|any\s+|all\s+|the\s+)?(?:own\s+)?(?:(?:mental\s+health|psychiatric|medical|substance\s+use)\s+)?(?:diagnos(?:is|es)|(?:treatment|psychiatric|medical|substance\s+use|mental\s+health)\s+history|hospitali[sz]ations?|current\s+medications?|prescriptions)`,
      'gi',
    ),
  },
  {
    what: 'a letter or records from a clinician or sponsor',
    pattern: new RegExp(
      String.raw`\b(?:letters?|verification|attestation|documentation|records?|confirmation|statement)\s+(?:\w+\s+){0,3}?from\s+(?:your|a|an|the\s+applicant['’]s)\s+(?:\w+\s+)?(?:therapist|psychiatrist|psychologist|counsel(?:l)?or|sponsor|treatment\s+(?:provider|program|centre|center)|doctor|physician|clinician|prescriber|case\s+manager|GP)`,
      'gi',
    ),
  },
  {
    what: 'documented sobriety or recovery time',
    pattern: /\b(?:documented|verified|verifiable|proven|provable)\s+(?:\w+\s+){0,3}?(?:sobriety|abstinence|recovery|clean\s+time|sober\s+time)\b/gi,
  },
  {
    what: 'a release of treatment records',
    pattern: /\b(?:sign|signing|authori[sz]e|authori[sz]ing|consent\s+to)\s+(?:a\s+|an\s+)?(?:release|disclosure)\s+(?:of\s+(?:information\s+)?)?(?:\w+\s+){0,3}?(?:for|of|covering)\s+(?:your\s+)?(?:treatment|medical|psychiatric|mental\s+health|substance\s+use)\s+records/gi,
  },
];

const CANDIDATE = /diagnos|treatment|recovery|sobriety|abstinen|clean time|sober|hospitali|rehab|detox|medical|psychiatr|mental health|substance|medication|prescription|letter|records/i;
/** Wording that makes sharing optional or forbids the ask: "you will not be asked", "self-attestation", "if you choose". */
const OPTIONAL = /\b(?:not|never|no|don['’]t|won['’]t|without|optional|voluntar\w*|choose|choice|wish|self[- ]?(?:attest\w*|identif\w*|report\w*|disclos\w*)|if\s+you\s+(?:want|like))\b/i;
/** It is about the participants served, not the applicant. */
const ABOUT_PARTICIPANTS = /\b(?:participants?|clients?|patients?|residents?|members?|consumers?|service\s+users?|individuals)['’]?s?\b/i;
const APPLICANT = /\b(?:you|your|applicants?|candidates?|apply|application|hire|hiring|employment|interview|offer|must|required?)\b/i;

export default defineRule({
  meta: {
    id: 'no-mandatory-disclosure',
    category: 'disclosure',
    defaultSeverity: 'error',
    description: 'A posting must not require details, documents or proof of an applicant\'s diagnosis, treatment or recovery; self-attestation is enough.',
    docs: 'rules/no-mandatory-disclosure/README.md',
    appliesTo: 'all',
    messages: {
      disclosure: 'Mandatory disclosure: the posting requires {{what}} ("{{text}}"). Lived experience is the applicant\'s to share.',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        if (!CANDIDATE.test(sentence.text) || OPTIONAL.test(sentence.text)) return;
        const section = context.sectionOf(sentence);
        // A duty line ("keep records of participants' treatment") is about the people served.
        if (section.kind === 'duties' || (ABOUT_PARTICIPANTS.test(sentence.text) && !/\b(?:your|applicants?|candidates?)\b/i.test(sentence.text))) return;
        if (section.kind !== 'qualifications' && section.kind !== 'apply' && !APPLICANT.test(sentence.text)) return;
        const seen: Array<[number, number]> = [];
        for (const { what, pattern } of PATTERNS) {
          for (const m of allMatches(pattern, sentence.text)) {
            const start = sentence.start + m.index;
            const end = start + m[0].length;
            if (seen.some(([s, e]) => start < e && end > s)) continue;
            seen.push([start, end]);
            context.report({
              messageId: 'disclosure',
              data: { what, text: document.prose.slice(start, end) },
              span: { start, end },
              suggestions: [
                'Ask applicants to self-attest: "Applicants should have lived experience of recovery, which they may share as they choose."',
                'If a credential requires lived experience, rely on the certification body\'s own attestation.',
              ],
            });
          }
        }
      },
    };
  },
});
