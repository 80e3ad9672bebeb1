import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders task list items as read-only checkboxes, not a literal "[ ]"', () => {
    const html = renderMarkdown('- [ ] Rotate the gateway certificate\n- [x] Add the expiry alert\n');
    expect(html).not.toContain('[ ]');
    expect(html).not.toContain('[x]');
    expect(html.match(/<input[^>]*type="checkbox"/g)).toHaveLength(2);
    expect(html).toMatch(/<input[^>]*checked[^>]*>/);
    expect(html).toMatch(/disabled/);
  });
  it('keeps raw HTML as text and drops javascript: links', () => {
    const html = renderMarkdown('<img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript:');
  });
  it('leaves a published version\'s front matter out instead of printing it as a paragraph', () => {
    const html = renderMarkdown('---\nformat: debrief/1\nid: INC-1\nstatus: approved\nrevision: 8\n---\n# Checkout outage\n\n## Summary\n\nPayments failed.\n');
    expect(html).not.toContain('format: debrief/1');
    expect(html).not.toContain('revision');
    expect(html).not.toContain('<hr');
    expect(html).toMatch(/^<h1>Checkout outage<\/h1>/);
  });
  it('shows a section still holding its template prompt as not written yet, not as a raw HTML comment', () => {
    const html = renderMarkdown('<!-- prompt: One-line, tweet-length summary of what happened. -->\n\nPayments failed.<!-- note to self -->\n');
    expect(html).not.toContain('&lt;!--');
    expect(html).not.toContain('tweet-length');
    expect(html).toContain('<em>Not written yet.</em>');
    expect(html).toContain('Payments failed.');
  });
  it('keeps a rule that is not at the start', () => {
    expect(renderMarkdown('Intro\n\n---\n\nafter: this\n\n---\n')).toContain('after: this');
  });
});
