// Deterministic generator of realistic ~4 KiB post-mortems in the layouts found in the wild.

/** A small seeded PRNG (mulberry32), so every run benchmarks the same texts. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = ['checkout API', 'search indexer', 'auth gateway', 'billing worker', 'CDN edge', 'queue consumer', 'primary database', 'feature flag service'];
const VERBS = ['returned errors', 'timed out', 'dropped connections', 'served stale data', 'crash-looped', 'ran out of disk', 'stopped processing jobs'];
const EVENTS = ['Deploy of the new build started', 'Error-rate alert fired and paged on-call', 'On-call acknowledged the page', 'Dashboards showed latency climbing on every node', 'Incident declared and a channel opened', 'Recent changes reviewed; config push suspected', 'Rollback started', 'Rollback finished; error rate falling', 'Customer support confirmed fewer tickets', 'Monitoring confirmed recovery', 'Incident closed'];
const SENTENCES = ['The change had passed review and the staging checks.', 'Nothing in the alerting covered this failure mode.', 'Retries made the load on the backend worse.', 'The runbook step for this case was out of date.', 'Capacity had been planned for the old traffic pattern.', 'The dependency was upgraded as part of routine maintenance.'];
const ACTIONS = ['Add an alert on consumer lag above five minutes', 'Validate pool limits in CI before deploy', 'Add a canary stage for config pushes', 'Document the rollback steps in the runbook', 'Cap client retries with exponential backoff', 'Review capacity for the new traffic pattern'];
const HEADINGS = [
  ['Summary', 'Impact', 'Timeline', 'Root Cause', 'What went well', 'What went wrong', 'Action Items', 'Lessons Learned'],
  ['Executive Summary', 'User impact', 'Detailed timeline (all times UTC)', 'Root Causes', 'Things that went well', 'What could be improved', 'Follow-ups', 'Takeaways'],
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function para(r: () => number, n: number): string {
  return Array.from({ length: n }, () => pick(r, SENTENCES)).join(' ');
}

const pad = (n: number): string => String(n).padStart(2, '0');

function timeline(r: () => number, style: number, date: string): string {
  let minutes = 9 * 60 + Math.floor(r() * 600);
  const rows: string[] = [];
  for (const e of EVENTS) {
    minutes += 1 + Math.floor(r() * 9);
    const t = `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
    if (style === 0) rows.push(`| ${date} ${t} | ${e}. ${pick(r, SENTENCES)} |`);
    else if (style === 1) rows.push(`- **${t}** - ${e}. ${pick(r, SENTENCES)}`);
    else rows.push(`### ${t}\n\n${e}. ${para(r, 2)}`);
  }
  if (style === 0) return `| Time | Event |\n|------|-------|\n${rows.join('\n')}`;
  return rows.join(style === 1 ? '\n' : '\n\n');
}

function actions(r: () => number, style: number): string {
  const items = ACTIONS.slice(0, 3 + Math.floor(r() * 3));
  if (style === 0) return `| Action | Owner | Priority | Due | Status |\n|---|---|---|---|---|\n${items.map((a, i) => `| ${a} | @owner${i} | P${i % 3} | 2024-04-0${i + 1} | Open |`).join('\n')}`;
  return items.map((a, i) => `- [${i % 2 === 0 ? ' ' : 'x'}] ${a} (owner: @dev${i})`).join('\n');
}

/** One post-mortem of about 4 KiB. */
export function generatePostmortem(r: () => number, n: number): string {
  const day = 1 + Math.floor(r() * 27);
  const date = `2024-03-${pad(day)}`;
  const h = pick(r, HEADINGS);
  const style = n % 3;
  const svc = pick(r, SERVICES);
  const out = [
    n % 2 === 0 ? `---\ntitle: ${svc} ${pick(r, VERBS)}\ndate: ${date}\nseverity: SEV-${1 + (n % 3)}\n---\n` : `# ${svc} ${pick(r, VERBS)}\n\n**Date:** ${date}\n**Severity:** P${n % 3}\n**Duration:** ${20 + n} minutes\n`,
    `## ${h[0]}\n\n${para(r, 6)}`,
    `## ${h[1]}\n\n- ${Math.floor(r() * 40)}% of requests failed\n- ${para(r, 1)}\n- ${para(r, 1)}`,
    `## ${h[2]}\n\n${timeline(r, style, date)}`,
    `## ${h[3]}\n\n${para(r, 8)}\n\n${para(r, 4)}`,
    `## ${h[4]}\n\n- ${para(r, 2)}\n- ${para(r, 2)}\n- ${para(r, 1)}`,
    `## ${h[5]}\n\n- ${para(r, 1)}\n- ${para(r, 1)}`,
    `## ${h[6]}\n\n${actions(r, n % 2)}`,
    `## ${h[7]}\n\n${para(r, 7)}`,
  ];
  return `${out.join('\n\n')}\n`;
}

/** `count` post-mortems from a fixed seed. */
export function generatePostmortems(count = 50, seed = 20240302): string[] {
  const r = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => generatePostmortem(r, i));
}
