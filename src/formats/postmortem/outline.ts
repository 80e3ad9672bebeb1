// Builds the section tree of a document: headings of any level and bold labels.
import type { Section, SectionKey } from '../../domain/postmortem/document.types.ts';
import type { Block, Inline } from './blocks.ts';
import { ABSORBING, classifyHeading, glossKey, metaField, normaliseHeading } from './section-names.ts';

/** Round 35: the names a tracker gives an issue's log (Jira, Linear, GitHub, ServiceNow exports). */
const TRACKER_LOG = /^(?:activity|activity (?:log|feed|stream)|history|issue history|change history|comments|work log|audit (?:log|trail))$/;

/** A piece of a section in reading order: a sub-heading (or sub-label) or a block. */
export type StreamItem = { kind: 'marker'; text: string; line: number } | { kind: 'block'; block: Block };

type Part = { start: number; end: number; cut: 'none' | 'label' };

type Node = {
  kind: 'root' | 'title' | 'heading' | 'label';
  key: SectionKey | null;
  heading: string;
  level: number;
  head: Part | null;
  parts: Part[];
  stream: StreamItem[];
  children: Node[];
};

/** A section found in the text, with what the readers need of it. */
export type FoundSection = { section: Section; stream: StreamItem[]; parts: Part[] };

export type Outline = { title: string | null; titleLine: number; sections: FoundSection[] };

export type OutlineOptions = {
  /** Debrief's own format: only `#`/`##` headings make sections, no labels. */
  flat: boolean;
  /** Heading → key overrides written by Debrief's writer. */
  overrides: ReadonlyMap<string, SectionKey | null>;
};

/** Round 29: the sections a plain run-in label may open under a timeline. */
const CLOSES_TIMELINE: ReadonlySet<SectionKey> = new Set<SectionKey>(['rootCause', 'impact', 'resolution', 'actionItems', 'lessons', 'whatWentWell', 'whatWentWrong', 'contributingFactors']);

const node = (kind: Node['kind'], key: SectionKey | null, heading: string, level: number, head: Part | null): Node =>
  ({ kind, key, heading, level, head, parts: [], stream: [], children: [] });

