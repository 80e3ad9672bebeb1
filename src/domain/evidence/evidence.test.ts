import { describe, expect, it } from 'vitest';
import { citedIds, citationOf, evidenceList, hasCitation, withEvidenceList } from './citation.ts';
import { parseCovers } from './covers.ts';
import { externalEvidence } from './publish.ts';
import { sniffContentType } from './sniff.ts';
import type { EvidenceItem } from './evidence.schema.ts';

const bytes = (...xs: (number | string)[]): Uint8Array => Buffer.concat(xs.map((x) => (typeof x === 'string' ? Buffer.from(x, 'latin1') : Buffer.from([x]))));

describe('content type from the bytes', () => {
  it.each([
    [bytes(0x89, 'PNG\r\n', 0x1a, '\n', 0, 0), 'image/png', true],
    [bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg', true],
    [bytes('GIF89a', 1, 0), 'image/gif', true],
    [bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '), 'image/webp', true],
    [bytes('%PDF-1.7\n'), 'application/pdf', false],
    [bytes(0x1f, 0x8b, 8, 0), 'application/gzip', false],
    [bytes('PK', 3, 4, 20), 'application/zip', false],
    [bytes('{"alerts": []}'), 'application/json', false],
    [bytes('time,rate\n14:00,0.1\n14:01,0.2\n'), 'text/csv; charset=utf-8', false],
    [bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'), 'image/svg+xml', false],
    [bytes('  <!DOCTYPE html><html><script>x</script>'), 'text/html', false],
    [bytes('2026-03-10 ERROR pool exhausted\n'), 'text/plain; charset=utf-8', false],
    [bytes(0, 1, 2, 3, 250), 'application/octet-stream', false],
  ])('sniffs %#', (head, type, preview) => {
    expect(sniffContentType(head)).toEqual({ contentType: type, preview });
  });

  it('keeps pasted text as text whatever it holds, and never previews it', () => {
    expect(sniffContentType(bytes('<svg onload=alert(1)>'), 'text')).toEqual({ contentType: 'text/plain; charset=utf-8', preview: false });
  });

  it('reads text cut in the middle of a UTF-8 character at the end of the head', () => {
    const head = Buffer.from('délai dépassé'.repeat(10)).subarray(0, 20);
    expect(sniffContentType(head).contentType).toBe('text/plain; charset=utf-8');
  });
});

describe('covers ranges', () => {
  it('places clock times on the incident day, rolls over midnight, and reads ISO instants and open ends', () => {
    expect(parseCovers('14:00..14:30', '2026-03-10')).toEqual({ from: '2026-03-10T14:00:00.000Z', to: '2026-03-10T14:30:00.000Z' });
    expect(parseCovers('23:50..00:10', '2026-03-10')).toEqual({ from: '2026-03-10T23:50:00.000Z', to: '2026-03-11T00:10:00.000Z' });
    expect(parseCovers('2026-03-10T14:00+01:00..', '2026-03-10')).toEqual({ from: '2026-03-10T13:00:00.000Z', to: null });
    expect(() => parseCovers('14:00-14:30', '2026-03-10')).toThrow(/FROM\.\.TO/);
    expect(() => parseCovers('lunch..14:30', '2026-03-10')).toThrow(/"lunch" is not a time/);
    expect(() => parseCovers('2026-03-11T00:00Z..2026-03-10T00:00Z', '2026-03-10')).toThrow(/before/);
  });
});

const item = (id: string, over: Partial<EvidenceItem> = {}): EvidenceItem => ({
  id, incidentId: 'INC-1', kind: 'file', caption: `caption ${id}`, name: 'a.png', covers: { from: null, to: null }, source: null, tool: null, exitCode: null,
  url: null, title: null, sha256: 'a'.repeat(64), size: 10, contentType: 'image/png', preview: true, public: false, supersedes: null,
  addedBy: 'dana', addedAt: '2026-03-10T12:00:00.000Z', deletedAt: null, deletedBy: null, deleteReason: null,
  links: { self: '', content: '', page: '' }, citation: citationOf('INC-1', id), ...over,
});

describe('citations', () => {
  const a = 'ev_00000000000000aa';
  const b = 'ev_00000000000000bb';
  it('reads linked and bare citations once each, and nothing that only looks like one', () => {
    expect(citedIds(`see ${citationOf('INC-1', a)} and [evidence ${b}] and ${citationOf('INC-1', a)}`)).toEqual([a, b]);
    expect(hasCitation('[evidence ev_123] [evidence pending]')).toBe(false);
  });

  it('rewrites the managed list in place and keeps what people wrote around it', () => {
    const first = withEvidenceList('Dashboards we used.', evidenceList([item(a)], null));
    const second = withEvidenceList(first, evidenceList([item(a), item(b)], 'https://d.example/'));
    expect(second.startsWith('Dashboards we used.\n\n<!-- debrief:evidence -->')).toBe(true);
    expect(second.match(/<!-- debrief:evidence -->/g)).toHaveLength(1);
    expect(second).toContain(`- [evidence ${b}](https://d.example/incidents/INC-1/evidence/${b}): caption ${b}`);
  });

  it('external publication keeps public items that pass redaction, without links or who added them, and drops other citations', () => {
    const md = `Cause ${citationOf('INC-1', a)} and ${citationOf('INC-1', b)}.\n\n${evidenceList([item(a, { public: true }), item(b)], null)}`;
    const out = externalEvidence(md, [item(a, { public: true }), item(b)], () => true);
    expect(out.markdown).toContain(`Cause [evidence ${a}] and .`);
    expect(out.markdown).not.toContain(b);
    expect(out.markdown).not.toContain('dana');
    expect(out.markdown).not.toContain('/evidence/');
    expect(out.withheld).toEqual([b]);
    expect(externalEvidence(md, [item(a, { public: true }), item(b)], () => false).included).toEqual([]);
  });
});
