/**
 * Is a Markdown post-mortem only a template (headings with prompts and placeholders, no
 * account of an incident)? Counts the lines that state something: not a placeholder
 * ([…], <…>, {{…}}, YYYY, HH:MM, TBD), not a prompt (a question, an instruction such as
 * "Describe …"), not table scaffolding. A template has almost none.
 */
import type { PostmortemDoc } from '../postmortem/document.types.ts';

const INSTRUCTION = /^(describe|list|explain|include|provide|summari[sz]e|add|write|enter|insert|briefly|outline|detail|note|use|link|e\.g\.|example|for example|replace|fill|document|record|capture|identify|this section|this is|here you|you should|please|optional|if applicable|template|remove|delete|copy|your|don't|do not|make sure|be very|some important|each|this page|where did|link to|insert)\b/i;
const ADDRESSED = /\b(you|your)\b.*\b(should|must|can|will|need|want|may)\b|\b(should|must) (be|include|have|contain|describe|list)\b/i;
const PLACEHOLDER = /\[[^\]]*\]|<[^>]*>|\{\{?[^}]*\}\}?|\$[A-Z][A-Z_]{2,}\b|\b(yyyy|mm\/dd|hh:mm|xx:xx|tbd|todo|lorem ipsum|n\/a)\b|\?{2,}|\?\w+/gi;

/** Lines of real content (outside placeholders and prompts) in the document's sections. */
export function contentLines(doc: PostmortemDoc): string[] {
  return scan(doc).content;
}

function scan(doc: PostmortemDoc): { content: string[]; prompts: number } {
  const out: string[] = [];
  let prompts = 0;
  const bodies = [...doc.sections.map((s) => s.body), ...doc.timeline.entries.map((e) => e.text), ...doc.actionItems.map((a) => a.text)];
  for (const body of bodies) {
    for (const raw of body.split('\n')) {
      // Links and evidence citations are content, not "[…]" placeholders: keep their text.
      const unlinked = raw.replace(/\[evidence (ev_[0-9a-f]+)\](\([^)\s]*\))?/gi, 'evidence $1').replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, '$1');
      const line = unlinked.replace(/^[\s>*+-]*(\d+\.)?\s*/, '').replace(/[*_`#]/g, '').trim();
      if (line.length === 0 || /^\|?[\s|:-]*\|?$/.test(line)) continue;
      if (/\?\s*\)?$/.test(line) || INSTRUCTION.test(line) || ADDRESSED.test(line) || PLACEHOLDER.test(line)) { prompts++; PLACEHOLDER.lastIndex = 0; continue; }
      PLACEHOLDER.lastIndex = 0;
      if (line.includes('|')) {
        // A table row counts when every cell is filled, none is a prompt, and it has a figure or time (not a header row).
        const cells = line.split('|').map((c) => c.trim()).filter((_, i, a) => !((i === 0 || i === a.length - 1) && a[i] === ''));
        if (cells.some((c) => c === '' || c.includes('?')) || !/\d/.test(line)) continue;
      }
      const rest = line.replace(PLACEHOLDER, ' ').replace(/[|:.,;()\-–—/]+/g, ' ').trim();
      const words = rest.split(/\s+/).filter((w) => /[a-z]{2,}/i.test(w));
      if (words.length < 4) continue;
      if (line.length - rest.length > line.length * 0.3) continue;
      out.push(line);
    }
  }
  return { content: out, prompts };
}

/** A title that is a placeholder or a label ("Title", "[Date]: [Title]", "Outage of $SERVICE", "Template for reports"). */
const TEMPLATE_TITLE = /^\W*(?:(?:incident|outage|post-?mortem|report|event|short)\s+)?(?:title|name)\W*$|^\W*untitled\b|^\W*template\b|\btemplate\W*$|\[[^\]]*\]|<[^>]*>|\{\{?[^}]*\}\}?|\$[A-Z][A-Z_]{2,}\b|\b(?:yyyy|mm-dd|hh:mm)\b/i;
/** A file named as a template ("template.md", "MARKDOWN_TEMPLATE.md", "PMyyyy-nnn_-_Postmortem_template.md"). */
const TEMPLATE_FILE = /^templates?\b|\btemplates?$|yyyy|\bxxx\b/i;

/** True when the title or the file name says "template" (or is a placeholder). */
export function namedAsTemplate(title: string | null, fileName: string | null): boolean {
  return (title !== null && TEMPLATE_TITLE.test(title)) || (fileName !== null && TEMPLATE_FILE.test(fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z]+$/i, '').replace(/_/g, '-')));
}

/**
 * True when the document states (almost) nothing beyond its template: prompts and
 * placeholders only, or, when its title or file name says it is a template, no date of an
 * incident anywhere (templates often carry a worked example in their prose).
 */
export function isTemplateOnly(doc: PostmortemDoc, fileName: string | null = null): boolean {
  // A timeline with real instants, or an action item with a real owner, describes an incident.
  if (doc.timeline.entries.some((e) => e.at !== null && !PLACEHOLDER.test(e.text))) { PLACEHOLDER.lastIndex = 0; return false; }
  PLACEHOLDER.lastIndex = 0;
  if (doc.meta.incidentDate === null && namedAsTemplate(doc.meta.title, fileName)) return true;
  if (doc.actionItems.some((a) => a.owner !== null && /^@?[\w.-]+$/.test(a.owner) && !/owner|name|tbd|who/i.test(a.owner))) return false;
  const { content, prompts } = scan(doc);
  const thin = content.length < 6 || content.join(' ').length < 250;
  // Headings alone, or prompts and placeholders with (almost) nothing stated.
  return thin && (prompts >= 2 || (content.length <= 1 && doc.sections.length >= 3));
}
