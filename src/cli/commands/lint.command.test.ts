import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import type { Finding } from '../../domain/quality/quality.types.ts';
import { formatGithub, formatSarif, formatText, type FileReport } from './lint.format.ts';

const finding: Finding = { rule: 'blame', severity: 'error', message: 'Say what the system allowed, 100%: not who.', line: 7, quote: "John didn't test" };
const reports: FileReport[] = [{ file: 'docs/pm/a,b.md', findings: [finding], score: 70 }];

describe('lint output formats', () => {
  it('prints eslint-style text with a summary', () => {
    expect(formatText(reports)).toBe(
      'docs/pm/a,b.md:7  error    Say what the system allowed, 100%: not who.  blame\n✖ 1 problem (1 error, 0 warnings, 0 info) in 1 file\n',
    );
  });

  it('prints GitHub annotations with escaped properties and data', () => {
    expect(formatGithub(reports)).toBe('::error file=docs/pm/a%2Cb.md,line=7,title=blame::Say what the system allowed, 100%25: not who.\n');
  });

  it('writes SARIF 2.1.0 with every rule and a located result', () => {
    const sarif = JSON.parse(formatSarif(reports, '1.2.3'));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.length).toBe(17);
    expect(run.results[0]).toMatchObject({
      ruleId: 'blame',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/pm/a,b.md' }, region: { startLine: 7 } } }],
    });
  });
});

describe('debrief lint', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-lint-'));
  mkdirSync(join(dir, 'pm', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'pm', 'good.md'), GOOD_POSTMORTEM);
  writeFileSync(join(dir, 'pm', 'nested', 'bad.md'), withSection('Summary', "John didn't test properly."));
  writeFileSync(join(dir, 'pm', 'notes.txt'), "John didn't test properly.");
  const env = { ...process.env };
  delete env['DEBRIEF_CONFIG'];
  const run = (...args: string[]) => spawnSync(process.execPath, [join(process.cwd(), 'bin/debrief.js'), 'lint', ...args], { cwd: dir, encoding: 'utf8', env });

  it('walks directories for *.md, prints JSON with scores and exits 1 on an error finding', () => {
    const r = run('pm', '--format', 'json');
    const out = JSON.parse(r.stdout) as FileReport[];
    expect(out.map((x) => x.file.replace(/\\/g, '/'))).toEqual(['pm/good.md', 'pm/nested/bad.md']);
    expect(out[0]?.score).toBe(100);
    expect(out[1]?.findings.map((f) => f.rule)).toEqual(['blame']);
    expect(r.status).toBe(1);
  });

  it('exits 0 on a clean file, 1 naming an unreadable path, 2 on a usage error', () => {
    expect(run('pm/good.md').status).toBe(0);
    const missing = run('pm/good.md', 'missing.md');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read missing.md');
    expect(run('pm', '--format', 'xml').status).toBe(2);
  });

  it('fails on warnings only past --max-warnings', () => {
    writeFileSync(join(dir, 'warn.yaml'), 'quality:\n  rules:\n    blame:\n      severity: warning\n');
    const under = run('pm/nested/bad.md', '--config', 'warn.yaml', '--max-warnings', '5');
    expect(under.status).toBe(0);
    const over = run('pm/nested/bad.md', '--config', 'warn.yaml', '--max-warnings', '0');
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('more than --max-warnings 0');
    expect(run('pm', '--max-warnings', 'some').status).toBe(2);
  });

  it('expands glob patterns and leaves out what .debriefignore names', () => {
    writeFileSync(join(dir, '.debriefignore'), 'pm/nested/\n');
    try {
      const r = run('pm/**/*.md', '--format', 'json');
      expect((JSON.parse(r.stdout) as FileReport[]).map((x) => x.file)).toEqual(['pm/good.md']);
      expect(r.status).toBe(0);
      expect(run('nothing/**/*.md').status).toBe(1);
    } finally {
      writeFileSync(join(dir, '.debriefignore'), '');
    }
  });

  it('prints no summary beside the error when nothing could be read', () => {
    const r = run('missing.md');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cannot read missing.md');
  });

  it('honours the quality section of the config file', () => {
    writeFileSync(join(dir, 'lint.yaml'), 'quality:\n  rules:\n    blame:\n      severity: warning\n');
    const r = run('pm', '--config', 'lint.yaml');
    expect(r.stdout).toMatch(/bad\.md:\d+ {2}warning/);
    expect(r.status).toBe(0);
  });
});
