// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LocatedFinding } from '../lib/postmortem-markdown.ts';
import { FindingUnderlay, underlinesOf } from './FindingUnderlay.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
beforeEach(() => { host = document.createElement('div'); document.body.append(host); root = createRoot(host); });
afterEach(() => { act(() => root.unmount()); host.remove(); });

const body = 'Checkout failed for 23 minutes.\nJohn should have tested it. Later, Sarah dropped the ball on the rollback.';
const finding = (sectionLine: number | null, column: number | undefined, endColumn: number | undefined, severity: LocatedFinding['severity'] = 'error'): LocatedFinding => ({
  rule: 'blame', severity, message: 'singles out a person', line: 10, quote: 'q', sectionHeading: null, sectionLine,
  ...(column === undefined ? {} : { column }), ...(endColumn === undefined ? {} : { endColumn }),
});

describe('FindingUnderlay', () => {
  it('underlines each finding of a paragraph at its own column range', () => {
    const findings = [finding(2, 1, 24), finding(2, 36, 58, 'warning')];
    act(() => root.render(<FindingUnderlay body={body} findings={findings} scrollTop={0} />));
    const marks = [...host.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['John should have tested', 'Sarah dropped the ball']);
    expect(marks.map((m) => m.className)).toEqual(['underline underline-error', 'underline underline-warning']);
    expect(host.textContent).toContain('Checkout failed for 23 minutes.');
  });

  it('leaves out findings without a column, outside the body or on the whole document', () => {
    expect(underlinesOf(body, [finding(null, 1, 4), finding(2, undefined, undefined), finding(9, 1, 4)])).toEqual([]);
    expect(underlinesOf(body, [finding(1, 10, 500)])).toEqual([expect.objectContaining({ line: 0, start: 9, end: 31 })]);
  });
});
