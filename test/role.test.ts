import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/build.ts';
import { parseFrontMatter } from '../src/document/front-matter.ts';
import { peerSignals } from '../src/peer-signals.ts';
import { decideRole, isPeerPosting } from '../src/role.ts';
import { analyseTitle } from '../src/title-words.ts';
import { expectLinearGrowth } from './support/growth.ts';

const peer = (text: string, role?: 'peer' | 'other' | 'auto', path = 'p.md') => isPeerPosting(buildDocument(text, path), role);
const decide = (text: string, path = 'p.md') => decideRole(buildDocument(text, path));
const kind = (title: string) => analyseTitle(title).kind;

describe('job titles, by their head noun', () => {
  it.each([
    'Peer Support Specialist',
    'Certified Peer Specialist – Adult Services',
    'Recovery Coach',
    'Peer Recovery Specialist (ED)',
    'Family Peer Advocate',
    'Parent Partner',
    'Lead Peer Support Specialist',
    'Peer Support Workers',
    'Lived Experience Practitioner',
    'Certified Peer Counselor',
    'Expert by Experience',
  ])('a peer word with a support head is a peer role: %s', (title) => expect(kind(title)).toBe('peer'));

  it.each([
    ['inverted, the peer as head', 'Specialist Recovery Support Peer'],
    ['comma form', 'Specialist, Peer Support'],
    ['comma form with a rank', 'Senior Worker, Peer Support'],
    ['dash form with band and service', 'Peer Support Specialist - Band 4 - Mental Health'],
    ['bracketed credential on a generic title', 'Recovery Specialist (CPRS)'],
    ['complement after the head', 'Specialist in Peer Support'],
    ['slash between modifiers', 'Parent/Carer Peer Support Worker (CYP services)'],
    ['a peer job bundled with a clinical one (its clinical duties are role drift)', 'Peer Specialist/Case Manager'],
    ['inverted, comma, a two-word peer role', 'Coach, Recovery'],
    ['a peer part after a dash', 'Community Support Specialist – Peer'],
  ])('%s: %s', (_, title) => expect(kind(title)).toBe('peer'));

  it.each([
    ['a manager of peer staff', 'Peer Support Services Manager'],
    ['a manager, head first', 'Manager of Peer Support Workers'],
    ['a supervisor', 'Clinical Supervisor, Peer Services'],
    ['a coordinator', 'Peer Program Coordinator'],
    ['a director', 'Director of Recovery Coaching'],
    ['a team leader beside a peer job', 'Peer Mentor & Volunteer Team Leader'],
    ['supervising peer staff', 'Supervising Peer Specialist'],
    ['inverted manager', 'Manager, Peer Services'],
    ['peer review', 'Peer Review Nurse'],
    ['a clinical head', 'Recovery Nurse'],
    ['a clinical modifier on a generic head', 'Theatre Recovery Practitioner'],
    ['a clinical modifier: psychological', 'Psychological Wellbeing Practitioner'],
    ['another part names a clinical job', 'First Contact Practitioner: Nurse Prescriber'],
    ['an advocate in the legal sense', 'Benefits Advocate'],
    ['an independent statutory advocate', 'Independent Mental Health Advocate'],
    ['a clinical acronym', 'RMN - Acute Ward'],
    ['a counsellor', 'Addiction Counselor'],
  ])('not a peer role: %s (%s)', (_, title) => expect(kind(title)).toBe('not-peer'));

  it.each(['Support Worker', 'Recovery Worker', 'Recovery Support Worker', 'Navigator', 'Advocate', 'Recovery Specialist', 'Wellbeing Coach', 'Community Advocate – Reentry Program'])(
    'a generic title, left to the body: %s',
    (title) => expect(kind(title)).toBe('generic'),
  );

  it.each(['Join our team', 'Harbor Community Services', 'Band 3', '12 March 2025', 'Peer Support'])('no job in it: %s', (title) => expect(kind(title)).toBe('silent'));

  it('knows a peer word in a title that is not a peer role', () => {
    expect(analyseTitle('Peer Support Services Manager')).toMatchObject({ kind: 'not-peer', head: 'Manager', headClass: 'management', peerWord: true });
    expect(analyseTitle('Staff Nurse')).toMatchObject({ peerWord: false });
  });
});

