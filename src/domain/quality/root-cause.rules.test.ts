import { describe, expect, it } from 'vitest';
import { findingsOf, withSection } from '../../../test/factories/quality-doc.ts';

const whys = (n: number, last = 'Because our review checklist does not cover config templates.') =>
  [
    '## 5 Whys',
    '',
    ...Array.from({ length: n }, (_, i) => [`**Why ${i + 1}:** Why did step ${i + 1} happen?`, i === n - 1 ? `→ ${last}` : '→ Because of the step before.', '']).flat(),
  ].join('\n');

describe('surface-cause', () => {
  it.each(['Typo in configuration file.', 'A bad deploy.', 'Human error.', 'A bug in the code.'])('fires on the trigger alone: "%s"', (cause) => {
    const f = findingsOf('surface-cause', withSection('Root Cause', cause));
    expect(f).toHaveLength(1);
    // A finding about the whole section is reported where a reviewer points: the section's heading (round 6).
    expect(f[0]?.quote).toBe('Root Cause');
    expect(f[0]?.message).toMatch(/process, check or design/);
  });

  it.each([
    'Typo in configuration file; configuration changes lack validation and testing.',
    'A bad deploy went out because the pipeline has no staging verification step.',
    'A bug in the code that no test covered, and the canary stage was skipped by design for hotfixes.',
  ])('passes a cause with a process behind it: "%s"', (cause) => {
    expect(findingsOf('surface-cause', withSection('Root Cause', cause))).toEqual([]);
  });

  it('fires on a 5 Whys chain shorter than the minimum, passes at 5, honours fiveWhysMinimum', () => {
    const three = withSection('Root Cause', `Config validation was missing (see logs).\n\n${whys(3)}`);
    expect(findingsOf('surface-cause', three)[0]?.message).toMatch(/3 whys; at least 5/);
    expect(findingsOf('surface-cause', withSection('Root Cause', `Config validation was missing.\n\n${whys(5)}`))).toEqual([]);
    expect(findingsOf('surface-cause', three, { fiveWhysMinimum: 3 })).toEqual([]);
  });

  it('fires on a 5 Whys chain that ends on a person', () => {
    const text = withSection('Root Cause', `Config validation was missing.\n\n${whys(5, 'Because the engineer forgot to run the linter.')}`);
    const f = findingsOf('surface-cause', text);
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/ends on a person/)]);
  });
});

describe('no-evidence', () => {
  it('fires on a root cause with nothing behind it', () => {
    const text = withSection('Root Cause', 'The cache layer was overwhelmed because nobody had sized it for the holiday peak.');
    const f = findingsOf('no-evidence', text);
    expect(f.map((x) => x.section)).toEqual(['rootCause']);
  });

  it('passes with a number, a link, a code block or an evidence section', () => {
    const plain = 'The cache layer was overwhelmed because nobody had sized it for the holiday peak.';
    expect(findingsOf('no-evidence', withSection('Root Cause', `${plain} Hit rate fell to 12%.`))).toEqual([]);
    expect(findingsOf('no-evidence', withSection('Root Cause', `${plain}\n\n\`\`\`\nevicted_keys 98122\n\`\`\``))).toEqual([]);
    const withEvidence = `${withSection('Root Cause', plain)}\n## Supporting Evidence\n\n- [Grafana: cache hit rate](https://grafana.example/d/cache)\n`;
    expect(findingsOf('no-evidence', withEvidence)).toEqual([]);
  });

  it('counts a citation of a kept evidence item, with or without its link, and nothing that only looks like one', () => {
    const plain = 'The cache layer was overwhelmed because nobody had sized it for the holiday peak.';
    expect(findingsOf('no-evidence', withSection('Root Cause', `${plain} See [evidence ev_aaaabbbbccccdddd].`))).toEqual([]);
    expect(findingsOf('no-evidence', withSection('Root Cause', `${plain} [evidence ev_aaaabbbbccccdddd](/incidents/X/evidence/ev_aaaabbbbccccdddd)`))).toEqual([]);
    expect(findingsOf('no-evidence', withSection('Impact', `${plain} [evidence ev_aaaabbbbccccdddd]`)).filter((f) => f.section === 'impact')).toEqual([]);
    expect(findingsOf('no-evidence', withSection('Root Cause', `${plain} [evidence pending]`)).map((f) => f.section)).toEqual(['rootCause']);
    expect(findingsOf('no-evidence', withSection('Root Cause', plain))[0]?.message).toMatch(/\[evidence ev_…\]/);
  });
});
