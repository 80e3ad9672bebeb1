/** The post-mortem meeting: agenda with time boxes, pre-read, participants, notes, attendance; .md and .ics. */
import { AppError } from '../../domain/errors.ts';
import type { Principal } from '../../domain/access/roles.ts';
import { meetingParticipants, preReadDue, scaleAgenda, SEED_000_AGENDA, type Participant } from '../../domain/lifecycle/agenda.ts';
import { writeIcs, type CalendarPerson } from '../../domain/lifecycle/ics.ts';
import { emailIn, isMachineName } from '../../domain/lifecycle/people.ts';
import { findSeverity, meetingLength } from '../../domain/policy/index.ts';
import type { PostmortemDoc } from '../../domain/postmortem/document.types.ts';
import { findIncident } from '../../store/repositories/incident-read.repository.ts';
import { findMeeting, saveMeeting, type PostmortemRow } from '../../store/repositories/postmortem.repository.ts';
import { insertRevision } from '../../store/repositories/revision.repository.ts';
import { listEvents } from '../../store/repositories/timeline.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { loadPostmortem, requireEditRights } from './postmortem.service.ts';
import type { MeetingView } from '../../domain/postmortem/review.view.ts';

async function build(ctx: ServiceContext, pm: PostmortemRow): Promise<MeetingView> {
  const incident = await findIncident(ctx.db, pm.incidentId);
  const stored = await findMeeting(ctx.db, pm.id);
  const level = incident ? findSeverity(ctx.config.policy.scale, incident.severity) ?? null : null;
  const length = meetingLength(ctx.config.policy, level);
  const minutes = stored?.durationMinutes ?? length?.maxMinutes ?? 60;
  const agenda = scaleAgenda(SEED_000_AGENDA, minutes);
  const events = await listEvents(ctx.db, pm.incidentId);
  const responders = [...new Set(events.filter((e) => e.source === 'manual' || e.source === 'slack').map((e) => e.actor).filter((a): a is string => !!a && !a.startsWith('token:')))];
  const suggested = meetingParticipants({ responders, commander: incident?.commander ?? null, owner: pm.owner, facilitator: pm.facilitator, severityRank: level?.rank ?? null });
  const scheduledAt = stored?.scheduledAt ?? null;
  const doc = pm.doc as unknown as PostmortemDoc;
  return {
    postmortemId: pm.id, title: pm.title, agenda, totalMinutes: agenda.reduce((s, a) => s + a.minutes, 0),
    recommendedLength: length, scheduledAt: scheduledAt?.toISOString() ?? null, dueBy: pm.due['meeting'] ?? null,
    preReadDue: preReadDue(scheduledAt)?.toISOString() ?? null,
    preRead: { timelineEntries: doc.timeline.entries.length, artifacts: ['logs', 'metrics and graphs', 'chat transcripts', 'commands run', 'screenshots'], questions: ['Why did this happen?', 'What slowed us down?', 'What do we wish we had?'] },
    participants: (stored?.participants.length ? stored.participants : suggested.participants),
    participantNotes: suggested.notes,
    location: stored?.location ?? null, notes: stored?.notes ?? '', attendance: stored?.attendance ?? [], version: stored?.version ?? 0,
  };
}
export type { MeetingView };

/** The meeting of a post-mortem (agenda computed from the seeds and the severity). */
export async function getMeeting(ctx: ServiceContext, actor: Principal, id: string): Promise<MeetingView> {
  requireRole(actor, 'viewer', 'reading the meeting');
  return build(ctx, await loadPostmortem(ctx, id));
}

export type MeetingPatch = {
  scheduledAt?: string | null | undefined; durationMinutes?: number | undefined; location?: string | null | undefined;
  notes?: string | undefined; attendance?: string[] | undefined; participants?: Participant[] | undefined;
};

