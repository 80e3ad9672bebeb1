/**
 * What the post-mortem lifecycle sends (pure): the owner assigned, the meeting scheduled
 * (with the .ics), draft / publish deadlines approaching and missed, review requested
 * (each reviewer), changes requested / approved (the owner), the weekly action-item
 * review to each team's channel and the monthly digest. Each message has an idempotency
 * key naming what it is about, so repeated scans queue it once.
 */
import { writeIcs, type CalendarPerson } from '../lifecycle/ics.ts';
import { weeklyReview, type ReviewItem } from '../lifecycle/weekly-review.ts';
import type { NotifyRules } from './config.ts';
import type { Notification, NotificationRule } from './message.ts';
import { resolveRecipient, ruleEnabled, type Planned, type Recipient } from './rules.ts';

export type LifecyclePostmortem = {
  id: string; title: string; status: string; owner: string | null; createdAt: string;
  /** Milestone → deadline (ISO) from policy. */
  due: Record<string, string | null>;
  /** Milestone → when it was met (ISO). */
  met: Partial<Record<string, string>>;
  reviewers: { role: string; user: string | null; decision: string; decidedAt: string | null }[];
  meeting: { scheduledAt: string; minutes: number; location: string | null; participants: { name: string; email: string | null }[] } | null;
};
export type LifecycleTeam = { name: string; slackChannel: string | null; email: string | null };
export type LifecycleInput = {
  now: Date;
  postmortems: LifecyclePostmortem[];
  items: (ReviewItem & { team: string | null })[];
  teams: LifecycleTeam[];
  /** Publications of the previous calendar month (the digest), when today is the 1st. */
  lastMonth: { postmortemId: string; title: string; audience: string; publishedAt: string }[];
  /** postmortem.meetingOrganizer: with it the invite is a REQUEST naming the attendees, else a PUBLISH. */
  organizer?: CalendarPerson | null;
};
export type Channels = { slack: boolean; email: boolean; webhooks: string[] };

const DEADLINE_MILESTONES: Record<string, string> = { draft: 'Draft for review', published: 'Publication' };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
/** Post-mortems older than this are left alone by the "at once" rules (owner, reviewers): turning a rule on does not message old work. */
const FRESH_MS = 14 * 86_400_000;

const link = (baseUrl: string | null, path: string): string | null => (baseUrl ? `${baseUrl.replace(/\/$/, '')}${path}` : null);

/** One message to named people: an e-mail to those with an address, a Slack message mentioning them, each webhook. */
function toPeople(names: readonly (string | null)[], rule: NotificationRule, n: Notification, key: string, directory: ReadonlyMap<string, Recipient>, ch: Channels, extraEmails: readonly string[] = []): Planned[] {
  const people = names.filter((x): x is string => !!x).map((x) => resolveRecipient(x, directory)).filter((r): r is Recipient => r !== null && !r.mutes.includes(rule));
  const emails = [...new Set([...people.map((p) => p.email).filter((e): e is string => !!e), ...extraEmails])];
  const out: Planned[] = [];
  if (ch.email && emails.length) out.push({ channel: 'email', to: emails, mention: [], notification: n, key: `${key}:email` });
  if (ch.slack && people.length) out.push({ channel: 'slack', to: [], mention: people.map((p) => p.slackId ?? p.slackHandle ?? p.key), notification: n, key: `${key}:slack` });
  for (const w of ch.webhooks) out.push({ channel: 'webhook', to: [w], mention: [], notification: n, key: `${key}:webhook:${w}` });
  return out;
}