describe('finding the title in a copied posting', () => {
  const title = (text: string, path = 'p.txt') => buildDocument(text, path).title;

  it.each([
    ['the employer first, the title two lines down', 'Northfield Mental Health NHS Foundation Trust\n\nPeer Support Worker\nBand 3\n', 'Peer Support Worker', 3],
    ['an employer whose name has a job word in it', 'Hillside Family Advocates Alliance\nYouth Peer Advocate\n', 'Youth Peer Advocate', 2],
    ['a labelled line after the organisation', 'Organization: Lakeview Recovery Services\nJob Title: Peer Recovery Specialist\n', 'Peer Recovery Specialist', 2],
    ['"Position:" with a tab', 'Acme Health\nPosition:\tRecovery Coach\n', 'Recovery Coach', 2],
    ['a "Job title | ..." row', 'Acme Health\nJob title | Peer Mentor\nBand | 3\n', 'Peer Mentor', 2],
    ['a date, then the employer, then a labelled line', '3 March 2025\nWillow Services, Inc.\nPosition: Peer Mentor\n', 'Peer Mentor', 3],
    ['e-mail headers with the job in the subject', 'From: Dana <d@example.org>\nSent: Monday\nTo: All staff\nSubject: Recovery Coach vacancy\n\nHi all,\n', 'Recovery Coach vacancy', 4],
    ['site furniture before the title', 'Please wait...\nSkip to main content\nHome > Jobs > Peer Support Worker\nSign in\nSave job\n\nPeer Navigator\n', 'Peer Navigator', 7],
    ['a job-details block before the title', 'Job details\nReference number: 991-22\nBand: Band 4\nLocation: Leeds\nClosing date: 1 May 2025\n\nPeer Support Worker\n', 'Peer Support Worker', 7],
    ['detail lines that name a role are not the title', 'Reports to: Clinical Team Manager\nSupervisor: Program Director\nPeer Support Specialist\n', 'Peer Support Specialist', 3],
    ['the employer and the title on one line', 'Harbor Community Services - Peer Support Specialist\n\nText.\n', 'Harbor Community Services - Peer Support Specialist', 1],
    ['a label with a no-break space before its dash', 'Acme\nJob Title\u00a0- Recovery Coach\n', 'Recovery Coach', 2],
    ['a phone line and a Dr before the title', 'Dr Jane Okafor, Clinical Director\nCall 0113 496 0000\nPeer Navigator\n', 'Peer Navigator', 3],
  ])('%s', (_, text, expected, line) => {
    const found = title(text);
    expect(found.text).toBe(expected);
    expect(text.slice(0, found.start).split('\n').length).toBe(line);
  });

  it('a Markdown table row with the label in one cell', () => {
    expect(title('| Job title | Peer Mentor |\n| --- | --- |\n| Band | 3 |\n', 'p.md')).toMatchObject({ text: 'Peer Mentor', source: 'label' });
  });

  it('a weak label needs a job in its value ("Position: Full time" is not a title)', () => {
    expect(title('Position: Full time\nRecovery Coach\n').text).toBe('Recovery Coach');
  });

  it('a sentence that names a job is not a title', () => {
    expect(title('Harbor Health\nWe are hiring a Peer Support Worker to join us.\n\nNAVIGATOR\n').text).not.toBe('We are hiring a Peer Support Worker to join us.');
  });

  it('only the header is searched: a contact line after the prose is not the title', () => {
    const text = '# Chaplain\n\nYou will offer spiritual care to patients and families across the hospital, day and night.\n\nJane Doe, Lead Chaplain\n';
    expect(title(text, 'p.md')).toMatchObject({ text: 'Chaplain', source: 'heading' });
  });

  it('a Markdown heading that names a job, after an employer heading', () => {
    expect(title('# Harbor Community Services\n\n## Peer Support Specialist\n\nText.\n', 'p.md')).toMatchObject({ text: 'Peer Support Specialist', source: 'heading' });
  });

  it('front matter title wins, and says so', () => {
    expect(title('---\ntitle: Recovery Coach\n---\n\n# Other\n', 'p.md')).toMatchObject({ text: 'Recovery Coach', source: 'front matter' });
  });

  it('a posting with no job words keeps the first heading or line', () => {
    expect(title('# Join Our Team\n\nWe are growing.\n', 'p.md')).toMatchObject({ text: 'Join Our Team', source: 'heading' });
  });

  it('the front-matter title pattern is linear on long runs of spaces and tabs (was quadratic: 15 s at 160 KB)', () => {
    const make = (n: number) => `title: Peer${' \t'.repeat(n)}x\nrole: auto\n`;
    expectLinearGrowth(make, (value) => parseFrontMatter(`---\n${value}---\n`, 0, value.length + 8, value, 'p.md'), { size: 5_000 });
  });

  it('reading the title and the body stays linear on a huge first line', () => {
    const make = (n: number) => buildDocument(`${'Support Worker and lived experience '.repeat(n)}\n\nText.\n`, 'p.txt');
    expectLinearGrowth(make, (document) => decideRole(document), { size: 2_000, repeats: 9 });
  });
});

