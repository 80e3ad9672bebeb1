import { describe, expect, it } from 'vitest';
import { findingsOf, GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';

const inWrong = (text: string) => `${GOOD_POSTMORTEM}\n## What Went Wrong\n\n${text}\n`;

describe('blame', () => {
  it.each([
    "John didn't test properly before the release.",
    'Sarah should have been watching the dashboard.',
    'This was human error by the on-call.',
    'The engineer forgot to drain the node.',
    "The outage was caused by Bob's mistake.",
    '@dave broke prod.',
  ])('fires on "%s" with line and quote', (sentence) => {
    const text = inWrong(`- ${sentence}`);
    const [f] = findingsOf('blame', text);
    expect(f?.line).toBe(text.split('\n').findIndex((l) => l.includes(sentence)) + 1);
    expect(f?.quote).toContain(sentence.slice(0, 20));
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/system or process/);
    expect(f?.section).toBe('whatWentWrong');
  });

  it.each([
    'Alice rolled back the deploy.',
    'Thanks to Priya for the quick diagnosis.',
    'The on-call engineer paged the DB team.',
    'The deployment process did not catch this bug.',
  ])('passes the neutral mention "%s"', (sentence) => {
    expect(findingsOf('blame', inWrong(`- ${sentence}`))).toEqual([]);
  });

  it('passes a person thanked in What went well, even next to the word "mistake"', () => {
    const text = withSection('What Went Well', "- Bob caught Carol's mistake in review before it shipped; thanks Bob!");
    expect(findingsOf('blame', text)).toEqual([]);
  });

  it('passes "human error" inside quoted advice and blockquotes', () => {
    const text = inWrong(
      ['We agreed to stop writing "human error" as a root cause.', '', '> ❌ "John didn\'t test properly"', '> Root cause: human error'].join('\n'),
    );
    expect(findingsOf('blame', text)).toEqual([]);
  });

  it('passes the seed\'s own ✅/❌ examples and code blocks', () => {
    const text = inWrong(['- ❌ "Sarah should have been watching the dashboard"', '', '```', 'human error by the on-call', '```'].join('\n'));
    expect(findingsOf('blame', text)).toEqual([]);
  });

  it('points each of two identical blaming clauses on one line at its own column', () => {
    const line = '- The engineer ignored the alert; later the engineer ignored the alert again.';
    const text = inWrong(line);
    const found = findingsOf('blame', text).filter((f) => f.line === text.split('\n').indexOf(line) + 1);
    expect(found.map((f) => f.column)).toEqual([line.indexOf('The engineer') + 1, line.lastIndexOf('the engineer') + 1]);
  });

  it('judges a short follow-up with the sentence before it ("He said he had tested it. He hadn\'t."), reported once', () => {
    const text = inWrong("Tobias said he had tested the migration. He hadn't. The rollback took four minutes.");
    const found = findingsOf('blame', text);
    expect(found).toHaveLength(1);
    expect(found[0]?.quote).toMatch(/^Tobias said/);
  });

  it('passes a short neutral follow-up ("Errors stopped at 14:05.")', () => {
    expect(findingsOf('blame', inWrong('Maria rolled back the deploy at 14:02. Errors stopped at 14:05.'))).toEqual([]);
  });

  it('finds blame in a timeline row', () => {
    const text = GOOD_POSTMORTEM.replace('| 14:05 | On-call acknowledged and started investigating |', '| 14:05 | The on-call engineer ignored the page |');
    expect(findingsOf('blame', text).map((f) => f.section)).toEqual(['timeline']);
  });
});

describe('defensive', () => {
  it.each([
    'We followed the process correctly.',
    'This was not our fault: the vendor changed the API.',
    'Nothing could have prevented this outage.',
    'As expected, the system shed load.',
    'We did everything right.',
  ])('fires on "%s"', (sentence) => {
    const f = findingsOf('defensive', inWrong(sentence));
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('warning');
  });

  it.each([
    'Database failover worked as expected.',
    'Could anything have prevented this? Yes: a staging check.',
    'The process we followed did not cover config files.',
  ])('passes "%s"', (sentence) => {
    expect(findingsOf('defensive', inWrong(sentence))).toEqual([]);
  });

  it('ignores "worked as expected" in What went well', () => {
    expect(findingsOf('defensive', withSection('What Went Well', '- The system behaved as designed: the circuit breaker opened.'))).toEqual([]);
  });
});
