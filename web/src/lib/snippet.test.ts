import { describe, expect, it } from 'vitest';
import { snippetParts } from './snippet.ts';

describe('snippetParts', () => {
  it('marks the words between ** pairs', () => {
    expect(snippetParts('the **certificate** had **expired** on the proxy')).toEqual([
      { text: 'the ', mark: false }, { text: 'certificate', mark: true }, { text: ' had ', mark: false },
      { text: 'expired', mark: true }, { text: ' on the proxy', mark: false },
    ]);
  });
  it('keeps a snippet with an unpaired marker as plain text', () => {
    expect(snippetParts('a ** b **c** d')).toEqual([{ text: 'a ** b **c** d', mark: false }]);
  });
  it('keeps markup in the text as text (rendered by React, never as HTML)', () => {
    expect(snippetParts('<img src=x> **alert**')).toEqual([{ text: '<img src=x> ', mark: false }, { text: 'alert', mark: true }]);
  });
});
