/** A digest of what a post-mortem says (title, sections, timeline, action items), without its metadata. */
import { createHash } from 'node:crypto';
import type { PostmortemDoc } from '../../domain/postmortem/document.types.ts';
import type { ActionItemRow } from '../../store/repositories/action-item.repository.ts';
import type { PostmortemRow } from '../../store/repositories/postmortem.repository.ts';

/** Changes whenever the content a reviewer read changes; status, version and sign-offs do not count. */
export function contentDigest(row: PostmortemRow, items: readonly ActionItemRow[]): string {
  const doc = row.doc as unknown as PostmortemDoc;
  const content = {
    title: row.title,
    sections: doc.sections.map((s) => [s.key, s.heading, s.body]),
    timeline: doc.timeline,
    actions: items.map((a) => [a.key, a.title, a.owner, a.dueDate]),
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 32);
}
