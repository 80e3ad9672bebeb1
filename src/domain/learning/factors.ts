/**
 * Contributing-factor categories (seed 002: technical / process / organizational), found
 * from the words a post-mortem uses. Each category lists the cue words that put it there,
 * so the result is explainable.
 */
export type FactorCategory = 'technical' | 'process' | 'organizational';

export const FACTOR_CUES: Record<FactorCategory, readonly string[]> = {
  technical: ['bug', 'memory', 'leak', 'timeout', 'latency', 'certificate', 'dns', 'disk', 'cpu', 'database', 'query', 'index', 'cache',
    'config', 'configuration', 'deploy', 'deployment', 'network', 'overload', 'capacity', 'race', 'deadlock', 'replication', 'failover',
    'expired', 'exhaustion', 'pool', 'crash', 'regression', 'dependency', 'upgrade', 'migration', 'load', 'throttling', 'quota'],
  process: ['runbook', 'review', 'rollback', 'checklist', 'monitoring', 'alert', 'alerting', 'testing', 'test', 'staging', 'canary',
    'procedure', 'process', 'escalation', 'handoff', 'documentation', 'approval', 'change', 'rollout', 'on-call', 'oncall', 'playbook'],
  organizational: ['staffing', 'ownership', 'owner', 'team', 'training', 'communication', 'priorit', 'pressure', 'deadline', 'knowledge',
    'silo', 'vendor', 'contract', 'budget', 'turnover', 'reorg', 'fatigue', 'understaffed', 'coordination'],
};

/** The categories whose cue words occur in the text (whole-word prefix match), with the cues found. */
export function factorCategories(text: string): { category: FactorCategory; cues: string[] }[] {
  const words = new Set(text.toLowerCase().match(/[a-z][a-z-]*/g) ?? []);
  const out: { category: FactorCategory; cues: string[] }[] = [];
  for (const category of Object.keys(FACTOR_CUES) as FactorCategory[]) {
    const cues = FACTOR_CUES[category].filter((cue) => [...words].some((w) => w === cue || (cue.length >= 6 && w.startsWith(cue))));
    if (cues.length > 0) out.push({ category, cues });
  }
  return out;
}
