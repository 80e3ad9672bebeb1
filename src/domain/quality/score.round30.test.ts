import { describe, expect, it } from 'vitest';
import { withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem, scorePostmortem } from './index.ts';

/**
 * Issue 16, round 30: an unticked checkbox is read by what follows it. A task list of written items ("- [ ] Add a retry
 * limit of 5 …") is the author's action items, not the template's scaffolding; "- [ ]" alone, or over a label or a
 * bracketed prompt, still is.
 */
function scored(text: string) {
  const { doc } = parsePostmortem(text);
  const findings = lintPostmortem(doc, text, { config: DEFAULT_QUALITY_CONFIG });
  const result = scorePostmortem(findings, doc);
  return { findings, score: result.score, cat: Object.fromEntries(result.breakdown.map((b) => [b.category, b])) };
}

describe('score: unticked checkboxes (round 30)', () => {
  it('a task list of written, owned, dated items earns the action-items part', () => {
    const s = scored(withSection('Action Items', [
      '- [ ] Add a retry limit of 5 and a dead-letter queue to `webhook-dispatcher`; done when a malformed event lands in the DLQ. Assignee: @lucia · Due: 2027-03-01',
      '- [ ] Alert `webhook-queue-oldest-age` at 3 minutes instead of 10 — @mei, due 2027-03-08',
    ].join('\n')));
    expect(s.cat['actionItems']?.points).toBe(20);
    expect(s.cat['actionItems']?.because).not.toMatch(/still holds the template/);
  });

  it('a task list of empty checkboxes, labels and bracketed prompts is still the template and scores zero', () => {
    const s = scored(withSection('Action Items', ['- [ ] [Action item]', '- [ ] Owner:', '- [ ]'].join('\n')));
    expect(s.cat['actionItems']?.points).toBe(0);
    expect(s.cat['actionItems']?.because).toMatch(/still holds the template/);
  });
});

describe('score: a post-mortem is as strong as its weakest part (round 30)', () => {
  const BLAMES = 'Nadia should have checked the host list. Ken dropped the ball on the review. The DBA was careless with the restore.';

  it('a document sound everywhere but blaming in three sentences scores no more than 50, and says why', () => {
    const s = scored(withSection('Summary', BLAMES));
    expect(s.cat['blameless']?.points).toBe(0);
    expect(s.score).toBe(50);
    expect(s.cat['rootCause']?.because).toMatch(/weakest part \(blameless language, 0 of 20\) holds the document to 50/);
  });

  it('the breakdown still adds up to the score when the weakest part holds it', () => {
    const s = scored(withSection('Summary', BLAMES));
    expect(Math.round(Object.values(s.cat).reduce((n, b) => n + (b?.points ?? 0), 0))).toBe(s.score);
  });

  it('hard negative: a part at 20 of 20 everywhere is not held, and the other parts keep their points', () => {
    const s = scored(withSection('Summary', 'Checkout returned HTTP 502 for 23 minutes. Nadia rolled back release 812 at 14:20.'));
    expect(s.cat['blameless']?.because).not.toMatch(/holds the document/);
  });
});
