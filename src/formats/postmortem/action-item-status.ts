// The status of an action item as written: a status word, and (round 20) a closing word in a due cell.
import type { ActionItem, ActionItemStatus } from '../../domain/postmortem/document.types.ts';

const STATUS_WORDS: ReadonlyArray<readonly [ActionItemStatus, RegExp]> = [
  ['done', /^(?:done|complete|completed|closed|fixed|resolved|finished|merged|deployed|shipped|yes|✅|✔️?|☑️?)\b/i],
  ['in_progress', /^(?:in[ -]progress|wip|doing|started|ongoing|in review|underway|active)\b/i],
  ['wont_do', /^(?:won'?t (?:do|fix)|wontfix|cancell?ed|dropped|rejected|declined|obsolete)\b/i],
  ['open', /^(?:open|todo|to do|not started|new|pending|planned|backlog|tbd)\b/i],
];

/** Maps a status as written ("In Progress", "DONE", "✅") to a status, or null. */
export function statusOf(raw: string): ActionItemStatus | null {
  const v = raw.trim().replace(/^[[(*_\s]+/, '');
  for (const [s, re] of STATUS_WORDS) if (re.test(v)) return s;
  return null;
}

/**
 * Round 20: a table with no status column may close an item in its due cell ("| Renew the certificate | Tariq | done |",
 * "| … | completed 3 May |"): the item is done (or dropped), not an item with no due date. An open status there
 * ("pending", "TBD") is no date and no status either.
 */
export function closedInDue(due: string | null): ActionItem['status'] {
  const s = due === null ? null : statusOf(due);
  return s === 'done' || s === 'wont_do' ? s : null;
}
