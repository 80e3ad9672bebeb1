import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import type { AppError } from '../domain/errors.ts';

describe('redaction settings in debrief.config.yaml', () => {
  it('reads public domains, customers and custom patterns', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'debrief-red-'));
    writeFileSync(join(cwd, 'debrief.config.yaml'), [
      'postmortem:', '  redaction:', '    publicDomains: [example.com]', '    customers: [Globex]',
      '    patterns:', '      - { name: codenames, pattern: "Project [A-Z][a-z]+", replacement: "[project]" }', '',
    ].join('\n'));
    const cfg = loadConfig({ env: {}, cwd });
    expect(cfg.postmortem.redaction).toMatchObject({ publicDomains: ['example.com'], customers: ['Globex'], patterns: [{ name: 'codenames' }] });
  });

  it('refuses a custom pattern that can backtrack catastrophically, naming its path', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'debrief-red-'));
    writeFileSync(join(cwd, 'debrief.config.yaml'), 'postmortem:\n  redaction:\n    patterns:\n      - { name: bad, pattern: "(a+)+$" }\n');
    try {
      loadConfig({ env: {}, cwd });
      expect.unreachable();
    } catch (e) {
      const errors = (e as AppError).details['errors'] as { path: string; message: string }[];
      expect(errors.map((p) => p.path)).toContain('postmortem.redaction.patterns.0.pattern');
    }
  });
});
