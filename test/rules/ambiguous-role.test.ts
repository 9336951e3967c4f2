import rule from '../../rules/ambiguous-role/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: 'a peer title says it', code: '# Peer Support Worker\n\n- You must have lived experience of mental health difficulties.\n' },
    { name: 'a generic title with no peer signal', code: '# Support Worker\n\nHelp residents with shopping and appointments.\n' },
    { name: 'a welcome is not a signal', code: '# Support Worker\n\nWe welcome applications from people with lived experience.\n' },
    { name: 'a nurse posting with peer support for staff', code: '# Registered Nurse\n\n## Benefits\n\n- Peer support for staff after difficult shifts.\n' },
    { name: 'a clinical title with no peer word', code: '# Staff Nurse\n\n- Lived experience of mental illness is essential.\n' },
    { name: 'front matter role settles it', code: '---\nrole: peer\n---\n\n# Support Worker\n\n- You must have lived experience of recovery.\n' },
    { name: '--role settles it', code: '# Support Worker\n\n- You must have lived experience of recovery.\n', role: 'other' },
  ],
  invalid: [
    {
      name: 'a generic title made a peer role by the body',
      code: '# Support Worker\n\nYou must have personal lived experience of mental health difficulties.\n',
      errors: [{ messageId: 'peerByBody', message: 'Treated as a peer posting because it asks for lived experience; set `role: peer` or `--role other` to be explicit.', line: 3, text: 'personal lived experience of', severity: 'info' }],
    },
    {
      name: 'by a peer credential',
      code: 'Recovery Specialist\n\nQUALIFICATIONS\n- Must hold the CPRS credential or obtain it within 12 months.\n',
      filename: 'p.txt',
      errors: [{ messageId: 'peerByBody', line: 4, text: 'CPRS' }],
    },
    {
      name: 'by peer support work',
      code: '# Wellness Worker\n\nIn this role you will provide peer support to adults on the unit.\n',
      errors: [{ messageId: 'peerByBody', message: 'Treated as a peer posting because it describes the work as peer support; set `role: peer` or `--role other` to be explicit.' }],
    },
    {
      name: 'a manager of peer staff whose posting asks for lived experience',
      code: '# Peer Support Services Manager\n\n- Lived experience of recovery is required.\n',
      errors: [{ messageId: 'notPeerByTitle', message: 'Not treated as a peer posting because the title "Peer Support Services Manager" names another job, although it asks for lived experience; set `role: peer` or `--role other` to be explicit.', line: 3 }],
    },
    {
      name: 'a licence outweighs a peer signal',
      code: '# Recovery Specialist\n\n- Lived experience of recovery is essential.\n- LADC license required.\n',
      errors: [{ messageId: 'notPeerByLicence', line: 3 }],
    },
  ],
});
