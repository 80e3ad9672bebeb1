import { describe, expect, it } from 'vitest';
import { emailIn, isMachineName } from './people.ts';

describe('people and machines among an incident’s names', () => {
  it('leaves out bots, integrations, tokens and raw chat member ids', () => {
    for (const n of ['U0BMQB6JE', 'B01ABCDEF2', 'ingest:alertmanager', 'token:ci', 'local-cli', 'deploy-bot', 'dependabot[bot]', 'PagerDuty', 'github-actions']) {
      expect(isMachineName(n), n).toBe(true);
    }
  });
  it('keeps people, even those whose names contain "bot"', () => {
    for (const n of ['Maria Lopez', 'carol', 'Abbott', 'Botond Kiss', 'dana@example.com']) expect(isMachineName(n), n).toBe(false);
  });
  it('finds an e-mail address in a name', () => {
    expect(emailIn('Dana Ops <dana@example.com>')).toBe('dana@example.com');
    expect(emailIn('carol')).toBeNull();
  });
});