function labelOf(inline: Inline): { label: string; rest: string; below?: boolean } | null {
  if (inline.italicLine !== undefined) {
    const nl = inline.text.indexOf('\n');
    return { label: inline.italicLine.replace(/:$/, ''), rest: nl < 0 ? '' : inline.text.slice(nl + 1), below: nl >= 0 };
  }
  if (inline.leadBold !== null) {
    const after = inline.afterBold;
    // Round 10: a bold line of its own with the answer on the lines below it ("**Summary – what happened?**" / "During …"),
    // as a form export writes it: a label whose text starts on the next line.
    if (/^[ \t]*\n/.test(after) && !inline.leadBold.includes('\n')) return { label: inline.leadBold.replace(/:$/, ''), rest: after.replace(/^[ \t]*\n/, ''), below: true };
    if (inline.leadBold.endsWith(':')) return { label: inline.leadBold.slice(0, -1), rest: after.trim() };
    if (/^\s*:/.test(after)) return { label: inline.leadBold, rest: after.replace(/^\s*:\s*/, '') };
    // Round 24: a run-in heading of a few words closed by a full stop ("**Root cause.** A config change …").
    if (/^[^.!?:\n]{3,40}\.$/.test(inline.leadBold) && inline.leadBold.split(' ').length <= 4 && /^[ \t]+\S/.test(after)) return { label: inline.leadBold.slice(0, -1), rest: after.trim() };
    if (after.trim() === '') return { label: inline.leadBold, rest: '' };
    // Round 11: a note in brackets after a bold label on a line of its own ("**Timeline** (pasted from #ops)").
    if (/^[ \t]{1,4}\([^()\n]{1,80}\)[ \t]*(?:\n|$)/.test(after)) return { label: inline.leadBold, rest: after.replace(/^[^\n]*\n?/, ''), below: after.includes('\n') };
    return null;
  }
  // Round 16: with a note in brackets before the colon ("Corrective actions (problem tasks):", a ServiceNow record).
  const m = /^([A-Z][A-Za-z /&'-]{2,40}(?: \([^()\n]{1,40}\))?):(?:\s+|$)/.exec(inline.text);
  // Round 25: a label on a line of its own ("Actions:" over the items) puts its text on the lines below it.
  return m ? { label: m[1] ?? '', rest: inline.text.slice(m[0].length), below: m[0].includes('\n') } : null;
}

const restBlock = (rest: string, line: number, end: number): Block[] =>
  rest.trim() === '' ? [] : [{ type: 'paragraph', inline: { text: rest, leadBold: null, afterBold: '', struck: false }, line, end }];

/** Builds the outline of a document from its blocks. `lineOffset` maps block lines to 1-based file lines. */
export function buildOutline(blocks: Block[], lineOffset: number, opts: OutlineOptions): Outline {
  const root = node('root', null, '', 0, null);
  const stack: Node[] = [root];
  let title: string | null = null;
  let titleLine = 0;
  const top = (): Node => stack[stack.length - 1] ?? root;
  /** The keys given so far. */
  const used = new Set<SectionKey>();
  const keysAbove = (): SectionKey[] => stack.flatMap((n) => (n.key === null ? [] : [n.key]));

  // A label closes the label before it ("**Timeline:**" … "**Root cause:** …"), so it is read against the sections
  // above the labels: a label after a labelled timeline is a section of its own, not a part of the timeline.
  const keysBelowLabels = (): SectionKey[] => stack.flatMap((n) => (n.key === null || n.kind === 'label' ? [] : [n.key]));
  const keyFor = (text: string, strict: boolean, asLabel = false, runIn = false): SectionKey | null => {
    const o = opts.overrides.get(text);
    if (o !== undefined) return o;
    const above = asLabel ? keysBelowLabels() : keysAbove();
    if (!runIn && above.some((k) => ABSORBING.has(k))) return null;
    const key = classifyHeading(text, strict || (opts.flat ? false : above.length > 0 && strict));
    const taken = (k: SectionKey | null): boolean => k === null || above.includes(k) || (k === 'summary' && above.length > 0);
    // Round 13: a name already used may carry the section's real name in brackets ("**What happened (timeline, UTC)**"
    // after "**Summary**").
    const gloss = key === null || opts.flat || (!taken(key) && !used.has(key)) ? null : glossKey(text);
    if (gloss !== null && !taken(gloss) && !used.has(gloss)) return gloss;
    return taken(key) ? null : key;
  };
  // `paragraph`: a label on a paragraph of its own; one on a list item stays a part of a labelled timeline or action list.
  const label = (inline: Inline, paragraph = false, overList = false): { key: SectionKey; text: string; rest: string; below: boolean } | null => {
    const keys = paragraph ? keysBelowLabels() : keysAbove();
    if (opts.flat) return null;
    // Round 29: a plain run-in label of a paragraph of its own under a timeline ("Root cause: The limit was …" after the
    // entries, as a ticket's plain text runs its fields on) closes the timeline when it names a section of the review's
    // own; a bold or italic label there stays a part of the timeline (a phase, a note).
    const runIn = paragraph && inline.leadBold === null && inline.italicLine === undefined && top().key === 'timeline' && keys.filter((k) => ABSORBING.has(k)).every((k) => k === 'timeline');
    if (!runIn && keys.some((k) => ABSORBING.has(k))) return null;
    // Round 29: a short line of its own right over a list, with no colon ("To-dos" / "- Look into …"), is the list's label
    // when it is a section's name as a whole.
    const l = labelOf(inline) ?? (overList && inline.leadBold === null && inline.italicLine === undefined && /^\p{L}[^\n.!?:]{1,38}$/u.test(inline.text.trim()) ? { label: inline.text.trim(), rest: '' } : null);
    if (runIn && (l === null || !CLOSES_TIMELINE.has(classifyHeading(l.label, true) as SectionKey))) return null;
    if (l === null || l.label.length > 60 || metaField(l.label) !== null) return null;
    // Round 28: a note to self in capitals ("TODO: add the graph") is no section of actions.
    if (inline.leadBold === null && /^(?:TODO|FIXME|TBD)$/.test(l.label) && l.rest.trim() !== '') return null;
    // An italic line names a section only as a whole ("*Timeline (PST)*"), never as prose in italics ("*Note: …*").
    const strict = inline.leadBold === null || inline.italicLine !== undefined || keys.length > 0;
    const key = keyFor(l.label, strict, paragraph, runIn);
    return key === null ? null : { key, text: l.label, rest: l.rest, below: l.below === true };
  };
  const closesLabel = (inline: Inline): boolean =>
    !opts.flat && inline.italicLine !== undefined && top().kind === 'label' && !ABSORBING.has(top().key as SectionKey) &&
    label(inline, true) === null && inline.italicLine.length <= 60 && /^\p{Lu}/u.test(inline.italicLine) && !/[.!?]$/.test(inline.italicLine);
  const add = (n: Node, b: Block): void => {
    n.stream.push({ kind: 'block', block: b });
    n.parts.push({ start: b.line, end: b.end, cut: 'none' });
  };

  let pl: ReturnType<typeof label>;
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi]!;
    const next = blocks[bi + 1];
    const overList = next?.type === 'list' && next.line === b.end;
    if (b.type === 'heading' && !(opts.flat && b.level > 2)) {
      while (stack.length > 1 && (top().kind === 'label' || top().level >= b.level)) stack.pop();
      const text = b.inline.text.trim();
      const head: Part = { start: b.line, end: b.end, cut: 'none' };
      if (title === null && b.level === 1 && (opts.flat || classifyHeading(text, true) === null) && opts.overrides.get(text) === undefined) {
        title = text;
        titleLine = b.line + lineOffset + 1;
        const t = node('title', null, text, 1, head);
        root.children.push(t);
        stack.push(t);
        continue;
      }
      // Round 35: a tracker export's log below its sub-issues ("### Activity", "### History") is the record, not items.
      const log = keysAbove().includes('actionItems') && TRACKER_LOG.test(normaliseHeading(text));
      const n = node('heading', log ? 'notes' : keyFor(text, false), text, b.level, head);
      if (n.key !== null) used.add(n.key);
      top().children.push(n);
      stack.push(n);
    } else if (b.type === 'paragraph' && closesLabel(b.inline)) {
      // Round 11: an italic pseudo-heading of no known name ("*Discussion*") ends the labelled section above it.
      while (stack.length > 1 && top().kind === 'label') stack.pop();
      const n = node('label', null, b.inline.italicLine ?? '', 0, null);
      n.parts.push({ start: b.line, end: b.end, cut: 'label' });
      const nl = b.inline.text.indexOf('\n');
      if (nl >= 0) for (const r of restBlock(b.inline.text.slice(nl + 1), b.line + 1, b.end)) n.stream.push({ kind: 'block', block: r });
      top().children.push(n);
      stack.push(n);
    } else if (b.type === 'paragraph' && (pl = label(b.inline, true, overList)) !== null) {
      const l = pl;
      while (stack.length > 1 && top().kind === 'label') stack.pop();
      const n = node('label', l.key, l.text, 0, null);
      if (n.key !== null) used.add(n.key);
      n.parts.push({ start: b.line, end: b.end, cut: 'label' });
      for (const r of restBlock(l.rest, l.below ? b.line + 1 : b.line, b.end)) n.stream.push({ kind: 'block', block: r });
      top().children.push(n);
      stack.push(n);
    } else if (b.type === 'list' && !opts.flat) {
      const kept = b.items.filter((it) => {
        const first = it.blocks[0];
        const l = first?.type === 'paragraph' ? label(first.inline) : null;
        if (l === null || first === undefined) return true;
        const n = node('label', l.key, l.text, 0, null);
        if (n.key !== null) used.add(n.key);
      if (n.key !== null) used.add(n.key);
        n.parts.push({ start: it.line, end: it.end, cut: 'label' });
        for (const r of restBlock(l.rest, l.below ? first.line + 1 : first.line, first.end)) n.stream.push({ kind: 'block', block: r });
        for (const x of it.blocks.slice(1)) n.stream.push({ kind: 'block', block: x });
        const parent = top().kind === 'label' ? (stack[stack.length - 2] ?? root) : top();
        parent.children.push(n);
        return false;
      });
      if (kept.length === b.items.length) add(top(), b);
      else if (kept.length > 0) {
        top().stream.push({ kind: 'block', block: { ...b, items: kept } });
        for (const it of kept) top().parts.push({ start: it.line, end: it.end, cut: 'none' });
      }
    } else add(top(), b);
  }
  return { title, titleLine, sections: flatten(root, lineOffset) };
}

