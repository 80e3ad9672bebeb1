import { alertmanagerAdapter } from './alertmanager.adapter.ts';
import { gitAdapter } from './git.adapter.ts';
import { githubAdapter } from './github.adapter.ts';
import { grafanaAdapter } from './grafana.adapter.ts';
import type { IngestAdapter } from './ingest.types.ts';
import { opsgenieAdapter } from './opsgenie.adapter.ts';
import { pagerdutyAdapter } from './pagerduty.adapter.ts';
import { slackAdapter } from './slack.adapter.ts';

/** How a source's input arrives: a JSON webhook body, `git log` text, or a Slack export. */
export type IngestInputKind = 'json' | 'text' | 'slack-export';

export type AdapterEntry = { adapter: IngestAdapter; input: IngestInputKind; description: string };

/** Every ingest adapter, by the source name used on the command line and in the API. */
export const INGEST_ADAPTERS = {
  alertmanager: { adapter: alertmanagerAdapter, input: 'json', description: 'Prometheus Alertmanager webhook (v4)' },
  grafana: { adapter: grafanaAdapter, input: 'json', description: 'Grafana alerting webhook (unified or legacy)' },
  pagerduty: { adapter: pagerdutyAdapter, input: 'json', description: 'PagerDuty webhook (V3; V1/V2 messages read too)' },
  opsgenie: { adapter: opsgenieAdapter, input: 'json', description: 'Opsgenie alert webhook' },
  github: { adapter: githubAdapter, input: 'json', description: 'GitHub deployment, deployment_status and push webhooks' },
  slack: { adapter: slackAdapter, input: 'slack-export', description: 'Slack workspace export (folder, zip or daily file)' },
  git: { adapter: gitAdapter, input: 'text', description: 'git log text, or a repository' },
} as const satisfies Record<string, AdapterEntry>;

export type IngestSource = keyof typeof INGEST_ADAPTERS;

export const INGEST_SOURCES = Object.keys(INGEST_ADAPTERS) as IngestSource[];

/** The adapter registered under a source name, or null. */
export function findAdapter(source: string): AdapterEntry | null {
  return Object.hasOwn(INGEST_ADAPTERS, source) ? INGEST_ADAPTERS[source as IngestSource] : null;
}
