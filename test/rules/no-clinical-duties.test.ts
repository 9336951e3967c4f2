import rule from '../../rules/no-clinical-duties/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const doc = (line: string) => `# Peer Support Specialist\n\n## Duties\n\n${line}\n`;

ruleTester(rule, {
  valid: [
    // Classes of wording (see also test/role-drift-classes.test.ts).
    { name: 'class diagnoses-as-plural-noun: "clients with psychiatric diagnoses" is not the peer diagnosing', code: doc('- Support clients with psychiatric diagnoses to find work.') },
    { name: 'class other-staff-coordinated-verbs: coordinated verbs share their subject', code: doc('Nurses assess, diagnose and prescribe; peers listen.') },
    { name: 'class negated: neither ... nor', code: doc('Peers neither diagnose nor prescribe.') },
    { name: 'class negated: a list under "Peers do not:"', code: '# Peer Support Specialist\n\n## Duties\n\nPeers do not:\n\n- diagnose\n- provide therapy\n' },
    { name: 'class other-staff-lead-in: a list under "Clinicians will:"', code: '# Peer Support Specialist\n\n## Duties\n\nClinicians will:\n\n- complete intake assessments\n' },
    { name: 'class supportive-prepare-for-assessment', code: doc('- Help people get ready for their psychiatric evaluation.') },
    { name: 'class qualification-background', code: '# Peer Support Specialist\n\n## Qualifications\n\n- Familiarity with the PHQ-9 and other screening tools.\n' },

    // Negated, including a negation that scopes over a list.
    doc('Peer specialists do not diagnose, provide therapy, or handle medications.'),
    doc('You will never be asked to conduct clinical assessments or write treatment plans.'),
    doc('This role does not provide counseling; our therapists do.'),
    doc('Providing therapy is not part of this role.'),
    // Delegated or supporting.
    doc('- Refer participants to clinical staff for assessment.'),
    doc('- Support participants to attend therapy and psychiatry appointments.'),
    doc('- Help participants prepare questions for their intake assessment.'),
    doc('- Assist the care team in developing treatment plans that reflect the participant\'s goals.'),
    doc('- Participate in treatment planning meetings as the participant\'s ally.'),
    doc('- Help participants find a sponsor in a mutual-aid group if they want one.'),
    doc('- Link participants with counseling services in the community.'),
    // Other staff's duties and the agency's services.
    doc('The clinician completes the treatment plan with the participant.'),
    doc('Work alongside therapists who provide individual counseling.'),
    '# Peer Support Specialist\n\n## About us\n\nWe provide outpatient therapy, psychiatric evaluations and medication management.\n',
    // In scope.
    doc('- Help participants write their own wellness plan (WRAP) and set recovery goals.'),
    doc('- Offer crisis support and co-facilitate recovery groups.'),
    doc('- Other duties as assigned.'),
    // Names and titles.
    doc('Washington State Certified Peer Counselor credential required.'),
    doc('You will be based at the Riverside Counseling Center with our Dual Diagnosis team.'),
    doc('- Provide peer counseling and mutual support.'),
    doc('- Carry naloxone and teach overdose response.'),
    // Case management, catch-alls and sponsoring have their own rules (no double reports).
    doc('- Serve as case manager for a caseload of 25 adults.'),
    doc('- Cover for clinicians when they are out of the office.'),
    doc('- Serve as a sponsor to residents.'),
    // Section-aware: a background line under qualifications is not a duty of the job.
    '# Peer Support Specialist\n\n## Qualifications\n\n- Experience conducting intake assessments is not needed.\n- Experience providing individual counseling in any setting.\n',
    // "How to apply" describes the agency's process, not the peer's duties.
    '# Peer Support Specialist\n\n## How to apply\n\nOur clinical team will complete a brief assessment of references after interviews.\n',
    // Not a peer posting: the rule does not apply.
    { code: '# Outpatient Therapist\n\n- Provide individual counseling and conduct intake assessments.\n', role: 'auto' },
  ],
  invalid: [
    { name: 'class screening-instrument: a named instrument', code: doc('- Give the AUDIT-C to new patients.'), errors: [{ text: 'Give the AUDIT-C' }] },
    { name: 'class level-of-care: a possessive between verb and activity', code: doc("- Determine each client's level of care."), errors: [{ text: "Determine each client's level of care" }] },
    { name: 'class passive-voice: the peer as agent', code: doc('Intake assessments are completed by the Recovery Coach.'), errors: [{ text: 'Intake assessments are completed by the Recovery Coach' }] },
    { name: 'class medication-observe-dosing: a verb over the participant\'s own action', code: doc('- Watch residents take their evening medication.'), errors: [{ text: 'Watch residents take their evening medication' }] },
    { name: 'class involuntary-hold', code: doc('- Initiate 5150 holds when needed.'), errors: [{ text: 'Initiate 5150 holds' }] },
    { name: 'class psychological-testing: a named test', code: doc('- Score the MMPI-2 for new referrals.'), errors: [{ text: 'Score the MMPI-2' }] },

    {
      code: doc('- Conduct intake assessments for new clients.'),
      errors: [{ messageId: 'duty', line: 5, column: 3, endLine: 5, endColumn: 29, text: 'Conduct intake assessments' }],
    },
    { code: doc('- Provide individual counseling sessions.'), errors: [{ text: 'Provide individual counseling sessions' }] },
    { code: doc('- Facilitate group therapy sessions twice a week.'), errors: [{ text: 'Facilitate group therapy sessions' }] },
    { code: doc('- Deliver CBT skills modules.'), errors: [{ text: 'Deliver CBT' }] },
    { code: doc('You will be responsible for developing treatment plans.'), errors: [{ text: 'developing treatment plans' }] },
    { code: doc('- Complete the psychosocial assessment at admission.'), errors: [{ text: 'Complete the psychosocial assessment' }] },
    { code: doc('- Administer medications during evening shifts.'), errors: [{ text: 'Administer medications' }] },
    { code: doc('- Monitor medication compliance.'), errors: [{ text: 'Monitor medication compliance' }] },
    { code: doc('- Diagnose co-occurring disorders.'), errors: [{ text: 'Diagnose' }] },
    {
      name: 'a negation in an earlier clause does not reach a later one',
      code: doc('Peers do not diagnose; they provide individual counseling.'),
      errors: [{ text: 'provide individual counseling' }],
    },
    {
      name: 'each duty in one sentence is reported',
      code: doc('You will conduct intake assessments and provide individual counseling.'),
      errors: [{ text: 'conduct intake assessments' }, { text: 'provide individual counseling' }],
    },
    {
      name: 'a duty under qualifications stated as the job still counts',
      code: '# Peer Support Specialist\n\n## Requirements\n\n- Must be able to conduct intake assessments.\n',
      errors: [{ text: 'conduct intake assessments' }],
    },
    {
      name: 'a duty in "About us" counts when the peer is the subject',
      code: '# Peer Support Specialist\n\n## About us\n\nOur peer specialists provide individual counseling to every resident.\n',
      errors: [{ text: 'provide individual counseling' }],
    },
    {
      name: 'suggests the in-scope alternative',
      code: doc('- Provide group therapy.'),
      errors: [{ suggestions: ['Support participants to engage with therapy or counseling provided by clinical staff.'] }],
    },
    {
      name: 'positions survive inline markup',
      code: doc('- **Clinical:** provide _individual counseling_ to clients.'),
      errors: [{ line: 5, column: 17, endColumn: 47, text: 'provide _individual counseling' }],
    },
  ],
});
