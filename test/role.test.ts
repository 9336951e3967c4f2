import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/build.ts';
import { isPeerPosting } from '../src/role.ts';

const peer = (text: string, role?: 'peer' | 'other' | 'auto') => isPeerPosting(buildDocument(text, 'p.md'), role);

describe('peer-role detection', () => {
  it.each([
    '# Peer Support Specialist',
    '# Certified Peer Specialist – Adult Services',
    '# Recovery Coach',
    '# Peer Recovery Specialist (ED)',
    '# Family Peer Advocate',
    '# Youth Peer Advocate',
    '# Parent Partner',
    '# Peer Mentor - Veterans Service',
    '# Lead Peer Support Specialist',
  ])('%s is a peer role', (title) => {
    expect(peer(`${title}\n\nText.\n`)).toBe(true);
  });

  it.each(['# Staff Nurse', '# Outpatient Therapist', '# Peer Support Program Manager', '# Peer Review Coordinator', '# Clinical Case Manager'])(
    '%s is not a peer role',
    (title) => {
      expect(peer(`${title}\n\nText.\n`)).toBe(false);
    },
  );

  it('peer support offered as a staff benefit does not make a nurse posting a peer posting', () => {
    expect(peer('# Registered Nurse\n\n## Benefits\n\nPeer support network and Peer Support Specialist colleagues.\n')).toBe(false);
  });

  it('reads front matter role and title', () => {
    expect(peer('---\nrole: peer\n---\n\n# Community Worker\n')).toBe(true);
    expect(peer('---\nrole: other\n---\n\n# Peer Support Specialist\n')).toBe(false);
    expect(peer('---\ntitle: Recovery Coach\n---\n\nText.\n')).toBe(true);
  });

  it('a support title asking for the applicant\'s lived experience is a peer role', () => {
    expect(peer('# Wellbeing Coach\n\nDo you have personal lived experience of mental health challenges?\n')).toBe(true);
    expect(peer('# Wellbeing Coach\n\nHelp staff stay well.\n')).toBe(false);
  });

  it('--role overrides detection', () => {
    expect(peer('# Staff Nurse\n', 'peer')).toBe(true);
    expect(peer('# Peer Support Specialist\n', 'other')).toBe(false);
  });
});
