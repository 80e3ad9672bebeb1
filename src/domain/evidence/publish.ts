/**
 * Evidence in a post-mortem's Markdown: the export and internal publications list every
 * live item (caption, link, hash); external publications keep only items marked public
 * whose caption passes the redaction preview unchanged, without links into Debrief or the
 * names of who added them, and drop the citations of every other item.
 */
import type { PostmortemDoc, Section } from '../postmortem/document.types.ts';
import { EVIDENCE_LIST_END, EVIDENCE_LIST_START, evidenceList, withEvidenceList } from './citation.ts';
import type { EvidenceItem } from './evidence.schema.ts';

/** The document with its Evidence section listing the items (an earlier list replaced; none added when there are no items). */
export function docWithEvidence(doc: PostmortemDoc, items: readonly EvidenceItem[], baseUrl: string | null): PostmortemDoc {
  // Current items: live and not superseded by a newer version (citations of earlier versions still lead to them).
  const live = items.filter((i) => i.deletedAt === null && !i.supersededBy);
  // Without items (an imported post-mortem) the list that came with the document is kept as written.
  if (live.length === 0) return doc;
  const list = evidenceList(live, baseUrl);
  const at = doc.sections.findIndex((s) => s.key === 'evidence');
  const sections: Section[] = [...doc.sections];
  if (at >= 0) sections[at] = { ...sections[at]!, body: withEvidenceList(sections[at]!.body, list) };
  else sections.push({ key: 'evidence', heading: 'Evidence', line: 0, level: 2, body: list });
  return { ...doc, sections };
}

const CITATION_LINK = /\[evidence (ev_[0-9a-f]{16})\](?:\([^()\s]{0,500}\))?/g;

/**
 * The external form of a published Markdown: citations of public items kept as plain
 * `[evidence ev_…]` (no link into Debrief), all others removed, and the managed list
 * replaced by the public items only. `passes` says whether a caption comes through redaction unchanged.
 */
export function externalEvidence(markdown: string, items: readonly EvidenceItem[], passes: (text: string) => boolean): { markdown: string; included: string[]; withheld: string[] } {
  const live = items.filter((i) => i.deletedAt === null);
  const byId = new Map(live.map((i) => [i.id, i]));
  // A citation of an earlier version stands for the current one (a caption fixed, the item made public).
  const current = (id: string): string => {
    let at = id;
    for (let hops = 0; hops < 100; hops++) {
      const next = byId.get(at)?.supersededBy;
      if (!next) break;
      at = next;
    }
    return at;
  };
  const shown = live.filter((i) => !i.supersededBy && i.public && passes(i.caption));
  const ok = new Set(shown.map((i) => i.id));
  const withheld = live.filter((i) => !i.supersededBy && !ok.has(i.id)).map((i) => i.id);
  let text = markdown.replace(CITATION_LINK, (_m, id: string) => (ok.has(current(id)) ? `[evidence ${current(id)}]` : ''));
  const start = text.indexOf(EVIDENCE_LIST_START);
  const end = text.indexOf(EVIDENCE_LIST_END);
  if (start >= 0 && end > start) {
    const lines = shown.map((i) => `- [evidence ${i.id}] ${i.caption.replace(/\r?\n/g, ' ')} (${i.kind === 'file' ? i.contentType.split(';')[0] : i.kind}, ${i.size} bytes; sha256 ${i.sha256})`);
    text = `${text.slice(0, start)}${lines.length ? lines.join('\n') : '- (no public evidence)'}${text.slice(end + EVIDENCE_LIST_END.length)}`;
  }
  return { markdown: text, included: [...ok], withheld };
}
