import rule from '../../rules/no-degree-barrier/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const quals = (line: string) => `# Peer Support Specialist\n\n## Qualifications\n\n${line}\n`;

ruleTester(rule, {
  valid: [
    quals('- High school diploma or GED.'),
    quals("- Bachelor's degree or equivalent lived or work experience."),
    '# Peer Support Specialist\n\n## Supervision\n\nYou will be supervised by an LCSW with ten years of peer program experience.\n',
    '# Peer Support Specialist\n\nYou will work alongside our licensed clinicians (LCSW, LPC) on the team.\n',
    '# Peer Support Specialist\n\n## Benefits\n\nTuition support toward a bachelor\'s degree in social work.\n',
    { name: 'reportPreferred: false', code: quals("- Bachelor's degree preferred."), options: { reportPreferred: false } },
    quals('- A 360-degree view of community resources.'),
    quals('- Must be able to work with the associate director and master new systems quickly.'),
    { code: '# Licensed Clinical Social Worker\n\n## Qualifications\n\n- LCSW required.\n', role: 'auto' },
  ],
  invalid: [
    {
      code: quals("- Bachelor's degree in social work or psychology required."),
      errors: [{ messageId: 'required', line: 5, column: 3, text: "Bachelor's degree", severity: 'warning' }],
    },
    { code: quals('- Must be a Licensed Clinical Social Worker (LCSW).'), errors: [{ text: 'Licensed Clinical Social Worker', message: 'Barrier: a peer role should not require a clinical licence ("Licensed Clinical Social Worker").' }] },
    { code: '# Recovery Coach\n\nA master\'s degree is required for this role.\n', errors: [{ text: "master's degree" }] },
    { code: quals("- Bachelor's degree preferred."), errors: [{ messageId: 'preferred', severity: 'info', text: "Bachelor's degree" }] },
  ],
});
