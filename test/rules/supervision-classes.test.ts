// Classes of wording for require-supervision, each case named by its class: written before tuning, in our
// own words, as a held-out check on the mechanism (whose supervision, reported to whom).
import rule from '../../rules/require-supervision/index.ts';
import { requirementCases, ruleTester } from '../support/rule-tester.ts';

const posting = (body: string) => `# Peer Recovery Coach\n\nHelp people find housing and work.\n\n${body}\n`;
const { counts, missing } = requirementCases(posting, { messageId: 'missing' });

ruleTester(rule, {
  valid: [
    counts('reports-to', 'This role reports to the Recovery Services Manager.'),
    counts('reports-to', 'Reporting directly to the Clinical Director, you will join a team of six.'),
    counts('reports-to', "You'll report into the Head of Peer Support."),
    counts('reports-to', 'The coach reports to Dana Ruiz, Peer Team Lead.'),
    counts('reports-to', 'Reports to the Director of Community Programs.'),
    counts('responsible-to-uk', 'Responsible to: Lived Experience Team Leader'),
    counts('responsible-to-uk', 'Accountable to: Operations Manager'),
    counts('line-manager-label', 'Line manager: Senior Peer Worker'),
    counts('line-manager-label', 'Managed by: Service Lead, Recovery Hub'),
    counts('accountable-to', 'Professionally accountable to the Head of Nursing.'),
    counts('supervision-paragraph', "Every week you'll sit down with an experienced peer mentor to talk through how your work is going."),
    counts('supervision-paragraph', 'Our senior peer worker checks in with each team member weekly, and is on call during every shift.'),
    counts('supervision-paragraph', "You'll have fortnightly one-to-ones with your line manager and monthly group reflection."),
    counts('supervision-paragraph', 'A senior peer will meet with you regularly to reflect on your practice.'),
    counts('supervision-paragraph', 'Every Monday you get protected time with the peer practice lead to talk through the week.'),
    counts('clinical-backup', 'A licensed clinician is on call for clinical questions on every shift.'),
    counts('reporting-line', 'Reporting line - Senior Peer Coordinator'),
    counts('reflective-practice', 'Regular reflective practice sessions with a clinical psychologist.'),
    counts('supervisor-mentioned', 'Talk through difficult days with your supervisor.'),
    counts('supervised-by', 'You will be supervised by a Certified Peer Supervisor.'),
    counts('supported-by', "You'll be supported by an experienced Peer Team Leader."),
    counts('reports-to', 'Reporting to our Recovery Services Manager Priya, you will run the drop-in.'),
    counts('reports-to', 'Reporting to the Lead Nurse the post holder is responsible for the rota.'),
    counts('under-direction-of', 'Provide escort duties under the direction of the nurse in charge.'),
    counts('supervision-in-benefits', 'Supervision and appraisal every six months'),
  ],
  invalid: [
    // Reporting to a funder, agency, state, board, place or document is not supervision.
    missing('reporting-to-funder', 'Submit quarterly reports to the county.'),
    missing('reporting-to-funder', 'Reporting to the state Medicaid office on outcomes each month.'),
    missing('reporting-to-funder', 'Send monthly data reports to our funders.'),
    missing('reporting-to-funder', 'Report incidents to the Department of Health within 24 hours.'),
    missing('reporting-to-funder', 'The program reports to the Board of Trustees every quarter.'),
    missing('reporting-to-funder', 'Outcomes are reported to the commissioning body.'),
    missing('report-concerns', 'Report safeguarding concerns to the designated lead.'),
    // The peer supervising others, or a supervisor role as the peer's own job or goal.
    missing('supervises-others', 'Serves as weekend shift supervisor.'),
    missing('supervises-others', 'You will oversee and supervise four volunteer peer mentors.'),
    missing('supervises-others', 'Provide clinical supervision to trainee counsellors.'),
    missing('supervises-others', 'Act as a supervisor for student placements.'),
    missing('supervises-others', 'A clear path to promotion to Peer Supervisor.'),
    // Supervised things that are not the peer.
    missing('supervised-compound', 'Accompany families to supervised contact sessions.'),
    missing('supervised-practicum', 'Must have logged 300 supervised hours toward certification.'),
    missing('supervision-of-place', 'Supervise the waiting area during clinic hours.'),
    missing('meeting-without-supervisor', 'Meet weekly with participants to review their goals.'),
    missing('meeting-without-supervisor', 'Meet regularly with case managers to coordinate care.'),
    missing('peer-own-title', 'As a Peer Mentor, you will meet weekly with participants.'),
    missing('peer-own-title', 'As a Peer Mentor Development Worker, you will champion peer mentoring across the region.'),
    missing('gives-supervision', 'Facilitate monthly reflective practice sessions for volunteers.'),
    missing('supported-by-not-the-peer', 'Our drop-in is supported by volunteers and local churches.'),
    missing('applicants-current-manager', 'Internal applicants need agreement from their current line manager.'),
    missing('line-manages-others', 'You will have line management responsibility for two support workers.'),
    missing('responsible-to-a-task', 'You will be responsible to coordinate the weekend rota.'),
    missing('reports-as-noun', 'Submit weekly activity reports to the program office.'),
  ],
});
