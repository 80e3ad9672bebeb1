import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { redact } from './index.ts';

const dictionary = new Set<string>(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
const out = (text: string, people: string[] = []) => redact(text, { people, dictionary, publicDomains: ['example.com'] }).markdown.trim();

describe('redaction detectors', () => {
  it.each([
    ['then priya restarted the pod', 'then a team member restarted the pod'],
    ['Bob Jones restarted the pod.', 'A team member restarted the pod.'],
    ['We paged Priya at 10:02.', 'We paged a team member at 10:02.'],
    ['- 10:14 marcus: rolling back the deploy now', '- 10:14 a team member: rolling back the deploy now'],
    ['Alice and the team rolled back.', 'A team member and the team rolled back.'],
    ['db at checkout-db-1.prod.acme.net (10.0.3.7) and fd00::1', 'db at [internal host] ([IP address]) and [IP address]'],
    ['see https://example.com/status and https://acme.atlassian.net/browse/OPS-1', 'see https://example.com/status and [internal link]'],
    ['the [runbook](https://wiki.acme.net/x) says so', 'the runbook says so'],
    ['call +1 (415) 555-0132 or ops@acme.com', 'call [phone removed] or [email removed]'],
    ['customer Acme saw errors in #incident-7', 'a customer saw errors in [internal channel]'],
    ['Grace noticed the spike; Jakob (SRE) confirmed.', 'A team member noticed the spike; a team member (SRE) confirmed.'],
    ['Dr. Maria Gonzalez approved it.', 'A team member approved it.'],
  ])('removes: %s', (input, expected) => {
    expect(out(input, ['Alice Smith'])).toBe(expected);
  });

  it.each([
    'The pod restarted and Kubernetes rescheduled it.',
    'Will this happen again? Monitoring detected the issue at 10:02:33 UTC.',
    'We changed config.yaml and index.js; Node.js 20 and v1.2.3 are unaffected.',
    'SEV-1 incidents follow RFC-2119 wording and CVE-2021-44228 was not involved.',
    'Error rates rose from 0.5% to 12% (p99 2.4 s) between 14:05 and 14:30.',
    'See https://kubernetes.io/docs/concepts/ for background.',
    'May was quiet and hope was high; the Grant program was fine.',
  ])('keeps ordinary text: %s', (input) => {
    expect(out(input)).toBe(input);
  });

  it('never returns the front matter', () => {
    const r = redact('---\nid: INC-1\nstatus: approved\nrevision: 3\nsections: [summary]\n---\n# Title\n\nText.\n', { people: [], dictionary });
    expect(r.markdown).toBe('# Title\n\nText.\n');
    expect(r.redactions[0]).toMatchObject({ detector: 'front-matter', line: 1 });
  });

  it('lets the publisher keep an item and remove more', () => {
    const r = redact('Priya fixed Project Falcon.', { people: [], dictionary, keep: ['Priya'], add: ['Project Falcon'] });
    expect(r.markdown.trim()).toBe('Priya fixed [removed].');
    expect(r.kept).toEqual([{ text: 'Priya', count: 1 }]);
  });
});
