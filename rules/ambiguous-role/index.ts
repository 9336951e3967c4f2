import type { SignalKind } from '../../src/peer-signals.ts';
import { defineRule } from '../../src/rule.ts';

/** What the body said, as the message puts it. */
const BECAUSE: Record<Exclude<SignalKind, 'licence'>, string> = {
  'lived-experience': 'it asks for lived experience',
  credential: 'it asks for a peer credential',
  'peer-work': 'it describes the work as peer support',
};

/**
 * The peer-role decision (src/role.ts) went one way while a signal pointed the other: a generic title
 * ("Support Worker") made a peer role by the body alone, a title that names another job ("Peer Support
 * Services Manager") in a posting that asks for lived experience, a clinical licence outweighing a peer
 * signal. Whether most rules run hangs on that decision, so the author should make it explicit.
 */
export default defineRule({
  meta: {
    id: 'ambiguous-role',
    category: 'role',
    defaultSeverity: 'info',
    description: 'Says when a posting looks like a peer posting on one signal but not another, so the role can be set explicitly.',
    docs: 'rules/ambiguous-role/README.md',
    appliesTo: 'all',
    messages: {
      peerByBody: 'Treated as a peer posting because {{because}}; set `role: peer` or `--role other` to be explicit.',
      notPeerByTitle: 'Not treated as a peer posting because the title "{{title}}" names another job, although {{because}}; set `role: peer` or `--role other` to be explicit.',
      notPeerByLicence: 'Not treated as a peer posting because it requires a clinical licence, although {{because}}; set `role: peer` or `--role other` to be explicit.',
    },
  },
  create(context) {
    return {
      end() {
        const { doubt, title } = context.role;
        if (!doubt || doubt.signal.kind === 'licence') return;
        const because = BECAUSE[doubt.signal.kind];
        const messageId = doubt.against === 'title' ? 'notPeerByTitle' : doubt.against === 'licence' ? 'notPeerByLicence' : 'peerByBody';
        context.report({
          messageId,
          data: { because, title },
          span: { start: doubt.signal.start, end: doubt.signal.end },
          suggestions: ['Say which it is: `role: peer` or `role: other` in the front matter, `role` in the configuration (or an override for these files), or `--role` on the command line.'],
        });
      },
    };
  },
});