function flatten(root: Node, offset: number): FoundSection[] {
  const out: FoundSection[] = [];
  const open = (n: Node): FoundSection => {
    const line = (n.head ?? n.parts[0])?.start ?? 0;
    const level = n.kind === 'label' ? 0 : n.kind === 'root' ? 0 : n.level;
    const f: FoundSection = { section: { key: n.key, heading: n.heading, line: line + offset + 1, level, body: '' }, stream: [...n.stream], parts: [...n.parts] };
    out.push(f);
    return f;
  };
  const fold = (owner: FoundSection, n: Node): void => {
    if (n.head) owner.parts.push(n.head);
    owner.stream.push({ kind: 'marker', text: n.kind === 'label' ? n.heading : n.heading, line: (n.head?.start ?? n.parts[0]?.start ?? 0) + offset + 1 });
    owner.parts.push(...n.parts.map((p) => ({ ...p, cut: 'none' as const })));
    owner.stream.push(...n.stream);
  };
  const walk = (n: Node, owner: FoundSection | null): void => {
    for (const c of n.children) {
      if (c.key !== null || owner === null) {
        const f = c.kind === 'title' ? null : open(c);
        if (c.kind === 'title' && c.parts.length > 0) {
          out.push({ section: { key: null, heading: c.heading, line: (c.head?.start ?? 0) + offset + 1, level: 1, body: '' }, stream: [...c.stream], parts: [...c.parts] });
        }
        walk(c, f);
      } else {
        fold(owner, c);
        walk(c, owner);
      }
    }
  };
  if (root.parts.length > 0) out.push({ section: { key: null, heading: '', line: (root.parts[0]?.start ?? 0) + offset + 1, level: 0, body: '' }, stream: [...root.stream], parts: [...root.parts] });
  walk(root, null);
  return out;
}

