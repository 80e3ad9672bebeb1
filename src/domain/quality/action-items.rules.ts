import type { ActionItem } from '../postmortem/document.types.ts';
import type { LintContext, Rule } from './lint.context.ts';
import { placeholdersIn } from './placeholder.patterns.ts';
import type { RawFinding } from './quality.types.ts';
import { cut, locate, plainText, spansOf } from './source-text.ts';
import { actionItemVagueness, vaguenessMessage } from './vague.patterns.ts';

const section = { section: 'actionItems' as const };
const NO_VALUE = /^(?:|-|—|–|n\/a|none|tbd|tbc|\?+|unassigned|nobody|no one)$/i;

function hasValue(v: string | null): boolean {
  return v !== null && !NO_VALUE.test(plainText(v));
}

/** Items whose own line still holds a placeholder are left to the placeholder rule. */
function settled(ctx: LintContext, item: ActionItem): boolean {
  const raw = ctx.src.lines[item.line - 1]?.raw ?? '';
  return placeholdersIn(raw, ctx.src.refLabels).length === 0;
}

/** `too-many-action-items`: more than the configured maximum (10) suggests no prioritisation. */
export const tooManyActionItemsRule: Rule = ({ doc, src, config }) => {
  const max = config.rules['too-many-action-items'].maxItems;
  const items = doc.actionItems.length;
  if (items <= max) return [];
  const at = spansOf(src, 'actionItems')[0]?.start ?? doc.actionItems[max]?.line ?? 1;
  return [
    {
      rule: 'too-many-action-items',
      message: `${items} action items (more than ${max}). Keep the 3–5 with the most impact and move the rest to a backlog or a later review.`,
      line: at,
      quote: cut(src.lines[at - 1]?.raw ?? ''),
      ...section,
    },
  ];
};

/** `vague-action-item`: not specific or measurable ("Improve monitoring"); the message names the missing part. */
export const vagueActionItemRule: Rule = ({ doc, src }) =>
  doc.actionItems.flatMap<RawFinding>((item) => {
    const text = plainText(item.text);
    const v = actionItemVagueness(text);
    if (v === null) return [];
    return [
      {
        rule: 'vague-action-item',
        message: vaguenessMessage(v),
        line: item.line,
        quote: cut(text),
        ...locate(src.lines[item.line - 1]?.raw ?? '', text),
        ...section,
      },
    ];
  });

/** `action-item-owner`: every action item needs an owner, or it does not get done. */
export const actionItemOwnerRule: Rule = (ctx) =>
  ctx.doc.actionItems
    .filter((item) => !hasValue(item.owner) && item.status !== 'wont_do' && settled(ctx, item))
    .map<RawFinding>((item) => ({
      rule: 'action-item-owner',
      message: 'Action item has no owner. Assign one person or team (e.g. "@alice" or "@team-db") who will drive it to done.',
      line: item.line,
      quote: cut(plainText(item.text)),
      ...section,
    }));

/** `action-item-due`: every open action item needs a due date (seed 000: P0 24 h … P3 1 quarter). */
export const actionItemDueRule: Rule = (ctx) =>
  ctx.doc.actionItems
    .filter((item) => item.due === null && item.status !== 'done' && item.status !== 'wont_do' && settled(ctx, item))
    .map<RawFinding>((item) => ({
      rule: 'action-item-due',
      message: 'Action item has no due date. Add one as YYYY-MM-DD, set from its priority (P0 24 hours, P1 1 week, P2 1 month, P3 1 quarter).',
      line: item.line,
      quote: cut(plainText(item.text)),
      ...section,
    }));
