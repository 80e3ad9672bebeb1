import type { SectionKey } from '../postmortem/document.types.ts';
import type { PostmortemTemplate, TemplateSection } from './template.types.ts';

// Built-in templates transcribed from the seeds. Data, not logic: a line per section.
const s = (key: SectionKey, heading: string, prompt: string, required = true): TemplateSection => ({ key, heading, prompt, required });

/** Seed 003: the full template (metadata table, metrics, communication log, sign-off). */
const FULL: PostmortemTemplate = {
  id: 'full',
  name: 'Full post-mortem',
  description: 'Every section of the complete template: impact tables, 5 Whys, metrics, communication log, sign-off and revision history.',
  sections: [
    s('summary', 'Executive Summary', 'One-line, tweet-length summary of what happened, then the impact overview: services, users, data and money affected.'),
    s('impact', 'Impact Assessment', 'User impact (users affected, failed requests, error rate peak), service impact per service with duration, business impact (revenue, complaints, SLA breach).'),
    s('timeline', 'Timeline', 'Detection, investigation and resolution events in UTC, in chronological order; explain any gap longer than 5 minutes.'),
    s('rootCause', 'Root Cause Analysis', 'Problem statement: a clear, specific description of what went wrong, with the primary cause.'),
    s('contributingFactors', 'Contributing Factors', 'Each contributing factor, its description and how it led to the incident.'),
    s('fiveWhys', '5 Whys Analysis', 'Ask why five times, starting from the failure, until you reach a systemic cause; back each answer with evidence.'),
    s('whatWentWell', 'What Went Well', 'Things that worked during the response: detection, runbooks, communication, failover.'),
    s('whatWentWrong', 'What Went Wrong', 'Things that did not work or could be improved.'),
    s('lessons', 'Lessons Learned', 'Technical and process lessons: the lesson, why it matters, what to do differently.'),
    s('actionItems', 'Action Items', 'Immediate (this week), short-term (this month) and long-term (this quarter) actions, each with an owner and a due date.'),
    s('metrics', 'Metrics and Monitoring', 'Error rate, response time and availability before, during and after; monitoring gaps identified.', false),
    s('communication', 'Communication Log', 'Internal and external messages: time, channel, message, sender or audience.', false),
    s('evidence', 'Resources and References', 'Runbooks, dashboards, logs and traces used; related incidents.', false),
    s('appendix', 'Appendix', 'Raw logs, error messages, configuration changes and screenshots.', false),
    s('signOff', 'Sign-Off', 'Incident commander, technical lead, product owner and engineering manager: name, date, signature.', false),
    s('revisionHistory', 'Revision History', 'Version, date, author and changes of each revision.', false),
    s('notes', 'Notes', 'Additional notes, observations or context not covered above.', false),
  ],
};

/** Seed 001's document template: short and focused. */
const CONCISE: PostmortemTemplate = {
  id: 'concise',
  name: 'Concise post-mortem',
  description: 'The document template of the post-mortem process: summary, impact, timeline, root cause, response, lessons and action items.',
  sections: [
    s('summary', 'Executive Summary', '2-3 sentence summary of the incident, its impact and its resolution.'),
    s('impact', 'Impact', 'Duration (start and end time in UTC), severity, users affected, services impacted, data loss, revenue impact, customer complaints.'),
    s('timeline', 'Timeline (All times UTC)', 'From the first event leading to the incident to verified healthy; then the total response time.'),
    s('rootCause', 'Root Cause Analysis', 'What happened, why it happened (immediate cause and contributing factors), why it was not detected sooner, why it took that long to resolve.'),
    s('detection', 'Detection and Response', 'How the incident was first identified, the detection time and method, and the response actions with who and the result.'),
    s('whatWentWell', 'What Worked Well', 'Positive aspects of the response.'),
    s('whatWentWrong', 'What Could Be Improved', 'Where we struggled, what was confusing, what slowed us down.'),
    s('actionItems', 'Action Items', 'Prevent recurrence, improve detection, improve response, process improvements: each with owner, priority, due date and status.'),
    s('lessons', 'Lessons Learned', 'Technical, process and communication lessons.'),
    s('evidence', 'Supporting Information', 'Logs, metrics, related incidents and references.', false),
    s('fiveWhys', 'Appendix: 5 Whys Analysis', 'Problem, then why 1 to why 5 with each answer, then the root cause they lead to.', false),
  ],
};