export function planLifecycle(input: LifecycleInput, rules: NotifyRules, directory: ReadonlyMap<string, Recipient>, ch: Channels, baseUrl: string | null): Planned[] {
  const out: Planned[] = [];
  const now = input.now.getTime();
  for (const pm of input.postmortems) {
    const url = link(baseUrl, `/postmortems/${encodeURIComponent(pm.id)}`);
    const fresh = now - Date.parse(pm.createdAt) < FRESH_MS;
    const facts = { postmortem: pm.id, status: pm.status };
    if (pm.owner && fresh && pm.status !== 'published' && ruleEnabled(rules, 'postmortem-owner-assigned')) {
      const n: Notification = { rule: 'postmortem-owner-assigned', title: `You own the post-mortem: ${pm.title}`.slice(0, 200), text: `You are the owner of the post-mortem ${pm.id} (${pm.title}). Draft it, schedule the meeting and see it through review.`, url, facts: { ...facts, owner: pm.owner } };
      out.push(...toPeople([pm.owner], n.rule, n, `postmortem-owner-assigned:${pm.id}:${pm.owner}`, directory, ch));
    }
    if (pm.meeting && Date.parse(pm.meeting.scheduledAt) > now && ruleEnabled(rules, 'meeting-scheduled')) {
      const m = pm.meeting;
      const attendees = m.participants.filter((p): p is { name: string; email: string } => !!p.email);
      const ics = writeIcs({ uid: `postmortem-${pm.id}@debrief`, start: new Date(m.scheduledAt), minutes: m.minutes, stamp: input.now, summary: `Post-mortem: ${pm.title}`, description: `Post-mortem meeting for ${pm.id}${url ? `: ${url}` : ''}`, location: m.location, organizer: input.organizer ?? null, attendees });
      const n: Notification = {
        rule: 'meeting-scheduled', title: `Post-mortem meeting: ${pm.title}`.slice(0, 200),
        text: `The post-mortem meeting for ${pm.id} is at ${m.scheduledAt} (${m.minutes} min)${m.location ? ` in ${m.location}` : ''}. The invite is attached.`,
        url: link(baseUrl, `/postmortems/${encodeURIComponent(pm.id)}/meeting`), facts: { ...facts, at: m.scheduledAt, minutes: String(m.minutes) },
        attachments: [{ filename: 'postmortem-meeting.ics', contentType: `text/calendar; method=${input.organizer ? 'REQUEST' : 'PUBLISH'}; charset=utf-8`, content: ics }],
      };
      const key = `meeting-scheduled:${pm.id}:${m.scheduledAt}`;
      const emails = attendees.map((a) => a.email);
      out.push(...toPeople([pm.owner, ...m.participants.map((p) => p.name)], n.rule, n, key, directory, ch, emails));
    }
    for (const [milestone, label] of Object.entries(DEADLINE_MILESTONES)) {
      const at = pm.due[milestone];
      if (!at || pm.met[milestone] || !pm.owner) continue;
      const dueMs = Date.parse(at);
      const approaching = now < dueMs && now >= dueMs - rules.deadlineHoursBefore * 3600_000;
      const missed = now >= dueMs;
      const rule: NotificationRule | null = approaching ? 'deadline-approaching' : missed ? 'deadline-missed' : null;
      if (!rule || !ruleEnabled(rules, rule)) continue;
      const n: Notification = {
        rule, title: `${approaching ? 'Deadline soon' : 'Deadline missed'}: ${label} of ${pm.title}`.slice(0, 200),
        text: approaching ? `${label} of ${pm.id} is due by ${at}.` : `${label} of ${pm.id} was due by ${at} and is not done.`, url, facts: { ...facts, milestone, due: at },
      };
      out.push(...toPeople([pm.owner], rule, n, `${rule}:${pm.id}:${milestone}:${at}`, directory, ch));
    }
    for (const r of pm.reviewers) {
      if (!r.user) continue;
      if (pm.status === 'in_review' && r.decision === 'pending' && fresh && ruleEnabled(rules, 'review-requested')) {
        const n: Notification = { rule: 'review-requested', title: `Review requested: ${pm.title}`.slice(0, 200), text: `Please review the post-mortem ${pm.id} as ${r.role}: approve it or request changes.`, url: link(baseUrl, `/postmortems/${encodeURIComponent(pm.id)}/review`), facts: { ...facts, role: r.role } };
        out.push(...toPeople([r.user], n.rule, n, `review-requested:${pm.id}:${r.role}:${r.user}`, directory, ch));
      }
      if ((r.decision === 'approved' || r.decision === 'changes_requested') && r.decidedAt && now - Date.parse(r.decidedAt) < FRESH_MS && ruleEnabled(rules, 'review-decided')) {
        const what = r.decision === 'approved' ? 'approved' : 'requested changes to';
        const n: Notification = { rule: 'review-decided', title: `${r.decision === 'approved' ? 'Approved' : 'Changes requested'}: ${pm.title}`.slice(0, 200), text: `${r.user} (${r.role}) ${what} the post-mortem ${pm.id}.`, url, facts: { ...facts, role: r.role, decision: r.decision } };
        out.push(...toPeople([pm.owner], n.rule, n, `review-decided:${pm.id}:${r.role}:${r.decision}:${r.decidedAt}`, directory, ch));
      }
    }
  }
  out.push(...planWeekly(input, rules, ch, baseUrl), ...planDigest(input, rules, ch, baseUrl));
  return out;
}

