import type { IngestedEvent, IngestResult } from '../../../domain/timeline/event.types.ts';

/** The dry-run JSON contract: these keys, in this order. */
export function presentDryRun(result: IngestResult): unknown {
  return {
    events: result.events.map((e: IngestedEvent) => ({
      at: e.at,
      precision: e.precision,
      source: e.source,
      kind: e.kind,
      text: e.text,
      actor: e.actor,
      phase: e.phase,
      link: e.link,
      idempotencyKey: e.idempotencyKey,
    })),
    hints: result.hints,
    warnings: result.warnings,
  };
}

function cell(value: string, width: number): string {
  return value.length > width ? `${value.slice(0, width - 1)}…` : value.padEnd(width);
}

/** A readable table of the events, for a person at a terminal. */
export function renderTable(result: IngestResult): string {
  const lines = [`${cell('AT', 30)} ${cell('PHASE', 13)} ${cell('KIND', 22)} ${cell('ACTOR', 18)} TEXT`];
  for (const e of result.events) {
    const mark = e.decisionPoint === true ? '◆ ' : '';
    lines.push(`${cell(e.at ?? '(unknown)', 30)} ${cell(e.phase ?? '-', 13)} ${cell(e.kind, 22)} ${cell(e.actor ?? '-', 18)} ${mark}${e.text.slice(0, 120)}`);
  }
  lines.push('', `${result.events.length} event(s)`);
  for (const h of result.hints) {
    const parts = Object.entries(h).filter(([, v]) => v !== null).map(([k, v]) => `${k}=${String(v)}`);
    if (parts.length > 0) lines.push(`hint: ${parts.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
