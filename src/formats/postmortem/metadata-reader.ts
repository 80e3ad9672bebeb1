// Reads metadata: "**Date:** …" lines, "Date: …" lines, bullets, and "| Field | Value |" tables.
import type { Block } from './blocks.ts';
import { metaField, type MetaField } from './section-names.ts';

export type MetaValues = Partial<Record<MetaField, { value: string; line: number }>>;

const LINE = /^\s*([A-Za-z][A-Za-z /()'-]{0,40})[:：]\s*(.+)$/;
const EMPTY = /^(?:n\/?a|none|tbd|tbc|unknown|-+|—|\?+|\[.*\]|<.*>)$/i;
const DURATION = /\d\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\b|\b\d{1,2}:\d{2}(?::\d{2})?\b/i;

/** Records a labelled value when the label names a metadata field and the value is specific. */
export function consider(out: MetaValues, label: string, value: string, line: number): void {
  const field = metaField(label);
  if (field === null || out[field] !== undefined) return;
  const v = value.replace(/\s+/g, ' ').trim();
  if (v === '' || EMPTY.test(v)) return;
  if (field === 'duration' && !DURATION.test(v)) return;
  out[field] = { value: v, line };
}

function lines(out: MetaValues, text: string, line: number): void {
  text.split('\n').forEach((l, i) => {
    const m = l.length < 400 ? LINE.exec(l) : null;
    if (m) consider(out, m[1] ?? '', m[2] ?? '', line + i);
  });
}

/** Collects metadata values from blocks; the first value of each field wins. */
export function readMetadata(blocks: readonly Block[], lineOffset: number, out: MetaValues = {}): MetaValues {
  for (const b of blocks) {
    switch (b.type) {
      case 'paragraph':
        lines(out, b.inline.text, b.line + lineOffset + 1);
        break;
      case 'list':
        for (const it of b.items) readMetadata(it.blocks, lineOffset, out);
        break;
      case 'table':
        if (b.header.length === 2 || b.header.length === 3) {
          const rows = [{ cells: b.header, line: b.line }, ...b.rows];
          for (const r of rows) consider(out, r.cells[0] ?? '', r.cells[1] ?? '', r.line + lineOffset + 1);
        }
        break;
      case 'heading':
      case 'other':
        break;
    }
  }
  return out;
}
