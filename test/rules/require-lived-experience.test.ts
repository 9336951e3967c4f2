import rule from '../../rules/require-lived-experience/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const posting = (body: string) => `# Peer Support Specialist\n\n${body}\n`;

ruleTester(rule, {
  valid: [
    posting('- Personal lived experience of recovery from mental health or substance use challenges.'),
    posting('You will use your own recovery story to walk alongside participants.'),
    posting('- Parent or caregiver of a child who has received mental health services.'),
    posting('- Personal experience of using mental health services.'),
    posting('Applicants who self-identify as a person in recovery are encouraged to apply.'),
    { name: 'a recipient of services', code: posting('- You are a current or former recipient of mental health services.') },
    { name: 'a recipient, in other words', code: posting('Applicants must be a past recipient of behavioral health treatment.') },
    { name: 'a history of incarceration', code: posting('- A personal history of incarceration and reentry.') },
    { name: 'formerly incarcerated', code: posting('We are looking for formerly incarcerated people to join our reentry team.') },
    { name: 'a history of using services', code: posting('- A history of receiving services for your own mental health.') },
    { name: 'in recovery', code: posting('- Must be in recovery for at least two years.') },
    { name: 'people in recovery who ...', code: posting('We hire people in recovery who want to use what they learned to help others.') },
    { name: 'experience as a service user', code: posting('- Experience as a service user of mental health services.') },
    { name: 'a parent raising a child with needs', code: posting('- You have raised a child with emotional or behavioral challenges.') },
    { name: 'welcomed, not required, still counts', code: posting('We welcome applications from people with lived experience of mental ill health.') },
    { code: '# Outpatient Therapist\n\nLicensed clinician required.\n', role: 'auto' },
  ],
  invalid: [
    {
      code: posting("High school diploma, valid driver's license, two years of customer service experience."),
      errors: [{ messageId: 'missing', line: 1, column: 3, text: 'Peer Support Specialist', severity: 'warning' }],
    },
    { name: 'experience of other things is not lived experience', code: posting('- Two years of experience in retail.'), errors: [{ messageId: 'missing' }] },
    { name: 'work experience in the field', code: posting('- Experience of working in a mental health or recovery setting.'), errors: [{ messageId: 'missing' }] },
    { name: 'the people served are in recovery, not the applicant', code: posting('You will support people in recovery and help participants in early recovery find housing.'), errors: [{ messageId: 'missing' }] },
    { name: "clients' history is not the applicant's", code: posting('You will work with clients with a history of incarceration.'), errors: [{ messageId: 'missing' }] },
    { name: "patients' lived experience", code: posting('Record the lived experience of patients for our quality reports.'), errors: [{ messageId: 'missing' }] },
    { name: 'your experience, of work', code: posting('Tell us about your experience in customer service.'), errors: [{ messageId: 'missing' }] },
    { name: 'the title line is found past an employer line', code: "Harbor Community Services\nPeer Support Worker\n\nHigh school diploma.\n", filename: 'p.txt', errors: [{ messageId: 'missing', line: 2, text: 'Peer Support Worker' }] },
  ],
});
