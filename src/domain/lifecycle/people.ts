/**
 * Telling people from machines in the names an incident collects: bots, integrations,
 * API tokens and raw chat member ids are not meeting participants or invitees.
 */
const MACHINE_PREFIXES = ['ingest:', 'token:', 'system:', 'webhook:', 'integration:'];
const MACHINE_NAMES = new Set([
  'local-cli', 'system', 'debrief', 'alertmanager', 'grafana', 'pagerduty', 'opsgenie', 'github', 'github-actions', 'dependabot',
  'renovate', 'jenkins', 'circleci', 'slackbot', 'statuspage', 'prometheus', 'datadog', 'sentry',
]);

/** Whether a name stands for a bot, an integration, a token or a raw chat member id rather than a person. */
export function isMachineName(name: string): boolean {
  const n = name.trim();
  const lower = n.toLowerCase();
  if (n === '') return true;
  if (MACHINE_PREFIXES.some((p) => lower.startsWith(p))) return true;
  if (MACHINE_NAMES.has(lower)) return true;
  if (/^[UWB][A-Z0-9]{8,11}$/.test(n)) return true; // Slack member / bot ids (U0BMQB6JE, B01ABCDEF)
  if (/\[bot\]$/.test(lower) || /(^|[\s_.-])bot$/.test(lower) || /^bot[\s_.-]/.test(lower)) return true;
  return false;
}

/** The e-mail address a name carries ("Dana <dana@example.com>" or "dana@example.com"), else null. */
export function emailIn(name: string): string | null {
  const m = /<?([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24})>?/.exec(name);
  return m?.[1] ?? null;
}
