/**
 * The post-mortem meeting: agenda with time boxes (seed 000's 60-minute table, seed
 * 001's agenda), its length by severity (seed 001: 60–90 min for P0/P1, 30–45 for P2),
 * the pre-read due 24 h before, and the participants.
 */
import { isMachineName } from './people.ts';

export type AgendaItem = { topic: string; minutes: number; owner: string; prompts: string[] };

/** Seed 000, "Meeting Agenda (60 minutes)". */
export const SEED_000_AGENDA: readonly AgendaItem[] = [
  { topic: 'Introduction and context', minutes: 5, owner: 'Facilitator', prompts: ['State the purpose: learn and improve', 'Remind everyone: blameless culture'] },
  { topic: 'Timeline review', minutes: 10, owner: 'Incident Commander', prompts: ['Walk through chronologically', 'Fill in gaps'] },
  { topic: 'Impact assessment', minutes: 10, owner: 'Product/Engineering', prompts: ['Duration and impact', 'Users, requests, SLOs affected'] },
  { topic: 'Root cause analysis', minutes: 15, owner: 'Technical Lead', prompts: ['Use the 5 Whys', 'Identify all contributing factors'] },
  { topic: 'What went well/wrong', minutes: 10, owner: 'All', prompts: ['Do not skip what went well', 'What slowed us down?'] },
  { topic: 'Action items draft', minutes: 5, owner: 'Facilitator', prompts: ['Assign owners and deadlines', 'Prioritise: must / should / nice-to-have'] },
  { topic: 'Wrap-up and next steps', minutes: 5, owner: 'Facilitator', prompts: ['Thank participants'] },
];

/** Scales an agenda to a target length, keeping every item at least 5 minutes and the order. */
export function scaleAgenda(items: readonly AgendaItem[], targetMinutes: number): AgendaItem[] {
  const total = items.reduce((s, i) => s + i.minutes, 0);
  if (total === targetMinutes || total === 0) return items.map((i) => ({ ...i }));
  const factor = targetMinutes / total;
  const scaled = items.map((i) => ({ ...i, minutes: Math.max(5, Math.round((i.minutes * factor) / 5) * 5) }));
  // Put the rounding difference on the longest item (root cause analysis, usually).
  const diff = targetMinutes - scaled.reduce((s, i) => s + i.minutes, 0);
  const longest = scaled.reduce((a, b) => (b.minutes > a.minutes ? b : a));
  longest.minutes = Math.max(5, longest.minutes + diff);
  return scaled;
}

/** A meeting participant; `email` when known (invites go only to people with an address). */
export type Participant = { name: string; role: string; email?: string | null | undefined };

/**
 * Participants (seed 001): responders, product owner for P0/P1, a neutral facilitator
 * for major incidents (not directly involved).
 */
export function meetingParticipants(input: {
  responders: readonly string[];
  commander: string | null;
  owner: string | null;
  facilitator: string | null;
  severityRank: number | null;
}): { participants: Participant[]; notes: string[] } {
  const seen = new Set<string>();
  const participants: Participant[] = [];
  const add = (name: string | null, role: string) => {
    if (!name || seen.has(name) || isMachineName(name)) return;
    seen.add(name);
    participants.push({ name, role });
  };
  add(input.commander, 'incident commander');
  add(input.owner, 'post-mortem owner');
  for (const r of input.responders) add(r, 'responder');
  const notes: string[] = [];
  const major = input.severityRank !== null && input.severityRank <= 2;
  // The notes are read by the team: the rule in plain words (its source, seed 001, is in docs/policy.md).
  if (major) notes.push('Major incident: invite the product owner.');
  if (input.facilitator) {
    if (seen.has(input.facilitator)) notes.push(`The facilitator ${input.facilitator} took part in the response; a neutral facilitator is suggested for major incidents.`);
    add(input.facilitator, 'facilitator');
  } else if (major) {
    notes.push('Major incident: choose a neutral facilitator who was not directly involved.');
  }
  return { participants, notes };
}

/** When the pre-read (timeline draft, key artifacts, questions) is due: 24 h before the meeting (seed 001). */
export function preReadDue(scheduledAt: Date | null): Date | null {
  return scheduledAt ? new Date(scheduledAt.getTime() - 24 * 3_600_000) : null;
}
