import { describe, expect, it } from 'vitest';
import { classifyHeading } from './section-names.ts';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 25: the section of what comes next under the names people give it when it is not called actions
 * ("What's next", "Next", "How are we making incidents like this less likely?", "Prevention of recurrence",
 * "Countermeasures", "Going forward"), and the names that stay something else.
 */
describe('the next-steps section under its other names (round 25)', () => {
  it.each([
    'Next', "What's next", 'Next up', 'How are we making incidents like this less likely or less impactful?',
    "How we'll prevent this", "What we're doing to prevent it happening again", 'Prevention of recurrence', 'Recurrence prevention',
    'Countermeasures', 'What we will do', 'Going forward', 'Moving forward',
  ])('reads %s as the action items', (heading) => {
    expect(classifyHeading(heading)).toBe('actionItems');
  });

  it.each([
    ['Prevention', null], ['Detection and prevention', 'detection'], ['What happened next', 'summary'],
    ['Lessons and going forward', 'lessons'], ['Next steps', 'actionItems'],
  ] as const)('leaves %s to what it names', (heading, key) => {
    expect(classifyHeading(heading)).toBe(key);
  });

  it('reads the items under an Azure-style heading as action items', () => {
    const doc = [
      '# DNS resolution failures', '', '## What happened', '', 'Resolvers returned SERVFAIL for 38 minutes.', '',
      '## How are we making incidents like this less likely or less impactful?', '',
      '- Adding a check that refuses to publish a key whose test signature fails (Owner: DNS team, by 2026-05-15).',
      '- Improving our monitoring.',
    ].join('\n');
    const items = parsePostmortem(doc).doc.actionItems;
    expect(items).toHaveLength(2);
    expect(items[1]!.text).toContain('Improving our monitoring');
  });
});
