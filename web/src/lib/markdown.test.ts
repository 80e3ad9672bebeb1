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
});
