/**
 * The list's statements: the filters as SQL, and the page's statement rendered once per shape of filters (which
 * are set, how many statuses and severities), so a request only fills in its values (`statement-shapes.ts`).
 */
import { and, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { bindValues, renderedByShape, type Bind } from '../statement-shapes.ts';
import { incidents, incidentVerdicts } from '../schema.ts';

export type IncidentFilter = {
  statuses?: string[];
  severities?: string[];
  service?: string;
  type?: string;
  q?: string;
  from?: Date;
  to?: Date;
  groupKey?: string;
  /** Keyset cursor: rows strictly after this (declaredAt desc, id desc). */
  after?: { declaredAt: Date; id: string };
  limit: number;
};

/** Which kept verdicts a read may use: computed under `policyKey`, and holding at `now`. */
export type VerdictUse = { policyKey: string; now: Date };

/** `q` as an ILIKE pattern matching it anywhere, its own `\`, `%` and `_` taken literally. */
const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The filters as a condition (undefined when none is set), each value put in by `bind`. */
export function filterWhere(f: IncidentFilter, bind: Bind = bindValues): SQL | undefined {
  const where: SQL[] = [];
  if (f.statuses?.length) where.push(inArray(incidents.status, f.statuses.map((s, i) => bind.raw(`status${i}`, s))));
  if (f.severities?.length) where.push(inArray(incidents.severity, f.severities.map((s, i) => bind.raw(`severity${i}`, s))));
  if (f.type) where.push(eq(incidents.type, bind.raw('type', f.type)));
  if (f.groupKey) where.push(eq(incidents.groupKey, bind.raw('groupKey', f.groupKey)));
  if (f.service) {
    where.push(or(eq(incidents.primaryService, bind.raw('service', f.service)), sql`${incidents.services} @> ${bind.raw('serviceJson', JSON.stringify([f.service]))}::jsonb`)!);
  }
  if (f.q) {
    const like = bind.raw('like', likePattern(f.q));
    where.push(or(sql`${incidents.title} ilike ${like}`, sql`${incidents.summary} ilike ${like}`, sql`${incidents.id} ilike ${like}`)!);
  }
  // Time range: an incident overlaps [from, to] when it started before `to` and was not resolved before `from`.
  if (f.from) where.push(or(sql`${incidents.resolvedAt} is null`, gte(incidents.resolvedAt, bind.as('from', f.from, incidents.resolvedAt)))!);
  if (f.to) where.push(lte(sql`coalesce(${incidents.startedAt}, ${incidents.declaredAt})`, bind.raw('to', f.to)));
  if (f.after) {
    const at = bind.as('afterAt', f.after.declaredAt, incidents.declaredAt);
    where.push(or(lt(incidents.declaredAt, at), and(eq(incidents.declaredAt, at), lt(incidents.id, bind.raw('afterId', f.after.id))))!);
  }
  return where.length ? and(...where) : undefined;
}

/** What changes the text `filterWhere` writes: which filters are set, and how many statuses and severities. */
const filterShape = (f: IncidentFilter): string =>
  `${f.statuses?.length ?? 0}:${f.severities?.length ?? 0}:${f.type ? 't' : ''}${f.groupKey ? 'g' : ''}${f.service ? 's' : ''}${f.q ? 'q' : ''}${f.from ? 'f' : ''}${f.to ? 'u' : ''}${f.after ? 'a' : ''}`;

/** The values of `filterWhere`'s placeholders, by name. */
function filterValues(f: IncidentFilter, values: Record<string, unknown>): Record<string, unknown> {
  f.statuses?.forEach((s, i) => { values[`status${i}`] = s; });
  f.severities?.forEach((s, i) => { values[`severity${i}`] = s; });
  if (f.type) values['type'] = f.type;
  if (f.groupKey) values['groupKey'] = f.groupKey;
  if (f.service) { values['service'] = f.service; values['serviceJson'] = JSON.stringify([f.service]); }
  if (f.q) values['like'] = likePattern(f.q);
  if (f.from) values['from'] = f.from;
  if (f.to) values['to'] = f.to;
  if (f.after) { values['afterAt'] = f.after.declaredAt; values['afterId'] = f.after.id; }
  return values;
}

/** The columns a list shows of an incident (not its summary, flags, times' sources, SLO or cycles), in the order the page's JSON holds them. */
export const listColumns = [
  incidents.id, incidents.title, incidents.severity, incidents.status, incidents.type, incidents.primaryService, incidents.services,
  incidents.commander, incidents.declaredAt, incidents.startedAt, incidents.detectedAt, incidents.mitigatedAt, incidents.resolvedAt,
  incidents.closedAt, incidents.version,
];

type PageInput = { f: IncidentFilter; use: VerdictUse };

/** The page's statement (see `listIncidentPage`): each row one JSON text of `listColumns` and the usable kept verdict. */
export function pageSql({ f, use }: PageInput, bind: Bind): SQL {
  const where = filterWhere(f, bind);
  return sql`select json_build_array(${sql.join(listColumns, sql`, `)},
      (select ${incidentVerdicts.verdict} from ${incidentVerdicts} where ${incidentVerdicts.incidentId} = ${incidents.id}
        and ${incidentVerdicts.policyKey} = ${bind.raw('policyKey', use.policyKey)}
        and (${incidentVerdicts.validUntil} is null or ${incidentVerdicts.validUntil} > ${bind.raw('now', use.now.toISOString())}::timestamptz)))::text as row
    from ${incidents}
    ${where ? sql`where ${where}` : sql``}
    order by ${incidents.declaredAt} desc, ${incidents.id} desc limit ${bind.raw('limit', f.limit)}`;
}

/** The page's statement for a request: rendered once per shape of filters, its values filled in. */
export const pageStatement = renderedByShape<PageInput>(
  ({ f }) => filterShape(f),
  pageSql,
  ({ f, use }) => filterValues(f, { policyKey: use.policyKey, now: use.now.toISOString(), limit: f.limit }),
);
