import rule from '../../rules/require-scope-statement/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const DUTIES = '## Duties\n\n- Co-facilitate recovery groups.\n- Help participants write their own WRAP.\n- Go along to appointments.\n';
const posting = (body: string, title = 'Peer Support Specialist') => `# ${title}\n\n${DUTIES}\n${body}\n`;
const scope = (name: string, body: string, title?: string) => ({ name: `scope statement, ${name}: ${body.replace(/\s+/g, ' ').slice(0, 70)}`, code: posting(body, title) });

ruleTester(rule, {
  valid: [
    posting('This is a non-clinical position. Peers do not diagnose or provide therapy.'),
    posting('## What this role does not include\n\nTherapy, diagnosis and medication belong to our clinicians.'),
    posting('You will not be asked to write treatment plans.'),
    posting('Clinical assessment is outside the peer\'s scope.'),
    // Scope statements by class of wording (issue 9 item 7): the same negation reading as the duty rules.
    scope('full title as subject', 'Youth Peer Mentors do not diagnose or provide therapy.', 'Youth Peer Mentor'),
    scope('full title as subject', 'The Family Peer Advocate does not carry a caseload.', 'Family Peer Advocate'),
    scope('never', 'Peer staff never handle medication.'),
    scope('may not', 'Recovery Coaches may not dispense medication or complete assessments.', 'Recovery Coach'),
    scope("won't", "You won't hold a caseload or write care plans."),
    scope('is not responsible for', 'The Peer Support Specialist is not responsible for clinical assessments or treatment planning.'),
    scope('neither ... nor', 'Peers neither diagnose nor prescribe.'),
    scope('at no point', 'At no point will you be asked to provide counselling.'),
    scope('excludes', 'This role excludes therapy, diagnosis and case management.'),
    scope('rather than', 'Rather than providing therapy, you will share your own recovery.'),
    scope('part of the role', 'Assessments and care planning are not part of this role.'),
    scope('list under a lead-in', 'Peers do not:\n\n- diagnose\n- provide therapy\n- handle medication'),
    scope('bold-paragraph heading', '**What you will not do**\n\nYou will work alongside the nurses and therapists on the team.'),
    scope('bold-paragraph heading', '**Limits of the role.** Therapy and diagnosis belong to the clinical team.'),
    scope('is not a ...', 'The peer is not a therapist or a case manager.'),
    { code: '# Outpatient Therapist\n\nProvide therapy.\n', role: 'auto' },
  ],
  invalid: [
    { code: posting('Pay: $20 per hour.'), errors: [{ messageId: 'noBoundaries', line: 1, severity: 'info' }] },
    {
      name: 'no duties at all',
      code: '# Peer Support Specialist\n\nJoin our team. Peers do not provide therapy.\n',
      errors: [{ messageId: 'noDuties' }],
    },
    { name: 'a negation about something else is not a boundary', code: posting('We do not require a degree.'), errors: [{ messageId: 'noBoundaries' }] },
    { name: 'not a boundary: what participants do not need', code: posting('Participants do not need a diagnosis to join our groups.'), errors: [{ messageId: 'noBoundaries' }] },
    { name: 'not a boundary: what other staff do not do', code: posting('Our nurses never skip the evening medication round.'), errors: [{ messageId: 'noBoundaries' }] },
    { name: 'not a boundary: an affirmative duty', code: posting('You will provide therapy and diagnose new clients.'), errors: [{ messageId: 'noBoundaries' }] },
  ],
});
