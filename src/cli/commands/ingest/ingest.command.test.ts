import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findAdapter, type AdapterEntry } from '../../../formats/ingest/registry.ts';
import { PAYLOAD_FIXTURES } from '../../../../test/helpers/payload-fixtures.ts';
import { detectInputSource } from './detect-input.ts';
import { loadIngestInput } from './load-input.ts';
import { presentDryRun } from './render.ts';
import { runIngest } from './run-ingest.ts';

const fixture = (name: string): string => join(PAYLOAD_FIXTURES, name);
const entry = (source: string): AdapterEntry => findAdapter(source)!;

async function dryRun(source: string, path: string, opts: { from?: string; to?: string } = {}) {
  const e = entry(source);
  return runIngest(e, await loadIngestInput(e.input, path, { source, ...opts }), { ctx: {}, ...opts });
}

describe('ingest --dry-run', () => {
  it('prints the JSON contract with its keys in order', async () => {
    const out = presentDryRun(await dryRun('pagerduty', fixture('pagerduty-v3-acknowledged.json'))) as { events: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['events', 'hints', 'warnings']);
    expect(Object.keys(out.events[0]!)).toEqual(['at', 'precision', 'source', 'kind', 'text', 'actor', 'phase', 'link', 'idempotencyKey']);
  });

  it('folds redeliveries in a JSON array and sorts out-of-order deliveries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-ingest-'));
    const resolved = JSON.parse(readFileSync(fixture('alertmanager-resolved.json'), 'utf8'));
    const firing = JSON.parse(readFileSync(fixture('alertmanager-firing.json'), 'utf8'));
    writeFileSync(join(dir, 'batch.json'), JSON.stringify([resolved, firing, firing]));
    const r = await dryRun('alertmanager', join(dir, 'batch.json'));
    expect(r.events.map((e) => e.kind)).toEqual(['alert.firing', 'alert.firing', 'alert.resolved']);
    expect(r.events.map((e) => e.at)).toEqual(['2024-03-05T14:12:30.512345678Z', '2024-03-05T14:13:02Z', '2024-03-05T14:41:05.1Z']);
    expect(r.warnings.some((w) => w.message.includes('redelivered'))).toBe(true);
  });

  it('keeps only the --from/--to window', async () => {
    const r = await dryRun('git', fixture('git-log-oneline-iso.txt'), { from: '2024-03-05T00:00:00Z', to: '2024-03-05T14:00:00Z' });
    expect(r.events.map((e) => e.at)).toEqual(['2024-03-05T13:40:00Z']);
  });

  it('reads a Slack export folder, a channel folder and a zip alike', async () => {
    const folder = await dryRun('slack', fixture('slack-export'));
    const daily = await dryRun('slack', fixture('slack-export/inc-checkout/2024-03-05.json'));
    const dir = mkdtempSync(join(tmpdir(), 'debrief-slack-'));
    const files: Record<string, Uint8Array> = {};
    for (const p of ['channels.json', 'users.json', 'inc-checkout/2024-03-05.json']) files[`Acme Slack export/${p}`] = strToU8(readFileSync(fixture(`slack-export/${p}`), 'utf8'));
    writeFileSync(join(dir, 'export.zip'), zipSync(files));
    const zipped = await dryRun('slack', join(dir, 'export.zip'));
    expect(folder.events).toHaveLength(5);
    expect(zipped.events).toEqual(folder.events);
    expect(daily.events).toEqual(folder.events);
    expect(folder.events[1]?.text).toContain('@ana');
  });

  it('guesses the source when --source is absent', async () => {
    expect(await detectInputSource(fixture('opsgenie-acknowledge.json'))).toBe('opsgenie');
    expect(await detectInputSource(fixture('grafana-unified.json'))).toBe('grafana');
    expect(await detectInputSource(fixture('alertmanager-firing.json'))).toBe('alertmanager');
    expect(await detectInputSource(fixture('github-push.json'))).toBe('github');
    expect(await detectInputSource(fixture('pagerduty-v2-messages.json'))).toBe('pagerduty');
    expect(await detectInputSource(fixture('git-log-fuller.txt'))).toBe('git');
    expect(await detectInputSource(fixture('slack-export'))).toBe('slack');
  });

  it('refuses a bad payload naming the field', async () => {
    await expect(dryRun('opsgenie', fixture('github-push.json'))).rejects.toThrow('opsgenie: "action" must be a string');
  });
});