/** Schedules the meeting, or records notes and attendance after it, at a known version (0 before the first save). */
export async function updateMeeting(ctx: ServiceContext, actor: Principal, id: string, input: MeetingPatch, version: number): Promise<MeetingView> {
  const pm = await loadPostmortem(ctx, id);
  requireEditRights(actor, pm, 'planning the meeting');
  const patch: Record<string, unknown> = { updatedAt: ctx.now() };
  if (input.scheduledAt) {
    const incident = await findIncident(ctx.db, pm.incidentId);
    const began = incident ? (incident.startedAt ?? incident.detectedAt ?? incident.declaredAt) : null;
    if (began && new Date(input.scheduledAt).getTime() < began.getTime()) {
      throw new AppError('rule_violation', `the meeting cannot be before the incident (${began.toISOString()})`, {
        errors: [{ path: 'scheduledAt', message: `${input.scheduledAt} is before the incident began (${began.toISOString()})` }],
      });
    }
  }
  if (input.scheduledAt !== undefined) patch['scheduledAt'] = input.scheduledAt ? new Date(input.scheduledAt) : null;
  for (const k of ['durationMinutes', 'location', 'notes', 'attendance', 'participants'] as const) if (input[k] !== undefined) patch[k] = input[k];
  const saved = await inTransaction(ctx, async (tx) => {
    const row = await saveMeeting(tx.db, id, version, patch);
    if (row) await insertRevision(tx.db, { entityType: 'meeting', entityId: id, version: row.version, actor: actor.name, action: 'update', at: ctx.now(), changes: Object.fromEntries(Object.keys(input).map((k) => [k, { from: null, to: (input as Record<string, unknown>)[k] ?? null }])) });
    return row;
  });
  if (!saved) {
    const current = await build(ctx, pm);
    throw new AppError('version_conflict', `the meeting of ${id} is at version ${current.version}, not ${version}`, { currentVersion: current.version, current });
  }
  return build(ctx, pm);
}

/** The agenda and pre-read as Markdown. */
export function meetingMarkdown(m: MeetingView): string {
  return [
    `# Post-mortem meeting: ${m.title}`, '',
    `- **Post-mortem:** ${m.postmortemId}`,
    `- **When:** ${m.scheduledAt ?? 'not scheduled yet'}${m.dueBy ? ` (policy: hold it by ${m.dueBy})` : ''}`,
    `- **Length:** ${m.totalMinutes} min${m.recommendedLength ? ` (seed ${m.recommendedLength.seed}: ${m.recommendedLength.minMinutes}–${m.recommendedLength.maxMinutes} min for this severity)` : ''}`,
    `- **Pre-read due:** ${m.preReadDue ?? '24 h before the meeting'}: timeline draft, key artifacts (${m.preRead.artifacts.join(', ')}), questions to consider`,
    ...(m.location ? [`- **Where:** ${m.location}`] : []), '',
    '## Agenda', '', '| Time | Topic | Owner |', '|---|---|---|',
    ...m.agenda.map((a) => `| ${a.minutes} min | ${a.topic} | ${a.owner} |`), '',
    '## Participants', '', ...m.participants.map((p) => `- ${p.name} (${p.role})`), ...m.participantNotes.map((n) => `- _${n}_`), '',
    '## Notes', '', m.notes || '_To be taken during the meeting._', '',
    ...(m.attendance.length ? ['## Attendance', '', ...m.attendance.map((a) => `- ${a}`), ''] : []),
  ].join('\n');
}

/** The meeting as an iCalendar invite; 422 until it is scheduled. */
export function meetingIcs(m: MeetingView, now: Date, organizer: CalendarPerson | null = null): string {
  if (!m.scheduledAt) throw new AppError('rule_violation', 'schedule the meeting first (PUT …/meeting with scheduledAt)');
  // Only people with a real address are invited; bots and integrations never are.
  const attendees = m.participants
    .filter((p) => !isMachineName(p.name))
    .flatMap((p) => { const email = p.email ?? emailIn(p.name); return email ? [{ name: p.name.replace(/\s*<[^>]*>\s*$/, ''), email }] : []; });
  return writeIcs({
    uid: `postmortem-${m.postmortemId}@debrief`, start: new Date(m.scheduledAt), minutes: m.totalMinutes, stamp: now,
    summary: `Post-mortem: ${m.title}`, description: meetingMarkdown(m), location: m.location,
    organizer, attendees,
  });
}
