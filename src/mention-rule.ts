import type { PostingDocument } from './document/types.ts';
import { defineRule, type Rule, type RuleMeta } from './rule.ts';

export interface MentionRuleSpec extends Omit<RuleMeta, 'messages'> {
  /** The finding's message when the posting never mentions it. */
  missing: string;
  /** What to write instead. */
  suggestion: string;
  /** Whether the posting mentions it: a pattern over the prose, or a test of the whole document. */
  mentions: RegExp | ((document: PostingDocument) => boolean);
}

/**
 * A rule that a posting must mention something (supervision, training, a way up...), reported at the
 * title when it never does. Several built-in rules are only this, so it is written once.
 */
export function defineMentionRule({ missing, suggestion, mentions, ...meta }: MentionRuleSpec): Rule {
  const test = typeof mentions === 'function' ? mentions : (document: PostingDocument) => mentions.test(document.prose);
  return defineRule({
    meta: { ...meta, messages: { missing } },
    create(context) {
      return {
        end() {
          if (!test(context.document)) context.report({ messageId: 'missing', suggestions: [suggestion] });
        },
      };
    },
  });
}
