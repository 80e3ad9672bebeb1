// The `debrief parse --json` contract, shaped in one place (CLI and server share it).
import type { ParseResult, SectionKey } from '../../domain/postmortem/document.types.ts';
import type { TimePrecision } from '../../domain/timeline/event.types.ts';

export type ParseJson = {
  file: string;
  title: string | null;
  incidentDate: string | null;
  timezone: string | null;
  severity: string | null;
  durationStated: string | null;
  sections: Partial<Record<SectionKey, { heading: string; line: number }>>;
  timeline: { entries: { asWritten: string; at: string | null; precision: TimePrecision; text: string; line: number }[]; outOfOrder: boolean };
  actionItems: { text: string; owner: string | null; status: string | null; due: string | null; line: number }[];
  rootCause: string | null;
  warnings: { line: number; message: string }[];
};

/** Shapes a parse result as the stable JSON of `debrief parse --json`. */
export function toParseJson(file: string, result: ParseResult): ParseJson {
  const { doc, warnings } = result;
  const sections: ParseJson['sections'] = {};
  for (const s of doc.sections) if (s.key !== null && sections[s.key] === undefined) sections[s.key] = { heading: s.heading, line: s.line };
  return {
    file,
    title: doc.meta.title,
    incidentDate: doc.meta.incidentDate,
    timezone: doc.meta.timezone,
    severity: doc.meta.severity,
    durationStated: doc.meta.durationStated,
    sections,
    timeline: {
      entries: doc.timeline.entries.map((e) => ({ asWritten: e.asWritten, at: e.at, precision: e.precision, text: e.text, line: e.line })),
      outOfOrder: doc.timeline.outOfOrder,
    },
    actionItems: doc.actionItems.map((a) => ({ text: a.text, owner: a.owner, status: a.status, due: a.due, line: a.line })),
    rootCause: doc.rootCause,
    warnings: warnings.map((w) => ({ line: w.line, message: w.message })),
  };
}
