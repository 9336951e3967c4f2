import rule from '../../rules/no-stigmatizing-language/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const p = (line: string) => `# Staff Nurse\n\n${line}\n`;
const flags = (line: string, text: string) => ({ code: p(line), errors: [{ text, line: 3 }] });

ruleTester(rule, {
  valid: [
    p('We work with the Substance Abuse and Mental Health Services Administration on our grants.'),
    p('Many participants attend Alcoholics Anonymous or Narcotics Anonymous meetings.'),
    p('Funded by the Office of Addiction Services and Supports.'),
    p('Disclosure follows the Rehabilitation of Offenders Act 1974.'),
    p('Holds the Certified Alcohol and Drug Abuse Counselor credential.'),
    p('A clean driving record is required.'),
    p('We keep a clean and safe environment for everyone.'),
    p('Stock the clean utility room each morning.'),
    p('Training covers domestic abuse, child abuse and elder abuse safeguarding.'),
    p('Experience in substance misuse services is welcome.'),
    p('Every service user has a named worker.'),
    p('You will support people with challenging behaviour.'),
    p('Sober living houses and recovery residences are part of our network.'),
    p('Alcoholic beverages are not permitted on site.'),
    p('Patients suffering from cancer receive palliative care.'),
    p('We support people in recovery from addiction.'),
    p('Get your hands dirty in a hands-on role.'),
  ],
  invalid: [
    {
      code: p('We serve addicts in the community.'),
      errors: [
        {
          messageId: 'term',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 17,
          text: 'addicts',
          severity: 'error',
          suggestions: ['person with a substance use disorder', 'person in recovery', 'person who uses drugs'],
        },
      ],
    },
    flags('Housing for alcoholics and their families.', 'alcoholics'),
    flags('Works with substance abusers.', 'substance abusers'),
    flags('Experience in substance abuse counseling.', 'substance abuse'),
    flags('Knowledge of drug/alcohol abuse problems.', 'drug/alcohol abuse'),
    flags('Peers must have two years of clean time.', 'clean time'),
    flags('Help residents stay clean.', 'stay clean'),
    flags('Record dirty UAs in the log.', 'dirty UAs'),
    flags('Advocacy for the mentally ill.', 'the mentally ill'),
    flags('Care for the severely mentally ill.', 'the severely mentally ill'),
    flags('Support people suffering from addiction.', 'suffering from addiction'),
    flags('Her brother committed suicide.', 'committed suicide'),
    flags('Mentor ex-offenders returning home.', 'ex-offenders'),
    flags('Many are convicted felons.', 'convicted felons'),
    flags('Our ED sees frequent flyers every week.', 'frequent flyers'),
    flags('De-escalate non-compliant clients.', 'non-compliant clients'),
    flags('Watch for drug-seeking patients.', 'drug-seeking patients'),
    {
      name: 'positions survive emphasis, entities and CRLF',
      code: '# Staff Nurse\r\n\r\nWe *never* call people &quot;**addicts**&quot;.\r\n',
      errors: [{ line: 3, column: 32, endColumn: 39, text: 'addicts' }],
    },
  ],
});
