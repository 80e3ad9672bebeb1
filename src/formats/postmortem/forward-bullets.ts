// Round 30: a chat post with no headings and no section for its actions ("• going forward: everyone double-check …",
// "• also we need better tooling around this") still carries them, one a bullet: a bullet that opens with a label looking
// ahead ("going forward:", "next time:", "action:", "follow-up:") or with the team's duty ("we need to …", "we should …",
// "someone needs to …") is an item. Only in lists outside any named section, and only when nothing else holds the items.
import type { ActionItem } from '../../domain/postmortem/document.types.ts';
import { readActionItems } from './action-items-reader.ts';
import type { Block } from './blocks.ts';
import type { FoundSection, StreamItem } from './outline.ts';

const AHEAD_LABEL = /^(?:(?:also|and|so|plus)[, ]{1,2})?(?:going forward|moving forward|from now on|next time|in (?:the )?future|next steps?|actions?|action items?|to-?dos?|follow[- ]?ups?|fix(?:es)?)[ \t]{0,2}[:—–-][ \t]{0,3}\S/i;
const DUTY = /^(?:(?:also|and|so|plus)[, ]{1,2})?(?:we|everyone|everybody|someone|somebody|the team|(?:the )?[\p{L}-]{2,20} team)[ \t](?:really[ \t])?(?:need(?:s)?(?:[ \t]to)?|should|must|have[ \t]to|has[ \t]to|will[ \t]need[ \t]to)[ \t]\p{L}/iu;

/** The items of a headingless post's forward-looking bullets, else none. */
export function forwardBullets(found: readonly FoundSection[], off: number): ActionItem[] {
  if (found.some((f) => f.section.key !== null)) return [];
  const lists: StreamItem[] = [];
  for (const f of found) {
    for (const s of f.stream) {
      if (s.kind !== 'block' || s.block.type !== 'list') continue;
      const items = s.block.items.filter((it) => {
        const first = it.blocks[0];
        return first?.type === 'paragraph' && (AHEAD_LABEL.test(first.inline.text.trim()) || DUTY.test(first.inline.text.trim()));
      });
      // A list that is all duties is a list of actions the shaped readers already take; here, a few bullets among notes.
      if (items.length > 0 && items.length < s.block.items.length) lists.push({ kind: 'block', block: { ...s.block, items } as Block });
    }
  }
  return lists.length === 0 ? [] : readActionItems(lists, off);
}
