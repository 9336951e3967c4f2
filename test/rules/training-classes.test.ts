// Classes of wording for require-training, each named by its class: ways of offering training to the peer.
import rule from '../../rules/require-training/index.ts';
import { requirementCases, ruleTester } from '../support/rule-tester.ts';

const posting = (body: string) => `# Recovery Coach\n\n${body}\n`;
const { counts, missing } = requirementCases(posting, { messageId: 'missing' });

ruleTester(rule, {
  valid: [
    counts('we-pay-for-training', "We'll pay for your peer certification training."),
    counts('we-pay-for-training', 'We cover the cost of the 40-hour recovery coach course.'),
    counts('we-pay-for-training', 'Your certification fees and trainings are on us.'),
    counts('we-pay-for-training', 'The agency reimburses your certification exam and training costs.'),
    counts('trained-on-the-job', "You'll be trained in WRAP and Mental Health First Aid."),
    counts('trained-on-the-job', 'We will train you in motivational interviewing.'),
    counts('trained-on-the-job', 'Shadow an experienced coach for your first month.'),
    counts('paid-time-for-training', 'Paid time to attend trainings and conferences.'),
    counts('free-training', 'Certification training at no cost to you.'),
    counts('sponsored-certification', 'We sponsor new hires through state peer certification.'),
  ],
  invalid: [
    missing('training-the-peer-delivers', 'Facilitate WRAP trainings for participants.'),
    missing('training-the-peer-delivers', 'Co-lead community trainings on overdose response.'),
    missing('training-required-before', 'Must have completed the 40-hour peer training before hire.'),
  ],
});
