import type { PostmortemDoc } from '../../domain/postmortem/document.types.ts';
import { promptPlaceholder } from '../../domain/templates/templates.ts';
import type { PostmortemTemplate } from '../../domain/templates/template.types.ts';

/** What a new post-mortem starts with. */
export type NewPostmortemOptions = {
  /** Incident id, `INC-YYYY-MM-DD-NNN`, or null until the server gives one. */
  id: string | null;
  title: string;
  /** Incident date, YYYY-MM-DD. */
  date: string | null;
  severity?: string | null;
  authors?: string[];
  /** Zone label the timeline is written in; defaults to UTC. */
  timezone?: string | null;
};

/** A draft post-mortem from a template, each section holding its prompt as a placeholder comment. */
export function newPostmortemFromTemplate(template: PostmortemTemplate, opts: NewPostmortemOptions): PostmortemDoc {
  return {
    meta: {
      title: opts.title,
      incidentId: opts.id,
      incidentDate: opts.date,
      severity: opts.severity ?? null,
      durationStated: null,
      authors: opts.authors ?? [],
      status: 'Draft',
      template: template.id,
      timezone: opts.timezone === undefined ? 'UTC' : opts.timezone,
      extra: {},
    },
    sections: template.sections.map((s) => ({ key: s.key, heading: s.heading, line: 0, level: 2, body: promptPlaceholder(s.prompt) })),
    timeline: { entries: [], outOfOrder: false },
    actionItems: [],
    rootCause: null,
  };
}
