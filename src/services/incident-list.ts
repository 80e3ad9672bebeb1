/**
 * The list view of a page of incidents: the fields a list shows and the compact verdict.
 * A verdict is computed from the row and the policy inputs read with it, and kept
 * (`incident_verdicts`) until its inputs change, the policy changes, or the time it holds
 * until passes (an open incident's verdict moves with the clock and is never kept); the next
 * page read uses the kept verdict and reads no timeline or post-mortem rows for it.
 */
import { createHash } from 'node:crypto';
import { keptCompactVerdict, type IncidentListItem } from '../domain/incident/incident-list.view.ts';
import { evaluateCompactVerdictAt } from '../domain/incident/compact-verdict.ts';
import type { IncidentStatus } from '../domain/incident/incident-status.ts';
import type { IncidentType } from '../domain/policy/incident-types.ts';
import { windowGrowsWithClock } from '../domain/timeline/window.ts';
import { incidentsWithInputs, storeVerdicts, type ListedIncident, type VerdictToStore, type VerdictUse } from '../store/repositories/incident.repository.ts';
import { AppError } from '../domain/errors.ts';
import { keepJsonBytes } from './json-bytes.ts';
import type { ServiceContext } from './context.ts';
import { metOf, policyIncidentOf, timelineOf } from './incident-policy.ts';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** Bumped when the verdict's shape or its computation changes: verdicts kept before are not used. */
const VERDICT_FORMAT = 1;
const keys = new WeakMap<object, string>();

/** Names the policy (and the outlier margin the timeline is read with) a kept verdict was computed under. */
function policyKeyOf(ctx: ServiceContext): string {
  const policy = ctx.config.policy;
  let key = keys.get(policy);
  if (key === undefined) {
    const basis = JSON.stringify({ format: VERDICT_FORMAT, config: policy.config, scale: policy.scale, margin: ctx.config.ingest.outlierMarginHours });
    key = createHash('sha256').update(basis).digest('base64url').slice(0, 22);
    keys.set(policy, key);
  }
  return key;
}

/** What the page read may use of the kept verdicts, now. */
export function verdictUse(ctx: ServiceContext): VerdictUse {
  return { policyKey: policyKeyOf(ctx), now: ctx.now() };
}

/**
 * The item of a listed row whose kept verdict was used: a function of the row alone (its columns and that verdict), so
 * it is built once per row the repository hands out (the repository memoizes rows on their text: an unchanged incident
 * comes back as the same object, a changed one as a new object this map has never seen). Items are never mutated, so
 * their JSON bytes are kept with them and each answer splices them in (session 38).
 */
const keptItems = new WeakMap<ListedIncident, IncidentListItem>();

/**
 * List items of a page of incidents, in the page's order; the verdicts computed for it are
 * kept, in one statement, for the next read.
 */
export async function presentIncidentList(ctx: ServiceContext, page: readonly ListedIncident[], use: VerdictUse): Promise<IncidentListItem[]> {
  const keptVerdicts = page.map((listed) => keptItems.get(listed)?.verdict ?? (listed.stored === null ? null : keptCompactVerdict(listed.stored)));
  // The rows without a usable kept verdict, read again with their inputs (and the epoch a write-back must match).
  const fresh = await incidentsWithInputs(ctx.db, page.filter((_, i) => keptVerdicts[i] === null).map(({ row }) => row.id));
  const toStore: VerdictToStore[] = [];
  const items = page.map((listed, i): IncidentListItem => {
    const verdict = keptVerdicts[i] ?? null;
    const read = verdict === null ? fresh.get(listed.row.id) : undefined;
    if (read === undefined) {
      if (verdict === null) {
        // Gone between the two reads (incidents are not deleted, so only by a restore with --force).
        throw new AppError('conflict', `incident ${listed.row.id} changed while the list was read; read it again`);
      }
      const known = keptItems.get(listed);
      if (known !== undefined) return known;
      const { row } = listed;
      // Field by field: a spread made each item a dictionary-mode copy (about 800 bytes each, fifty a page).
      const item: IncidentListItem = {
        id: row.id, title: row.title, severity: row.severity, status: row.status as IncidentStatus, type: row.type as IncidentType,
        primaryService: row.primaryService, services: row.services, commander: row.commander, declaredAt: row.declaredAt,
        startedAt: row.startedAt, detectedAt: row.detectedAt, mitigatedAt: row.mitigatedAt, resolvedAt: row.resolvedAt,
        closedAt: row.closedAt, version: row.version, verdict,
      };
      keptItems.set(listed, keepJsonBytes(item));
      return item;
    }
    const full = read.row;
    const { events } = read.inputs;
    // The window of an open incident ends at now: an event later than now may count later (all earlier ones are settled).
    const clockWindow = windowGrowsWithClock({ startedAt: iso(full.startedAt), detectedAt: iso(full.detectedAt), resolvedAt: iso(full.resolvedAt), closedAt: iso(full.closedAt) })
      && events.some((e) => e.at !== null && e.at.getTime() > use.now.getTime());
    const timeline = timelineOf(full, events, ctx.config.ingest.outlierMarginHours, use.now);
    const computed = evaluateCompactVerdictAt(policyIncidentOf(full, timeline), ctx.config.policy, metOf(read.inputs), use.now, clockWindow);
    if (computed.lasting) toStore.push({ incidentId: full.id, epoch: read.epoch, verdict: computed.verdict, validUntil: computed.until });
    return {
      id: full.id,
      title: full.title,
      severity: full.severity,
      status: full.status as IncidentStatus,
      type: full.type as IncidentType,
      primaryService: full.primaryService,
      services: full.services,
      commander: full.commander,
      declaredAt: full.declaredAt.toISOString(),
      startedAt: iso(full.startedAt),
      detectedAt: iso(full.detectedAt),
      mitigatedAt: iso(full.mitigatedAt),
      resolvedAt: iso(full.resolvedAt),
      closedAt: iso(full.closedAt),
      version: full.version,
      verdict: computed.verdict,
    };
  });
  await storeVerdicts(ctx.db, use.policyKey, toStore);
  return items;
}
