/**
 * Chat member ids no name was found for on import (a Slack export without users.json):
 * how they are written in an event, and when a later import of the same messages, now
 * with names, may put the names in the events already stored.
 */

/** What every placeholder starts with (the store looks for imported events still holding one). */
export const MEMBER_PLACEHOLDER_MARK = 'Slack member ';

const PLACEHOLDER = /\bSlack member [UW][A-Z0-9]+\b/g;

/** A member id written so a reader sees it is a Slack person: "Slack member U0BMQB6JE" (a mention reads "@Slack member U0BMQB6JE"). */
export function slackMemberPlaceholder(id: string): string {
  return `${MEMBER_PLACEHOLDER_MARK}${id}`;
}

/** How many placeholders the text holds. */
function placeholders(text: string | null): number {
  return text === null ? 0 : (text.match(PLACEHOLDER) ?? []).length;
}

/** True when the text holds a member id written as a placeholder. */
export function hasSlackMemberPlaceholder(text: string | null): boolean {
  return placeholders(text) > 0;
}

type Stored = { text: string; actor: string | null; editedByHuman: boolean; deletedAt: Date | null };
type Incoming = { text: string; actor: string | null };

/**
 * The text and actor a stored imported event takes when the same message imported again
 * names members the stored copy could not; null when nothing is to change. A person's
 * edit (or deletion) always wins: such an event is never rewritten.
 */
export function namedCopy(stored: Stored, incoming: Incoming): Incoming | null {
  if (stored.editedByHuman || stored.deletedAt !== null) return null;
  const before = placeholders(stored.text) + placeholders(stored.actor);
  const after = placeholders(incoming.text) + placeholders(incoming.actor);
  if (before === 0 || after >= before) return null;
  if (incoming.text === stored.text && incoming.actor === stored.actor) return null;
  return { text: incoming.text, actor: incoming.actor };
}
