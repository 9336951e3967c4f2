// Classes of wording for no-stigmatizing-language, each case named by its class. Written before tuning,
import { expect } from 'vitest';
// in our own words, as a held-out check that the mechanism (quotation, name shape, condition lexicon)
// covers the class rather than one phrase.
import rule from '../../rules/no-stigmatizing-language/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const p = (text: string) => `# Outreach Worker\n\n${text}\n`;
const ok = (cls: string, text: string) => ({ name: `${cls}: ${text}`, code: p(text) });
const flags = (cls: string, text: string, found: string, extra: Record<string, unknown> = {}) => ({
  name: `${cls}: ${text}`,
  code: p(text),
  errors: [{ text: found, ...extra }],
});

ruleTester(rule, {
  valid: [
    // A person speaking of themselves, in quotation marks or a blockquote, is their own voice.
    ok('self-quotation', '“I spent most of my twenties as a junkie,” says Rosa, who now runs our drop-in.'),
    ok('self-quotation', "'I'm a recovering addict and proud of it,' says Omar, our founder."),
    ok('self-quotation', 'As Keisha puts it: "They called me crazy for years, and I am still here."'),
    ok('self-quotation', '> I was the alcoholic nobody would hire. Now I train new peers.\n>\n> — Luis, Peer Mentor'),
    ok('self-quotation', '"My clean time started in a shelter bed," Jo remembers. "Now I help others get there."'),
    // Proper names with small connecting words: organisations, laws, fellowships, credentials, journals.
    ok('proper-name-org', 'Subcontracted by the Alliance for Substance Abuse Prevention, Inc. since 2015.'),
    ok('proper-name-org', 'We are a member of the Regional Council on Alcoholism and Drug Abuse.'),
    ok('proper-name-org', 'A grant from the National Alliance for the Mentally Ill of Lake County pays for the program.'),
    ok('proper-name-org', 'Partner with the Drug Abuse Office (DAO) on prevention events.'),
    ok('proper-name-law', 'Referrals come through the Mentally Ill Offender Reentry Act grant.'),
    ok('proper-name-law', 'Eligibility follows the Alcoholism and Drug Abuse Treatment Act of 1990.'),
    ok('proper-name-law', 'Funded by the Substance Abuse Treatment Block Grant.'),
    ok('proper-name-fellowship', 'Many members also go to Heroin Addicts Anonymous or Cocaine Anonymous.'),
    ok('proper-name-fellowship', 'Share schedules for Adult Children of Alcoholics and Al-Anon meetings.'),
    ok('credential-name', 'A Certified Alcohol and Drug Abuse Counselor (CADAC) credential is a plus.'),
    ok('credential-name', 'Credentialed Alcoholism and Substance Abuse Counselor trainees welcome.'),
    ok('proper-name-journal', 'Our outcomes appeared in the Journal of Substance Abuse Treatment.'),
    // "suffer" about things that are not conditions.
    ok('suffer-non-condition', 'Our budget suffered from years of cuts.'),
    ok('suffer-non-condition', 'Rural services are suffering from staff shortages.'),
    ok('suffer-non-condition', 'Staff morale suffered during the pandemic.'),
    ok('suffer-non-condition', 'Patients suffering from cancer receive palliative care.'),
    ok('victims-non-condition', 'Support victims of crime and of domestic abuse.'),
    // Look-alikes that stay unflagged.
    ok('clean-other-sense', 'Keep the kitchen clean for the next shift.'),
    ok('clean-other-sense', 'A clean DMV record is needed to drive the van.'),
    ok('clean-other-sense', 'Check that the specimen area is clean before each collection.'),
    ok('clean-other-sense', 'Test results are shared only with the care team.'),
    ok('abuse-safeguarding', 'Report suspected child abuse or elder abuse to the duty manager.'),
    ok('substance-misuse-uk', 'Experience in a drug and alcohol misuse service.'),
    ok('behavior-label-non-person', 'Experience with treatment-resistant depression is helpful.'),
    ok('recovery-sober', 'Help residents of sober houses stay connected to recovery.'),
    ok('challenging-behaviour', 'Support people whose behaviour can be challenging.'),
  ],
  invalid: [
    // Quotation marks alone are not a person speaking of themselves: scare quotes and staff quotes still count.
    flags('not-self-quotation', 'We do not call anyone "an addict" here.', 'addict'),
    flags('not-self-quotation', '"Most of our residents are alcoholics," the director said.', 'alcoholics'),
    flags('not-self-quotation', 'I have worked with addicts for ten years.', 'addicts'),
    // Title case alone is not a name.
    flags('not-proper-name', 'Our Substance Abuse team is growing.', 'Substance Abuse'),
    flags('not-proper-name', 'We help Addicts find housing.', 'Addicts'),
    // Conditions in general after "suffer(ing) from/with".
    flags('suffers-from', 'Outreach to veterans suffering from combat-related PTSD.', 'suffering from combat-related PTSD'),
    flags('suffers-from', 'Work with young people who suffer with an eating disorder.', 'suffer with an eating disorder'),
    flags('suffers-from', 'Many tenants suffer from co-occurring conditions.', 'suffer from co-occurring conditions'),
    flags('suffers-from', 'Support adults suffering from a dual diagnosis.', 'suffering from a dual diagnosis'),
    flags('suffers-from', 'Engage clients who suffer from borderline personality disorder.', 'suffer from borderline personality disorder'),
    flags('suffers-from', 'Experience with people suffering from alcohol dependency.', 'suffering from alcohol dependency'),
    flags('suffers-from', 'Support children who suffer from ADHD.', 'suffer from ADHD'),
    flags('suffers-from', 'Residents who have suffered from opioid use disorder.', 'suffered from opioid use disorder'),
    // Each finding's explanation fits the term that was found.
    flags('victims-of', 'Advocate for victims of addiction and their families.', 'victims of addiction', { message: expect.not.stringMatching(/Suffering from/) }),
    flags('victims-of', 'People afflicted with schizophrenia deserve dignity.', 'afflicted with schizophrenia', { message: expect.not.stringMatching(/Suffering from/) }),
    flags('suffers-from', 'Support people suffering from anxiety.', 'suffering from anxiety', { message: expect.stringMatching(/suffer/i) }),
    // "Clean" about abstinence, with any stated length of time.
    flags('clean-dirty-use', 'Applicants need at least a year clean.', 'a year clean'),
    flags('clean-dirty-use', 'Peers with eighteen months clean are encouraged to apply.', 'eighteen months clean'),
    flags('clean-dirty-use', 'You must be clean for two years before hire.', 'clean for two years'),
    flags('clean-dirty-use', 'Our lead has been clean since 2016.', 'clean since 2016'),
    flags('clean-dirty-test', 'Follow up when a urine screen comes back dirty.', 'urine screen comes back dirty'),
    flags('clean-dirty-test', 'Residents who turned up dirty lose weekend passes.', 'turned up dirty'),
    flags('clean-dirty-test', 'Tenants who test dirty meet with the house manager.', 'test dirty'),
    flags('clean-dirty-test', 'Log whether the drug screen was clean or dirty.', 'drug screen was clean or dirty'),
    flags('clean-dirty-test', 'If UAs are dirty, tell the counselor the same day.', 'UAs are dirty'),
    flags('clean-dirty-test', 'When a test result is dirty, the nurse calls the prescriber.', 'result is dirty'),
    // Labels for people by behaviour.
    flags('behavior-label', 'Set boundaries with treatment-resistant clients.', 'treatment-resistant clients'),
    flags('behavior-label', 'Experience with unmotivated patients preferred.', 'unmotivated patients'),
  ],
});
