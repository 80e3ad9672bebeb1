import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PolicyView } from '../../domain/policy/describe.ts';
import type { PolicyEvaluation } from '../../domain/policy/evaluate.ts';
import { registerPolicyCommand } from './policy.command.ts';

const dir = mkdtempSync(join(tmpdir(), 'debrief-policy-'));
const INCIDENT = {
  id: 'INC-2026-03-01-001',
  title: 'Checkout errors after deploy',
  severity: 'sev 3',
  type: 'deployment',
  startedAt: '2026-03-01T10:00:00Z',
  detectedAt: '2026-03-01T10:04:00Z',
  mitigatedAt: '2026-03-01T10:20:00Z',
  resolvedAt: '2026-03-01T10:45:00Z',
  customerVisible: true,
  slo: { target: '99.9%' },
  owner: { name: 'ignored: not a policy field' },
};

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function run(args: string[]): Promise<string> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const program = new Command('debrief').exitOverride();
  registerPolicyCommand(program);
  await program.parseAsync(['node', 'debrief', ...args]);
  return out;
}

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('debrief policy check (in process)', () => {
  it('prints verdict, deadlines and metrics as JSON for one incident', async () => {
    const out = JSON.parse(await run(['policy', 'check', file('inc.json', JSON.stringify(INCIDENT)), '--json', '--config', file('empty.yaml', '')])) as PolicyEvaluation;
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['verdict', 'deadlines', 'metrics']));
    expect(out.verdict.level).toBe('required');
    expect(out.verdict.reasons.map((r) => r.rule)).toEqual(['customer-outage', 'long-incident', 'error-budget']);
    expect(out.verdict.unknown).toEqual([]);
    expect(out.deadlines.meeting).toMatchObject({ at: '2026-03-03T10:45:00.000Z', rule: 'meeting', seed: '001', basis: 'resolvedAt' });
    expect(out.metrics).toMatchObject({ durationMinutes: 45, timeToDetectMinutes: 4, customerImpactMinutes: 20 });
    expect(out.metrics.errorBudget?.consumedPercent).toBe(46.3);
  });

  it('explains the verdict in text', async () => {
    const out = await run(['policy', 'check', file('inc.json', JSON.stringify(INCIDENT)), '--config', file('empty.yaml', '')]);
    expect(out).toContain('Post-mortem REQUIRED because:');
    expect(out).toContain('customer-visible outage of 20 min, longer than 5 min [customer-outage; seed 000]');
    expect(out).toMatch(/post-mortem meeting held +2026-03-03 10:45Z/);
  });

  it('uses --now for an unresolved incident and lists the unknown fields', async () => {
    const open = file('open.json', JSON.stringify({ severity: 'SEV-3', startedAt: '2026-03-01T10:00:00Z' }));
    const out = JSON.parse(await run(['policy', 'check', open, '--json', '--now', '2026-03-01T10:20:00Z', '--config', file('empty.yaml', '')]));
    expect(out.metrics).toMatchObject({ ongoing: true, durationMinutes: 20 });
    expect(out.verdict.unknown).toEqual(expect.arrayContaining(['sloBreached', 'dataAffected', 'resolvedAt', 'customerVisible']));
  });

  it('reads the policy section of the config file', async () => {
    const config = file('three.yaml', [
      'policy:',
      '  severity: { levels: [P1, P2, P3] }',
      '  rules:',
      '    severity: { severities: [P1] }',
      '    slo-breach: { severities: [P2] }',
      '    data-affected: { severities: [P2] }',
      '    complex-or-recurring: { severities: [P2] }',
      '    optional-severity: { severities: [P3] }',
      '  deadlines:',
      '    sources: [{ milestone: meeting, seed: ours, after: 24h }]',
      '  meeting: { lengths: [] }',
    ].join('\n'));
    const out = JSON.parse(await run(['policy', 'show', '--json', '--config', config])) as PolicyView;
    expect(out.severity.levels.map((l) => l.id)).toEqual(['P1', 'P2', 'P3']);
    expect(out.rules.find((r) => r.id === 'severity')).toMatchObject({ enabled: true, level: 'required', settings: { severities: ['P1'] } });
  });

  it('refuses an invalid config listing every problem', async () => {
    const config = file('bad.yaml', 'policy:\n  timeZone: Mars/Base\n  rules:\n    severity: { severities: [SEV-9] }\n    long-incident: { minutes: soon }\n');
    await expect(run(['policy', 'show', '--config', config])).rejects.toMatchObject({
      details: {
        errors: expect.arrayContaining([
          expect.objectContaining({ path: 'policy.timeZone' }),
          expect.objectContaining({ path: 'policy.rules.long-incident.minutes' }),
          expect.objectContaining({ path: 'policy.rules.severity.severities.0' }),
        ]),
      },
    });
  });
});

describe('node bin/debrief.js policy check --json (spawned, stdin)', { timeout: 180_000 }, () => {
  const root = resolve(import.meta.dirname, '../../..');
  const spawnCheck = (input: string, ...args: string[]) =>
    spawnSync(process.execPath, ['bin/debrief.js', 'policy', 'check', '-', ...args], {
      cwd: root, input, encoding: 'utf8', env: { ...process.env, DEBRIEF_CONFIG: join(dir, 'none.yaml') },
    });

  it('reads one incident from stdin', () => {
    const res = spawnCheck(JSON.stringify({ severity: 'P0', resolvedAt: '2026-03-01T12:00:00Z' }), '--json');
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout) as PolicyEvaluation;
    expect(out.verdict).toMatchObject({ level: 'required', reasons: [expect.objectContaining({ rule: 'severity' })] });
    expect(out.deadlines.meeting?.at).toBe('2026-03-02T12:00:00.000Z');
  });

  it('names the line of bad JSON and the field of a wrong type, exit 1', () => {
    const bad = spawnCheck('{\n  "severity": "SEV-1",\n}');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/standard input is not valid JSON at line 3, column 1/);
    const wrong = spawnCheck('{"severity": "SEV-1", "customerVisible": "yes", "environments": "PROD"}');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('customerVisible: Invalid input: expected boolean');
    expect(wrong.stderr).toContain('environments:');
  });
});