/** Renders a section's parts back to Markdown from the source lines (labels cut, common indent removed). */
export function renderBody(lines: readonly string[], parts: readonly Part[]): string {
  const chunks: string[] = [];
  let prevEnd = -1;
  for (const p of [...parts].sort((a, b) => a.start - b.start)) {
    if (p.start < prevEnd) continue;
    const slice = lines.slice(p.start, p.end);
    if (p.cut === 'label' && slice.length > 0 && /^\s{0,8}[*_][^*_]{1,80}[*_][ \t]*$/.test(slice[0] ?? '')) slice.shift();
    else if (p.cut === 'label' && slice.length > 0) {
      slice[0] = (slice[0] ?? '').replace(/^(\s*)(?:[-*+]|\d+[.)])?\s*(?:\*\*|__)?[^*_:]{1,80}?(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:?|:)\s*/, '$1');
      if ((slice[0] ?? '').trim() === '') slice.shift();
    }
    if (chunks.length > 0) chunks.push(p.start > prevEnd ? '\n\n' : '\n');
    chunks.push(dedent(slice).join('\n'));
    prevEnd = p.end;
  }
  return chunks.join('').trim();
}

function dedent(lines: string[]): string[] {
  let min = Infinity;
  for (const l of lines) if (l.trim() !== '') min = Math.min(min, /^ */.exec(l)?.[0].length ?? 0);
  return min === Infinity || min === 0 ? lines : lines.map((l) => l.slice(min));
}