describe('the body of a posting with a generic title', () => {
  const signals = (body: string, title = 'Support Worker') => peerSignals(buildDocument(`# ${title}\n\n${body}\n`, 'p.md'));

  it.each([
    ['a requirement', 'You must have personal lived experience of mental health difficulties.'],
    ['a question to the applicant', 'Do you have lived experience of recovery from addiction?'],
    ['a requirement bullet', '## Requirements\n\n- Lived experience of mental health challenges and recovery.'],
    ['a recipient of services', 'Applicants must be a current or former recipient of mental health services.'],
    ['a history of incarceration', '## What you need\n\n- A personal history of incarceration.'],
    ['in recovery', 'Candidates must be in recovery for at least two years.'],
    ['people in recovery who', 'We are looking for people in recovery who want to help others.'],
    ['a parent of a child in services', 'You must be a parent or caregiver of a child who has received mental health services.'],
    ['using their own story', 'You will use your own recovery story to encourage others.'],
  ])('asks for lived experience: %s', (_, body) => expect(signals(body)['lived-experience']).toBeDefined());

  it.each([
    ['a welcome', 'We welcome applications from people with lived experience of mental health difficulties.'],
    ['encouraged', 'People with lived experience are encouraged to apply.'],
    ['a wish, not a requirement', 'Lived experience of mental illness would be an advantage but is not essential.'],
    ['the people served', 'You will support people in recovery from substance use.'],
    ['clients with a history', 'You will work with clients with a history of incarceration.'],
    ["patients' experience", 'Observe and record the lived experience of patients on the ward.'],
    ['work experience', 'You must have experience of working in a mental health setting.'],
    ['professional reflection', 'You must be able to reflect on your own experiences and practice.'],
    ['a career journey', 'You must be ready to start your career journey with us.'],
    ['your own development', 'You will have commitment to your own development including experience of a varied caseload.'],
    ['a passive "used"', 'You must know the approaches used across services and the drugs used in cancer treatment.'],
    ['"patient focused"', 'You must make the experience as patient focused as possible.'],
    ['carers of children, served', 'You must support the families and carers of children who meet our criteria.'],
    ['theatre recovery', '## Requirements\n\n- Experience in recovery/theatres.'],
  ])('does not: %s', (_, body) => expect(signals(body)['lived-experience']).toBeUndefined());

  it.each([
    ['credential', 'asked for', 'Must hold the CPRS credential or obtain it within 12 months.', true],
    ['credential', 'named in full', 'Certified Peer Specialist certification preferred.', true],
    ['credential', "someone else's", 'You will supervise six Certified Peer Specialists and hold their certification records.', false],
    ['credential', 'another meaning of the letters', 'Experience with CPS (Child Protective Services) investigations required.', false],
    ['peer-work', 'the post holder gives it', 'In this role you will provide peer support to adults on the unit.', true],
    ['peer-work', 'a duty bullet', '## Responsibilities\n\n- Offer peer support to residents one to one.', true],
    ['peer-work', 'the job said to be a peer role', 'This is a peer support role: you will use what helped you.', true],
    ['peer-work', 'a benefit for staff', 'We offer peer support to staff after difficult shifts.', false],
    ['peer-work', 'a benefits section', '## Benefits\n\n- Peer support and clinical supervision.', false],
    ['peer-work', "other staff's work", 'Our peer support workers provide peer support on the ward.', false],
    ['peer-work', 'others, after "who"', 'You will join a team of consultants who provide excellent peer support.', false],
    ['peer-work', 'support offered to the applicant', 'We will offer you support from your manager and peer to peer support.', false],
    ['licence', 'a requirement bullet', '## Requirements\n\n- Current LCSW or LPC license.', true],
    ['licence', 'UK registration', 'You must hold NMC registration.', true],
    ['licence', "a supervisor's", 'You will be supervised by an LCSW.', false],
    ['licence', 'waived', 'No clinical license is required.', false],
  ] as const)('%s: %s', (kind, _, body, found) => expect(signals(body)[kind] !== undefined).toBe(found));

  it("the title's own heading is not a section (\"Qualified ...\" is not a qualifications section)", () => {
    expect(signals('This programme was developed with people with lived experience.', 'Qualified Support Worker')['lived-experience']).toBeUndefined();
  });

  it('is linear in the length of the posting', () => {
    const make = (n: number) => buildDocument(`# Support Worker\n\n${'You will support people in recovery and welcome their families.\n\n'.repeat(n)}`, 'p.md');
    expectLinearGrowth(make, (document) => decideRole(document), { size: 300, repeats: 9 });
  });
});