/** Seed 002: enterprise SRE template with the contributing-factor taxonomy and SLO tables. */
const SRE: PostmortemTemplate = {
  id: 'sre',
  name: 'Enterprise SRE post-mortem',
  description: 'SRE template: services and environments affected, detailed timeline by phase, technical / process / organizational factors, SLO and error-budget impact, approvals.',
  sections: [
    s('summary', 'Executive Summary', 'One-line summary; duration from detection to resolution; severity (P1/P2/P3); user impact; root cause in a single sentence.'),
    s('impact', 'Incident Overview', 'Services affected (primary, secondary), environments (LAB/INT/QA/PROD), SLO breach, error budget consumed, response time and error rate peaks, business impact.'),
    s('timeline', 'Detailed Timeline', '24-hour times with the zone: incident begin, detection, initial response, investigation, escalation, root cause discovery, fix, verification, resolution.'),
    s('rootCause', 'Root Cause Analysis', 'What happened, why it happened, how it was fixed, why it was not caught earlier.'),
    s('contributingFactors', 'Contributing Factors', 'Technical factors (code, infrastructure, dependencies, monitoring); process factors (change management, communication, documentation, training); organizational factors (team structure, tooling, prioritization).'),
    s('whatWentWell', 'What Went Well', 'Positive aspects of the response, and strengths to maintain.'),
    s('whatWentWrong', 'What Went Poorly', 'Issues that slowed resolution or made the incident worse, and areas for improvement.'),
    s('actionItems', 'Action Items', 'Immediate (within 1 week), short-term (within 1 month) and long-term (within 1 quarter) actions with owner, due date and status.'),
    s('lessons', 'Lessons Learned', 'Key takeaways and the knowledge sharing planned (presentation, documentation, training).'),
    s('sloImpact', 'SLO and Error Budget Impact', 'Each SLO with target, actual during the incident and impact; monthly budget consumed, remaining, burn rate and recovery time.'),
    s('communication', 'Communication Assessment', 'Internal handoffs, escalation and status updates; customer notification, status page and support coordination.', false),
    s('relatedIncidents', 'Related Incidents', 'Previous similar incidents and the pattern they form.', false),
    s('metrics', 'Metrics and Data', 'Response time, error rate and recovery metrics.', false),
    s('evidence', 'Supporting Evidence', 'Queries used, relevant log excerpts, dashboard screenshots.', false),
    s('signOff', 'Review and Approval', 'Technical, process and business review; approvals with reviewer, role, date and status.'),
  ],
};

/** Seed 004: the post-mortem framework (evidence-based, timeline with sources). */
const FRAMEWORK: PostmortemTemplate = {
  id: 'framework',
  name: 'Post-mortem framework',
  description: 'Compact evidence-based structure: summary, timeline with sources, impact, 5 Whys root cause, detection and response times, lessons.',
  sections: [
    s('summary', 'Summary', '2-3 sentence overview: what happened, impact, resolution.'),
    s('timeline', 'Timeline', 'Each event with its time and its source (log, metric, report); note decision points and explain gaps over 5 minutes.'),
    s('impact', 'Impact', 'Users affected, duration of impact, business impact (quantified if possible), systems affected.'),
    s('rootCause', 'Root Cause Analysis', '5 Whys analysis with evidence at each level.'),
    s('detection', 'Detection and Response', 'Time to detect and how, time to respond and the first action, time to mitigate and the mitigation, time to resolve and the permanent fix.'),
    s('whatWentWell', 'What Went Well', 'Positive observations about detection, response or recovery.'),
    s('whatWentWrong', 'What Could Be Improved', 'Where detection, response or recovery fell short.'),
    s('actionItems', 'Action Items', 'Specific actions, each with an owner, a priority (P0-P3) and a due date.'),
    s('lessons', 'Lessons Learned', 'Key takeaways for the organization.'),
  ],
};

/** The four built-in templates, by id. */
export const BUILTIN_TEMPLATES: readonly PostmortemTemplate[] = [FULL, CONCISE, SRE, FRAMEWORK];
