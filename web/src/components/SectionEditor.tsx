import { useState } from 'react';
import type { LocatedFinding } from '../lib/postmortem-markdown.ts';
import type { Section } from '../contract.ts';
import { filesOf } from '../lib/evidence.ts';
import { FindingList } from './FindingList.tsx';
import { FindingUnderlay } from './FindingUnderlay.tsx';
import { MarkdownView } from './MarkdownView.tsx';

/** One template section: heading, prompt, Markdown text with a preview, and its findings beside it. */
export function SectionEditor({ section, body, findings, readOnly, onChange, onFocus, onPasteFiles }: {
  section: Section; body: string; findings: LocatedFinding[]; readOnly: boolean; onChange: (body: string) => void;
  /** The section became the one being edited (where "cite" puts a citation). */
  onFocus?: (() => void) | undefined;
  /** Files (a screenshot) pasted into the text, with the caret position: kept as evidence and cited there. */
  onPasteFiles?: ((files: File[], at: number) => void) | undefined;
}) {
  const [preview, setPreview] = useState(false);
  const [scrollTop, setScrollTop] = useState(0);
  const id = `section-${section.key}`;
  const rows = Math.min(24, Math.max(4, body.split('\n').length + 1));
  return (
    <section className="section-editor" aria-labelledby={`${id}-h`}>
      <div className="section-main">
        <div className="section-head">
          <h2 id={`${id}-h`}>{section.heading}{section.required && <span className="required" title="required"> *</span>}</h2>
          <div role="group" aria-label={`${section.heading}: view`} className="tabs">
            <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>Write</button>
            <button type="button" aria-pressed={preview} onClick={() => setPreview(true)}>Preview</button>
          </div>
        </div>
        {section.prompt && <p className="prompt" id={`${id}-prompt`}>{section.prompt}</p>}
        {preview
          ? <MarkdownView text={body || '_Nothing written yet._'} label={`${section.heading} preview`} />
          : <div className="underlay-wrap">
            <FindingUnderlay body={body} findings={findings} scrollTop={scrollTop} />
            <textarea id={id} aria-labelledby={`${id}-h`} aria-describedby={section.prompt ? `${id}-prompt` : undefined}
              value={body} rows={rows} readOnly={readOnly} spellCheck onChange={(e) => onChange(e.target.value)} data-section={section.key}
              onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
              onFocus={onFocus} onPaste={(e) => {
                const files = filesOf(e.clipboardData);
                if (files.length === 0 || !onPasteFiles || readOnly) return;
                e.preventDefault();
                onPasteFiles(files, e.currentTarget.selectionStart);
              }} />
          </div>}
      </div>
      <aside className="section-findings" aria-live="polite">
        {findings.length === 0 ? <p className="muted ok">No findings</p> : <FindingList findings={findings} label={`Findings in ${section.heading}`} />}
      </aside>
    </section>
  );
}