describe('the decision and its reason', () => {
  it('the title decides when it names a job', () => {
    expect(decide('# Peer Support Worker\n\nText.\n')).toMatchObject({ peer: true, reason: 'title', title: 'Peer Support Worker' });
    expect(decide('# Staff Nurse\n\nYou must have lived experience of mental illness.\n')).toMatchObject({ peer: false, reason: 'title' });
    expect(decide('Acme\nJob title: Recovery Coach\n', 'p.txt')).toMatchObject({ peer: true, reason: 'labelled title line' });
    expect(decide('---\ntitle: Recovery Coach\n---\n\nText.\n')).toMatchObject({ peer: true, reason: 'front matter title' });
  });

  it('the body decides a generic title, with the signal kept for the ambiguous-role rule', () => {
    const d = decide('# Support Worker\n\nYou must have personal lived experience of mental health difficulties.\n');
    expect(d).toMatchObject({ peer: true, reason: 'lived-experience requirement', doubt: { signal: { kind: 'lived-experience' } } });
    expect(decide('# Support Worker\n\nHelp residents with daily tasks.\n')).toMatchObject({ peer: false, reason: 'no peer signal' });
    expect(decide('# Recovery Specialist\n\n- Lived experience of recovery is essential.\n- LADC license required.\n')).toMatchObject({ peer: false, reason: 'clinical licence requirement', doubt: { against: 'licence' } });
  });

  it('a manager of peer staff whose posting asks for lived experience keeps a doubt against the title', () => {
    expect(decide('# Peer Support Manager\n\n- Lived experience of recovery is required.\n')).toMatchObject({ peer: false, reason: 'title', doubt: { against: 'title' } });
  });

  it('peer support offered to staff as a benefit does not make a nurse posting a peer posting', () => {
    expect(peer('# Registered Nurse\n\n## Benefits\n\nPeer support network and Peer Support Specialist colleagues.\n')).toBe(false);
  });

  it('front matter role, --role and configured titles decide outright', () => {
    expect(decide('---\nrole: peer\n---\n\n# Community Worker\n')).toMatchObject({ peer: true, reason: 'front matter role' });
    expect(decide('---\nrole: other\n---\n\n# Peer Support Specialist\n')).toMatchObject({ peer: false, reason: 'front matter role' });
    expect(peer('# Staff Nurse\n', 'peer')).toBe(true);
    const forced = decideRole(buildDocument('# Peer Support Specialist\n', 'p.md'), 'other');
    expect(forced).toMatchObject({ peer: false, reason: '--role' });
    expect(forced.doubt).toBeUndefined();
    expect(decideRole(buildDocument('# Lived Experience Ambassador\n', 'p.md'), 'auto', { notPeer: ['ambassador'] })).toMatchObject({ peer: false, reason: 'peerTitles' });
    expect(decideRole(buildDocument('# Community Connector\n', 'p.md'), 'auto', { peer: ['connector'] })).toMatchObject({ peer: true, reason: 'peerTitles' });
  });
});
