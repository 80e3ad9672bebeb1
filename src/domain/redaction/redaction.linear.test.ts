import { describe, expect, it } from 'vitest';
import { compilePatterns, redact } from './index.ts';
import { cpuMs } from '../../../test/support/cpu-time.ts';

/**
 * Every detector sees user text: on adversarial inputs the time at 8n must stay near 8x
 * the time at n (quadratic would be 64x). Ratios only, best of five, n grown until t(n) ≥ 20 ms, generous
 * bound (40: a busy two-core machine has measured 30 for linear code; quadratic stays far above).
 */
const dictionary = new Set(['the', 'restarted', 'and']);
const { patterns } = compilePatterns([{ name: 'project', pattern: 'Project [A-Z][a-z]+' }, { name: 'words', pattern: '\\w+@x' }]);
const opts = {
  people: ['Alice Smith', 'marcus', 'bob.jones'], customers: ['Acme Corp'], publicDomains: ['example.com'], dictionary, patterns,
  keep: ['Bob'], add: ['Falcon'],
};

function bestOf5(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    best = Math.min(best, cpuMs(() => redact(text, opts)));
  }
  return best;
}

const ADVERSARIAL: Record<string, (n: number) => string> = {
  'at signs': (n) => 'a@'.repeat(n),
  'word then at': (n) => `${'a'.repeat(n)}@`,
  'dots': (n) => 'a.'.repeat(n),
  'digit dots': (n) => '1.'.repeat(n),
  'colons': (n) => 'a:'.repeat(n),
  'hex run': (n) => 'f'.repeat(n * 2),
  'hashes': (n) => '#a'.repeat(n),
  'brackets': (n) => '[a]('.repeat(n),
  'urls': (n) => 'http://a'.repeat(n),
  'url without end': (n) => `https://${'a'.repeat(n * 2)}`,
  'phone digits': (n) => '+1 2'.repeat(n),
  'digits and spaces': (n) => '1 '.repeat(n),
  'capitalised words': (n) => 'Aa '.repeat(n),
  'names and verbs': (n) => 'Bob Jones restarted '.repeat(Math.ceil(n / 10)),
  'pipes': (n) => '|'.repeat(n),
  'table': (n) => `| Who | What |\n|---|---|\n${'| Bob | x |\n'.repeat(Math.ceil(n / 6))}`,
  'comments': (n) => '<!--'.repeat(n),
  'owner fields': (n) => 'owner: '.repeat(n),
  'owner list': (n) => `owner: ${'a, '.repeat(n)}`,
  'hyphens': (n) => 'a-1'.repeat(n),
  'slashes': (n) => '`a/'.repeat(n),
  'ticket-ish': (n) => 'AB-1'.repeat(n),
  'customer triggers': (n) => 'customer Acme '.repeat(Math.ceil(n / 7)),
  'many distinct customers and names': (n) => Array.from({ length: Math.ceil(n / 24) }, (_, i) => `customer Ab${i} and Xy${i} restarted `).join(''),
  'many distinct handles': (n) => Array.from({ length: Math.ceil(n / 8) }, (_, i) => `@u${i}x `).join(''),
  'one long line of one letter': (n) => 'x'.repeat(n * 2),
  'front matter unclosed': (n) => `---\n${'a: b\n'.repeat(n)}`,
};

/** t(8n) / t(n), with n doubled from 4,000 until t(n) is at least 20 ms (a few ms is mostly scheduling noise on a busy machine). */
function growth(make: (n: number) => string): { n: number; small: number; large: number; ratio: number } {
  let n = 4_000;
  let small = bestOf5(make(n));
  while (small < 20 && n < 64_000) {
    n *= 2;
    small = bestOf5(make(n));
  }
  const large = bestOf5(make(8 * n));
  return { n, small, large, ratio: large / Math.max(small, 3) };
}

describe('redaction runs in linear time', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(`on ${name}`, () => {
      redact(make(1000), opts);
      let g = growth(make);
      // Measured again once when over the bound, the lower ratio counting: noise slows one run, quadratic code every run.
      if (g.ratio >= 40) {
        const again = growth(make);
        if (again.ratio < g.ratio) g = again;
      }
      expect(g.ratio, `${name}: ${g.small.toFixed(1)} ms at n=${g.n}, ${g.large.toFixed(1)} ms at 8n`).toBeLessThan(40);
    });
  }
});

describe('custom patterns', () => {
  it('refuses nested quantifiers, back-references and invalid patterns, naming the pattern', () => {
    const { problems } = compilePatterns([
      { name: 'ok', pattern: 'PRJ-\\d+' }, { name: 'nested', pattern: '(a+)+b' }, { name: 'backref', pattern: '(a)\\1' }, { name: 'bad', pattern: '(' },
    ]);
    expect(problems.map((p) => p.path)).toEqual(['postmortem.redaction.patterns.1.pattern', 'postmortem.redaction.patterns.2.pattern', 'postmortem.redaction.patterns.3.pattern']);
  });
});
