/**
 * Role-drift wording by class, written for this project (not taken from any shared set): each case is
 * one line of a posting, the class of wording it stands for, and whether a careful reviewer would
 * report it as role drift. `test/role-drift-classes.test.ts` builds a small neutral posting around each
 * one and checks that a role-drift finding covers the line exactly when `drift` is true.
 */
export interface DriftCase {
  class: string;
  drift: boolean;
  line: string;
  /** Job title (default "Peer Support Specialist"). */
  title?: string;
  /** Heading the line sits under (default "Responsibilities"); "none" puts it straight under the title. */
  section?: string;
  /** A paragraph instead of a bullet. */
  paragraph?: boolean;
  /** Plain text instead of Markdown. */
  txt?: boolean;
}

const t = (cls: string, lines: string[], extra: Partial<DriftCase> = {}): DriftCase[] => lines.map((line) => ({ class: cls, drift: true, line, ...extra }));
const f = (cls: string, lines: string[], extra: Partial<DriftCase> = {}): DriftCase[] => lines.map((line) => ({ class: cls, drift: false, line, ...extra }));

export const DRIFT_CASES: DriftCase[] = [
  // ---- therapy and counselling --------------------------------------------------------------
  ...t('therapy-individual', ['Deliver one-to-one psychotherapy to adults with depression.', 'You will offer individual therapy sessions twice a week.', 'Provides weekly individual psychotherapy for residents of the crisis house.']),
  ...t('counseling-individual', ['Hold individual counselling sessions with service users on the recovery ward.'], { txt: true, title: 'Peer Support Worker' }),
  ...t('counseling-group', ['Facilitate group counselling for people recently released from prison.', 'Co-lead group counseling in the partial hospitalization program.']),
  ...t('counseling-clinical', ['Carry out clinical counseling with parents whose children are in care.', 'Counsel clients on relapse triggers and coping strategies in weekly sessions.']),
  ...t('therapy-group', ['Co-facilitate therapy groups on the inpatient unit.', 'Run a weekly anger-management therapy group.']),
  ...t('therapy-family', ['Conduct family therapy with parents and their teenagers.', 'Provide couples counseling to veterans and their partners.']),
  ...t('counseling-grief', ['Provide bereavement counselling to relatives after a sudden death.', 'Offer grief counseling to clients who have lost a loved one.']),
  ...t('therapy-trauma', ['Deliver TF-CBT to children in foster care.', 'Provide trauma therapy to survivors of domestic violence.']),
  ...t('named-modality', ['Teach clients DBT distress tolerance skills in a weekly group.', 'Use EMDR with members who have PTSD.', 'Apply cognitive behavioural therapy techniques to reduce anxiety.', 'Practise CBT with participants between their clinic appointments.']),
  ...t('therapy-mi', ['Provide motivational interviewing counseling sessions to people on probation.']),
  ...t('psychotherapy', ['Perform psychotherapy with assigned adolescents.', 'Offers brief psychotherapy to patients in the emergency department.']),
  ...t('psychological-interventions-uk', ['Offer low-intensity psychological interventions to patients on the ward.', 'Provide talking therapies to service users in the community.'], { txt: true, title: 'Peer Support Worker (Band 4)' }),
  ...t('you-will-form', ['The successful candidate will provide therapy to young people in schools.', 'In this job you will be doing intake assessments every morning.', 'You\'ll deliver CBT-based group sessions over Zoom.']),

  // ---- assessment and screening --------------------------------------------------------------
  ...t('assessment-intake', ['Do the intake assessment when new members arrive.', 'Completes intake evaluations for every walk-in client.']),
  ...t('assessment-initial', ['Undertake initial assessments of people referred to the team.'], { title: 'Peer Support Worker' }),
  ...t('assessment-comprehensive', ['Carry out comprehensive needs assessments for each new resident.', 'Complete a full biopsychosocial assessment at admission.']),
  ...t('assessment-biopsychosocial', ['Complete psychosocials on all new admissions.', 'Write up psychosocial assessments within 48 hours of intake.']),
  ...t('assessment-risk', ['Complete suicide risk assessments with callers in crisis.', 'Carry out risk assessments on everyone referred to the service.']),
  ...t('assessment-mental-state', ['Conduct mental status exams during home visits.', 'Perform mental state examinations on admission to the ward.']),
  ...t('assessment-psychiatric', ['Complete psychiatric evaluations of people brought in by the police.']),
  ...t('assessment-generic', ['Undertake assessments of clients referred by their GP.', 'Assess new clients and decide which service is right for them.']),
  ...t('screening-instrument', [
    'Administer the GAD-7 at every visit.',
    'Use the Columbia Suicide Severity Rating Scale to screen callers.',
    'Complete the CANS with each young person every 90 days.',
    'Give the AUDIT-C to every new patient at the front desk.',
    'Score PHQ-9 questionnaires and record the totals in the chart.',
    'Screen clients for depression with a standard questionnaire.',
  ]),
  ...t('diagnosis', ['Make diagnoses of mental health conditions.', 'Provide DSM-5 diagnoses for new clients.', 'Diagnoses substance use disorders and refers for treatment.', 'Establish a working diagnosis for each new referral.']),
  ...t('level-of-care', ['Recommend the level of care each client needs using ASAM criteria.', 'Determine which level of care a client should be placed in.', 'Make level-of-care decisions for people seeking detox.']),

  // ---- plans ---------------------------------------------------------------------------------
  ...t('treatment-plan-write', ['Draft treatment plans within 30 days of intake.', 'Create individualized treatment plans with measurable goals.', 'Formulate a plan of care for each patient on the unit.']),
  ...t('treatment-plan-update', ['Revise care plans every three months.', 'Review and update treatment plans monthly.']),
  ...t('treatment-plan-own', ['Be responsible for writing each client\'s treatment plan.', 'Take ownership of the treatment plan for every person on your list.']),
  ...t('passive-voice', [
    'Intake assessments will be done by the Recovery Coach.',
    'All treatment plans are written by peer specialists.',
    'Medications are handed out by the peer on duty.',
    'The PHQ-9 is administered by the peer support specialist at each visit.',
  ]),
  ...t('responsible-for-form', ['Responsible for administering medications and completing pill counts.', 'Accountable for completing intake assessments on time.']),
  ...t('summary-line', ['Delivers counselling, risk assessments and care coordination to adults in the community.'], { section: 'none' }),

  // ---- medication ----------------------------------------------------------------------------
  ...t('medication-administer', ['Give residents their prescribed medication at bedtime.', 'Administer naltrexone injections to clients.']),
  ...t('medication-dispense', ['Distribute methadone doses to clients at the window.', 'Dispense medications from the locked cabinet.']),
  ...t('medication-hand-out', ['Pass out medications during the evening med pass.']),
  ...t('medication-manage', ['Manage clients\' psychiatric medications.', 'Keep the medication administration record up to date and restock the med cart.']),
  ...t('medication-adherence', ['Monitor participants\' medication compliance.', 'Track whether clients take their medications as prescribed.']),
  ...t('medication-observe-dosing', ['Watch participants take their buprenorphine and record it.', 'Supervise self-administration of medication at the residence.', 'Observe dosing at the methadone window.']),
  ...t('medication-pill-count', ['Complete random pill counts for clients on Suboxone.', 'Count participants\' remaining pills at each home visit.']),

  // ---- case management and care coordination ----------------------------------------------------
  ...t('case-management-caseload', ['Maintain a caseload of 20 adults with serious mental illness.', 'Hold a case management caseload of young people leaving care.', 'You will be assigned a caseload of clients and manage their care.']),
  ...t('case-manager-role', ['Act as case manager for clients leaving hospital.', 'Serve as each family\'s case manager.', 'Function as the primary case manager for up to 15 participants.']),
  ...t('care-coordinator-uk', ['Act as the care co-ordinator for a small group of service users.', 'Provide care coordination for people on the Care Programme Approach.'], { title: 'Peer Support Worker (Band 4)' }),

  // ---- covering for clinicians, catch-alls -----------------------------------------------------
  ...t('cover-for-clinician', [
    'Fill in for the nurse during lunch breaks.',
    'Step in for therapists when a group has no leader.',
    'Cover counsellors\' groups when they are away.',
    'Stand in for the psychologist when she is on leave.',
    'Cover the social worker\'s caseload during the holidays.',
  ]),
  ...t('clinical-catch-all', ['Help out with any clinical tasks that come up.', 'Carry out other clinical duties as required.', 'Undertake clinical tasks as directed by the ward manager.']),

  // ---- dual relationships, involuntary holds, testing ----------------------------------------------
  ...t('sponsorship', ['Act as an interim sponsor until participants find their own.', 'Be a 12-step sponsor to newer members of the program.', 'Sponsor residents who are new to the fellowship.', 'Become a sponsor for clients who ask for one.']),
  ...t('involuntary-hold', ['Initiate 5150 holds when someone is a danger to themselves.', 'Complete the paperwork for involuntary commitments.', 'Petition for emergency detention of people in crisis.', 'Place individuals on 72-hour holds when criteria are met.']),
  ...t('psychological-testing', ['Administer psychometric tests to clients.', 'Conduct neuropsychological testing with older adults.', 'Score and interpret the MMPI-2 for new referrals.']),

  // ---- where the duty sits ------------------------------------------------------------------------
  ...t('paragraph-embedded', [
    'As the program\'s only Recovery Coach, you will also carry out intake assessments and write treatment plans for each new member.',
    'Our peer specialists meet people on their first day. They complete the risk assessment and then introduce them to the group.',
  ], { paragraph: true }),
  ...t('paragraph-hard-wrapped', ['The Recovery Coach will welcome each new resident, complete the\nintake assessment with them, and hand out their medication at\nthe evening med pass.'], { paragraph: true, txt: true }),
  ...t('county-style', ['Performs diagnostic assessments and prepares treatment plans for assigned consumers in accordance with Department policy.'], { txt: true }),
  ...t('nhs-style', ['To undertake holistic assessments of patients\' needs and to draw up care plans with the multidisciplinary team.', 'Carry out assessments of need and risk, and develop and review care plans.'], { title: 'Peer Support Worker (Band 3)' }),
  ...t('label-line', ['Assessment: complete intake screenings for all new members.', 'Clinical duties: individual counseling and medication administration.']),
  ...t('nominal-form', ['Administration of the PHQ-9 and GAD-7 at intake.', 'Completion of intake assessments for all new clients.']),

  // ==== look-alikes: no role drift ===================================================================
  ...f('negated', [
    'Peer Mentors neither diagnose nor treat.',
    'At no point will you be asked to administer medication.',
    'The Recovery Coach is not expected to complete assessments.',
    'You will not, under any circumstances, provide therapy.',
    'Youth Peer Advocates don\'t write treatment plans or give meds.',
    'Screening with the PHQ-9 is not part of this job.',
    'Peers are never asked to carry a caseload.',
    'Rather than providing counselling, you will listen and share your own story.',
    'Support people through hard times without diagnosing them.',
    'This role excludes clinical assessment, therapy and medication.',
    'Peers do not act as sponsors for the people they serve.',
    'Peer workers may not dispense or administer any medication.',
    'You will never cover for nurses or therapists.',
  ]),
  ...f('negated-list', ['Peers do not:\n- diagnose\n- provide therapy\n- handle medication'], { paragraph: true }),
  ...f('other-staff-coordinated-verbs', [
    'Psychiatrists evaluate and prescribe, while peers offer support.',
    'The therapist assesses, diagnoses and treats; you walk alongside.',
    'Doctors prescribe and nurses administer medication.',
    'Our clinical team screens, assesses and writes care plans; the peer worker builds trust.',
  ]),
  ...f('other-staff', [
    'The nurse on duty handles all medication.',
    'Case managers hold the caseloads.',
    'Clinicians on the team provide therapy and complete assessments.',
    'Our LCSW conducts all diagnostic evaluations.',
    'You will work with therapists who deliver EMDR and CBT.',
  ]),
  ...f('other-staff-passive', ['All medication is dispensed by the pharmacy team.', 'Risk assessments are completed by qualified nurses.', 'Treatment plans are developed by the treating clinician.']),
  ...f('other-staff-paragraph', ['Our licensed clinicians handle assessment and therapy. As a peer, your focus is connection and hope.'], { paragraph: true }),
  ...f('supportive-prepare-for-assessment', ['Help clients get ready for their first psychiatric evaluation.', 'Explain to new members what happens during an intake assessment.']),
  ...f('supportive-accompany', ['Go with participants to their psychiatric assessment if they want company.', 'Drive members to the methadone clinic.']),
  ...f('supportive-attend', ['Encourage residents to keep their counseling appointments.', 'Help people get to therapy and medical appointments on time.']),
  ...f('supportive-medication-conversation', ['Help participants write down questions about side effects for their prescriber.', 'Remind clients about upcoming medication appointments.']),
  ...f('supportive-wait-for-evaluation', ['Stay with people in the waiting room until their assessment begins.']),
  ...f('treatment-planning-participation', ['Take part in care planning reviews with the multidisciplinary team.', 'Help shape treatment plans so that they reflect what the participant wants.', 'Sit in on treatment planning meetings at the participant\'s request.']),
  ...f('referral-to-clinical', ['Refer people to a counsellor when they ask for therapy.', 'Signpost service users to talking therapies.', 'Connect callers with crisis counselors and mobile assessment teams.']),
  ...f('sponsor-help-find', ['Encourage participants to find a sponsor in their home group.', 'Explain how sponsorship works in twelve-step fellowships.']),
  ...f('qualification-background', ['Experience working alongside therapists is desirable.', 'Training in motivational interviewing and CBT principles is an advantage.', 'Background in case management or social services.', 'Understanding of medication-assisted treatment.'], { section: 'Qualifications' }),
  ...f('about-us-agency-services', ['Our clinic offers psychiatric assessment, therapy and medication management.', 'For 30 years, we have provided counseling to families in the valley.', 'The trust delivers talking therapies and crisis care across the county.'], { section: 'About us' }),
  ...f('name', [
    'You will be based at the Eastside Counselling Service.',
    'Join the Assessment and Brief Treatment Team as its peer worker.',
    'Our Medication Assisted Treatment program serves 200 patients.',
    'Work alongside our Dual Diagnosis Outreach Team.',
  ]),
  ...f('name-credential', ['Certified Peer Counselor (CPC) preferred.', 'Hold or be working toward the Certified Peer Recovery Specialist credential.'], { section: 'Qualifications' }),
  ...f('peer-native', [
    'Co-lead a peer-run hearing voices group.',
    'Support members in writing their own crisis and wellness plans.',
    'Provide emotional support to people in crisis.',
    'Help members navigate benefits and housing applications.',
    'Share your recovery story to inspire hope.',
    'Complete a recovery capital assessment with members who want one.',
    'Use motivational interviewing to help people explore change.',
    'Provide peer counseling and mutual support.',
  ]),
  ...f('diagnoses-as-plural-noun', ['Support clients with psychiatric diagnoses to find work.', 'Many of the people we serve live with more than one diagnosis.', 'Work with adults who have a dual diagnosis.']),
  ...f('boilerplate-other-duties', ['Other tasks as required by the manager.']),
  ...f('non-peer-title', ['Provide individual and group therapy.', 'Administer medication in line with the policy.', 'Act as care coordinator for a caseload of service users.'], { title: 'Community Mental Health Nurse' }),
  // ==== a second batch, written after the mechanism was tuned on the first (other verbs, orders, sections) ====
  ...t('therapy-individual', ['Deliver psychological therapy to people with anxiety and depression.', 'Provide short-term counseling to students in crisis.', 'You will be expected to deliver counselling sessions.']),
  ...t('therapy-group', ['Run CBT groups for adults with low mood.', 'Lead therapeutic groups for women in early recovery.']),
  ...t('psychotherapy', ['Offer evidence-based psychotherapy such as CBT and DBT.']),
  ...t('assessment-biopsychosocial', ['Perform biopsychosocial evaluations at intake.']),
  ...t('assessment-generic', ['Completing mental health assessments for people presenting at A&E.', 'Responsible for the initial assessment of all referrals.', 'Triage incoming referrals and complete risk assessments.']),
  ...t('assessment-risk', ['Evaluate patients for suicide risk.', 'Assess clients\' mental state during home visits.']),
  ...t('screening-instrument', ['Use the PHQ-2 and GAD-2 to screen patients at every visit.', 'Complete SBIRT screenings in the emergency department.', 'Score the CIWA every four hours during withdrawal.']),
  ...t('diagnosis', ['Give clients a provisional diagnosis after the first session.', 'Diagnosing mental illness and substance use disorders.']),
  ...t('level-of-care', ['Determine placement at the appropriate ASAM level of care.']),
  ...t('treatment-plan-write', ['Author individualized service plans for each youth.', 'Maintain and update each resident\'s plan of care.', 'Lead treatment planning for new admissions.', 'Set treatment goals with each client and document them in the chart.']),
  ...t('medication-administer', ['Hand residents their evening medications.', 'Give depot injections at the clinic.', 'Oversee medication administration on the unit.']),
  ...t('medication-manage', ['Prepare daily pill organizers for residents.', 'Check that residents have taken their medication.', 'Support residents with their routines and record each dose on the MAR.']),
  ...t('case-management-caseload', ['Manage a caseload of up to 25 service users.', 'Carry a therapy caseload of 15 clients.']),
  ...t('case-manager-role', ['Provide intensive case management to people leaving jail.', 'Take on case management responsibilities for 12 families.']),
  ...t('care-coordinator-uk', ['Act as named care coordinator for service users on CPA.'], { txt: true, title: 'Peer Support Worker' }),
  ...t('cover-for-clinician', ['Fill in for the on-call clinician overnight.', 'Cover for the counsellor when they are on leave.']),
  ...t('clinical-catch-all', ['Complete any other clinical tasks requested by the team.', 'Support the nursing team with clinical duties as needed.']),
  ...t('sponsorship', ['Act as a sponsor for residents who want one.', 'Agree to sponsor clients in the program.']),
  ...t('dual-relationship', ['Let clients stay at your apartment if they have nowhere to go.', 'Lend participants money for bus fare.', 'Be friends with participants on Facebook.']),
  ...t('involuntary-hold', ['Initiate Baker Act proceedings when needed.', 'Start involuntary commitment petitions.', 'Write 5150s for people who meet criteria.']),
  ...t('psychological-testing', ['Administer cognitive testing such as the MoCA.', 'Conduct IQ testing with children.']),
  ...t('passive-voice', ['Risk assessments are carried out by the peer worker.', 'Treatment plans are updated by the Recovery Coach every 90 days.', 'Psychosocial assessments must be completed by the peer specialist within 72 hours.']),
  ...t('paragraph-embedded', ['The peer mentor will also be responsible for running the weekly DBT skills group.', 'In addition to mentoring, you\'ll be completing intake assessments and coordinating care for a caseload of 15.'], { paragraph: true }),
  ...t('label-line', ['Key duties: intake assessment, care planning and medication monitoring.']),

  ...f('negated', [
    'Under no circumstances will peer staff give out medication.',
    'This post does not involve assessment or treatment.',
    'Peers are not permitted to dispense medication.',
    'You will not be expected to undertake risk assessments.',
    'Neither therapy nor diagnosis is part of this role.',
    'The peer worker won\'t be a care coordinator.',
    'Our peers never serve as anyone\'s sponsor.',
    'Instead of providing therapy, the peer offers lived experience.',
  ]),
  ...f('other-staff', [
    'Nurses on the ward give out medication and complete observations.',
    'The psychiatrist will diagnose and prescribe.',
    'Counselling is provided by our team of accredited counsellors.',
    'Our therapists, not our peers, run the DBT groups.',
    'Each client has a care coordinator who writes the care plan.',
    'A psychologist carries out all testing.',
  ]),
  ...f('supportive', [
    'Help residents remember to take their medication.',
    'Support people to attend their assessment appointments.',
    'Prepare clients for psychiatric evaluations by explaining what to expect.',
    'Help service users understand their care plan.',
    'Assist members in preparing for treatment planning meetings.',
    'Encourage clients to follow their treatment plans.',
    'Advocate for clients during care planning reviews.',
    'Accompany patients to the pharmacy to collect prescriptions.',
    'Help people keep track of their appointments and medications.',
  ]),
  ...f('qualification-background', ['Experience of working within a CMHT is desirable.', 'A qualification in counselling is not required.', 'Knowledge of the Mental Health Act.', 'Familiarity with DBT, CBT and motivational interviewing is an advantage.'], { section: 'Qualifications' }),
  ...f('about-us-agency-services', ['We offer a full range of psychological therapies.', 'Our Trust provides assessment and treatment for adults with severe mental illness.'], { section: 'About us' }),
  ...f('name', ['Join the Early Intervention Team at the Assessment Hub.', 'You\'ll work from our Counselling and Wellbeing Centre.', 'Our Community Treatment Team includes peers, nurses and psychiatrists.']),
  ...f('peer-native', [
    'Run peer-led recovery groups.',
    'Complete Recovery Star outcome measures with service users.',
    'Provide a listening ear to people waiting for therapy.',
    'Offer wellbeing check-ins between therapy sessions.',
    'Offer support around medication side effects by helping people talk to their GP.',
  ]),
  ...f('diagnoses-as-plural-noun', ['Work with people with a diagnosis of personality disorder.', 'Support young people whose diagnoses make school hard.']),
  ...f('non-peer-title', ['Administer medication and complete risk assessments.'], { title: 'Staff Nurse (Band 5)' }),
  // ==== a third batch: whole-posting shapes (lead-ins, labels, qualifications, UK "To ..." lines) ====
  ...t('lead-in-list', ['The Peer Specialist will:\n\n- complete intake assessments\n- provide counseling to residents', 'Duties include:\n\n- individual therapy\n- medication administration'], { paragraph: true }),
  ...t('label-line', ['Essential Functions: Provides individual and group counseling to assigned clients.', 'Job summary: The Recovery Coach provides case management and counseling to adults.']),
  ...t('qualifications-as-duty', ['Must be able to administer medications.', 'Ability to conduct psychosocial assessments.', 'Willingness to serve as a temporary sponsor.'], { section: 'Qualifications' }),
  ...t('you-will-form', ['We expect you to carry a caseload of 25.', 'Your responsibilities will include diagnosing and treating co-occurring disorders.', 'You\'ll be the first point of contact and will complete triage assessments.']),
  ...t('paragraph-embedded', ['Peer Specialists here are trained to administer naloxone and to dispense medications.', 'As part of the crisis team, the peer also conducts suicide risk screenings.'], { paragraph: true }),
  ...t('nhs-style', ['To administer medication in accordance with trust policy.', 'To act as care co-ordinator for a small caseload.'], { txt: true, title: 'Peer Support Worker (Band 4)' }),
  ...t('counseling-clinical', ['Provide counseling services, including crisis counseling, to clients.']),
  ...t('assessment-biopsychosocial', ['Coordinate care and act as the main point of contact, including completing the annual psychosocial.']),

  ...f('other-staff-lead-in', ['Clinicians will:\n\n- complete intake assessments\n- write treatment plans'], { paragraph: true }),
  ...f('benefits-lead-in', ['Benefits include:\n\n- free counseling through our employee assistance program'], { paragraph: true }),
  ...f('other-staff', [
    'Our team includes nurses who administer medication, therapists who provide counseling, and peers who offer support.',
    'While our counselors lead therapy groups, you will co-facilitate recovery groups.',
    'The nurse administers medications; the peer specialist helps residents understand them.',
  ]),
  ...f('supportive', [
    'Peers support participants before and after their therapy sessions.',
    'Attend treatment team meetings and share the participant\'s perspective.',
    'Teach participants how to use a pill organizer.',
    'Help members prepare for and attend their psychiatric evaluations.',
    'Provide transportation to counseling and medical appointments.',
    'Refer participants for medication-assisted treatment when they ask.',
    'Explain the difference between peer support and therapy.',
  ]),
  ...f('qualification-background', ['Experience in a residential treatment setting.', 'Ability to work with clients who have been diagnosed with serious mental illness.'], { section: 'Qualifications' }),
  ...f('about-us-agency-services', ['Founded in 1982, Valley House offers detox, residential treatment and outpatient counseling.'], { section: 'About us' }),
  ...f('name', ['Our Assertive Community Treatment (ACT) team serves adults with serious mental illness.']),
  // ==== a fourth batch: everyday peer duties that must stay quiet, and UK job-description wording ====
  ...f('peer-native', [
    'Contribute to risk assessments and care plans by sharing what the service user tells you.',
    'Support the completion of risk assessments by the care coordinator.',
    'Complete risk assessments for group outings and trips.',
    'Keep accurate records of peer support sessions in line with Trust policy.',
    'Attend ward rounds and multidisciplinary team meetings when invited.',
    'Help people to manage their own wellbeing and medication routines.',
    'Work alongside the community mental health team to support recovery.',
    'Encourage service users to engage with their treatment and therapy.',
    'Co-deliver Recovery College courses with clinical colleagues.',
    'Signpost people to counselling, housing and employment services.',
    'Offer hope and share your lived experience of mental health services.',
    'Support people waiting for an assessment from the memory clinic.',
    'Use your experience of recovery to support people after a diagnosis.',
    'Support people to attend GP, psychiatry and therapy appointments.',
    'Take part in reflective practice and clinical supervision.',
    'Receive regular clinical supervision from a psychologist.',
  ], { txt: true, title: 'Peer Support Worker (Band 3)' }),
  ...t('nhs-style', [
    'To carry out risk assessments and contribute to care planning.',
    'To administer medication under the supervision of a registered nurse.',
    'To hold a caseload of service users and act as their care coordinator.',
    'To provide brief psychological interventions such as behavioural activation.',
  ], { txt: true, title: 'Peer Support Worker (Band 3)' }),
  ...t('county-style', ['Conducts screenings using standardized instruments and refers clients to services.', 'Dispenses and documents medications per agency protocol.'], { txt: true, title: 'Peer Recovery Specialist' }),
  // ==== a fifth batch, written before the changes that follow it ====
  ...t('therapy-group', ['Facilitate psychoeducational therapy groups.', 'Run weekly counselling groups for carers.', 'Take over therapy groups when the therapist is absent.']),
  ...t('named-modality', ['Offer 12-week courses of CBT.', 'Provide individual sessions of psychotherapy.', 'Deliver evidence-based talking therapy.']),
  ...t('counseling-clinical', ['You will counsel family members affected by addiction.']),
  ...t('screening-instrument', ['Screen callers for risk of suicide.', 'Complete the Columbia with anyone who reports suicidal thoughts.', 'Use standardized tools such as the PHQ-9 to monitor symptoms.']),
  ...t('level-of-care', ['Make clinical decisions about level of care.']),
  ...t('treatment-plan-update', ['Write progress notes and update treatment plans in the EHR.', 'Prepare discharge plans and aftercare treatment plans.']),
  ...t('medication-hand-out', ['Give out morning medications on the unit.']),
  ...t('case-manager-role', ['Coordinate each client\'s care as their case manager.']),
  ...t('cover-for-clinician', ['Stand in for the duty psychiatrist.']),
  ...t('sponsorship', ['Act as sponsor to residents working the steps.']),
  ...t('involuntary-hold', ['Hold a 5150 when a client is a danger to others.']),
  ...t('psychological-testing', ['Interpret psychological test results for the team.']),

  ...f('supportive', [
    'Talk with participants about what to expect in therapy.',
    'Support clients to complete their own self-assessment.',
    'Help residents understand their diagnosis.',
    'Support families after a diagnosis of psychosis.',
    'Provide peer support to people on the assessment ward.',
    'Check in with people after their medication review.',
    'Offer a safe space for people who are not ready for counselling.',
    'Carry and administer naloxone in an overdose emergency.',
  ]),
  ...f('other-staff', ['Our psychologists deliver CBT; peers run wellbeing groups.', 'Our nurses, psychiatrists and therapists provide treatment and care.']),
  ...f('negated', ['The Recovery Coach does not replace counselling or therapy.', 'You\'ll never be left to manage medication on your own.']),
  ...f('qualification-background', ['A counselling qualification is not required.', 'Knowledge of psychological therapies and how to access them.'], { section: 'Qualifications' }),
];