/** The weekly review, on the configured weekday from the configured hour (UTC): each team's items to its channel and e-mail; with no team channels, all items to the default Slack channel. */
function planWeekly(input: LifecycleInput, rules: NotifyRules, ch: Channels, baseUrl: string | null): Planned[] {
  const d = input.now;
  if (!ruleEnabled(rules, 'weekly-review') || WEEKDAYS[d.getUTCDay()] !== rules.weeklyReviewDay || d.getUTCHours() < rules.weeklyReviewHour) return [];
  const day = d.toISOString().slice(0, 10);
  const url = link(baseUrl, '/reviews/weekly');
  const message = (items: ReviewItem[], team: string | null): Notification => {
    const r = weeklyReview(day, items);
    return { rule: 'weekly-review', title: `Post-mortem action items review${team ? `: ${team}` : ''} (${day})`, text: r.markdown, url, facts: { date: day, open: String(r.open.length), overdue: String(r.overdue.length), completed: String(r.completed.length), ...(team ? { team } : {}) } };
  };
  const out: Planned[] = [];
  const reached = input.teams.filter((t) => (t.slackChannel && ch.slack) || (t.email && ch.email));
  for (const t of reached) {
    const n = message(input.items.filter((i) => i.team === t.name), t.name);
    const key = `weekly-review:${t.name}:${day}`;
    if (t.slackChannel && ch.slack) out.push({ channel: 'slack', to: [t.slackChannel], mention: [], notification: n, key: `${key}:slack` });
    if (t.email && ch.email) out.push({ channel: 'email', to: [t.email], mention: [], notification: n, key: `${key}:email` });
  }
  if (reached.length === 0 && ch.slack) out.push({ channel: 'slack', to: [], mention: [], notification: message(input.items, null), key: `weekly-review:all:${day}:slack` });
  return out;
}

/** The monthly digest on the 1st (UTC) from the weekly hour: last month's published post-mortems, to Slack and allStaffEmails. */
function planDigest(input: LifecycleInput, rules: NotifyRules, ch: Channels, baseUrl: string | null): Planned[] {
  const d = input.now;
  if (!ruleEnabled(rules, 'monthly-digest') || d.getUTCDate() !== 1 || d.getUTCHours() < rules.weeklyReviewHour) return [];
  const month = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  const seen = new Map<string, { title: string; audiences: Set<string> }>();
  for (const p of input.lastMonth) {
    const e = seen.get(p.postmortemId) ?? { title: p.title, audiences: new Set<string>() };
    e.audiences.add(p.audience);
    seen.set(p.postmortemId, e);
  }
  const lines = [...seen].map(([id, e]) => `- ${id}: ${e.title} (${[...e.audiences].sort().join(', ')})${baseUrl ? ` ${link(baseUrl, `/postmortems/${encodeURIComponent(id)}`)}` : ''}`);
  const n: Notification = {
    rule: 'monthly-digest', title: `Post-mortems of ${month}`,
    text: lines.length ? `${lines.length} post-mortem${lines.length === 1 ? ' was' : 's were'} published in ${month}:\n${lines.join('\n')}` : `No post-mortem was published in ${month}.`,
    url: link(baseUrl, '/reports'), facts: { month, published: String(lines.length) },
  };
  const out: Planned[] = [];
  if (ch.slack) out.push({ channel: 'slack', to: [], mention: [], notification: n, key: `monthly-digest:${month}:slack` });
  if (ch.email && rules.allStaffEmails.length) out.push({ channel: 'email', to: rules.allStaffEmails, mention: [], notification: n, key: `monthly-digest:${month}:email` });
  for (const w of ch.webhooks) out.push({ channel: 'webhook', to: [w], mention: [], notification: n, key: `monthly-digest:${month}:webhook:${w}` });
  return out;
}
