// Maps the headings people write onto canonical section keys.
import type { SectionKey } from '../../domain/postmortem/document.types.ts';
import { classifyForeignHeading } from './section-names.foreign.ts';
import { classifyHindiHeading } from './section-names.hindi.ts';
import { classifyMoreHeading } from './section-names.more.ts';
import { classifyScriptHeading } from './section-names.scripts.ts';

/** Lower-cases a heading and strips numbering, emoji, Markdown, punctuation and "(all times UTC)". */
export function normaliseHeading(raw: string): string {
  return raw
    .toLowerCase()
    // Round 33: Turkish capital İ lowers to "i" and a combining dot, which the next steps would read as two words ("İyi").
    .replace(/i\u0307/g, 'i')
    // Round 10: a pandoc attribute block closing the heading ("# Summary {#summary}", "## Impact {#impact .unnumbered}").
    .replace(/\s\{[#.][^{}]{0,200}\}\s*$/, '')
    .replace(/\([^)]{0,200}\)|\[[^\]]{0,200}\]/g, ' ') // bounded: linear on runs of unclosed brackets
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' ')
    .replace(/^\s*(?:(?:step|section|part|phase)\s+)?(?:\d+(?:\.\d+)*|[ivx]+|[a-h])[.):]\s+/u, '')
    // Round 27: nor the count of a 5 Whys in another language ("5 Porquês", "5 Perché", "5 Pourquoi", "5 Warum").
    .replace(/^\s*\d+(?:\.\d+)*\s+(?=\p{L})(?!whys|porqu|por qu|perch|pourquoi|warum|waarom)/u, '')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}/+;]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Ordered: the first rule that matches wins, so the specific come before the general.
// Round 13: "Recommendations" on its own holds the actions (a numbered list of what to do).
// Round 11: house names of a learning review ("How it unfolded", "Who and what was affected", "What we'll change",
// "Commitments", "Bright spots", "What helped us", "What went less well").
const RULES: ReadonlyArray<readonly [SectionKey, string]> = [
  // Round 25: actions weighed and not taken ("Appendix: what we considered and rejected as actions", "Rejected actions",
  // "Actions considered but not taken"): a record of the decision, not the follow-up work.
  ['notes', '(?:considered|rejected|declined|discarded)(?: (?:and|but) (?:rejected|declined|discarded|not taken))?(?: as)? (?:actions?|action items?|follow ?ups?|remediations?|options)|(?:actions?|action items?|follow ?ups?|options) (?:considered|rejected|declined|we (?:considered|rejected|declined))(?: (?:and|but) (?:rejected|declined|not taken))?|(?:actions?|action items?|follow ?ups?) not taken'],
  // Round 9: lessons joined with the actions ("Lessons learned and actions", "Learnings / next steps") hold the actions.
  // Round 14: not a discussion of them ("Lessons and follow-up discussion": paragraphs of reflection, the lessons).
  ['actionItems', '(?:lessons?(?: learned| learnt)?|learnings?|takeaways?|findings|recommendations?) (?:and |/ ?)?(?:actions?|action items?|next steps|follow ?ups?|measures)(?! (?:discussion|discussed|reflections?|conversation))'],
  ['fiveWhys', '(?:5|five) whys(?: analysis)?|(?:5|five) times why'],
  ['sloImpact', '(?:slo|sla|error budget)(?: and error budget)?(?: impact| analysis| performance)?|error budget'],
  // Round 16: "What happened, minute by minute?" (a FAQ's timeline).
  // Round 28: a letter's "What happened when" and a FAQ's "When did it happen?" (the times, one a line).
  ['timeline', 'what happened when|when did (?:it|this|the (?:incident|outage)) happen|(?:minute|hour) by (?:minute|hour)|how (?:it|this|things|events|the (?:incident|outage|day|night|evening|event)) (?:unfolded|played out)|timeline(?: of events| summary)?|detailed timeline|incident timeline|time line|chronology|sequence of events|key events|events timeline|incident log|event log|log of events|milestones?(?: timeline)?'],
  ['contributingFactors', 'contributing (?:factors?|causes?)|factors'],
  // Round 39: "Why" alone ("## 🔥 Why", "**Why**" between "What happened" and "Next steps") is the root cause; "Why we …" is not.
  ['rootCause', 'root ?causes?(?: analysis)?|rca|causes?|why (?:it|this) happened|why did (?:it|this) happen|underlying (?:cause|issue|problem)s?|what caused (?:it|this|the (?:incident|outage))|trigger|causal analysis|cause analysis|(?:root )?cause notes|^why$'],
  ['whatWentWell', 'what went (?:well|right)|things that went (?:well|right)|what worked(?: well)?|went well|what we did well|positives?|successes|strengths|good|bright spots?|what helped(?: us)?'],
  // Round 30: a retro board's column "To improve" / "Needs improvement" / "Even better if" (the heading alone).
  ['whatWentWrong', 'what went (?:wrong|poorly|badly|less well)|what (?:did not|didnt) go (?:so |very )?well|things that went (?:wrong|poorly|badly)|what (?:could|can|should) (?:be|have been|have gone) (?:improved|better|done better)|what could be better|what could have gone better|what didnt (?:work|go well)|went (?:wrong|poorly)|areas? for improvement|improvement (?:areas|opportunities)|opportunities for improvement|issues identified|problems encountered|challenges|negatives?|bad|^(?:things |areas |what )?to improve$|^needs? improvement$|^even better if$'],
  ['lessons', 'lessons?(?: learned| learnt)?|learnings?|(?:key )?takeaways?|what we learned|what we learnt|reflections?|insights'],
  ['detection', 'detection|detected|how (?:we|it was) (?:detected|discovered|found|noticed)|how we detected it|discovery|identified|identification'],
  ['response', 'response actions|actions taken|incident response|response|escalation'],
  // Round 16: a FAQ's or a note's question and house names: "What are we doing about it?", "What we're changing".
  // Round 28: "What we're doing", "What we are doing next" (a letter's changes).
  // Round 29: a problem ticket's "Related tasks" / "Problem tasks", a template's "Task list", a tracker's "Sub-issues";
  // its "Cause notes" are the root cause and "Fix notes" the resolution (below), a template's "Milestones" the timeline.
  ['actionItems', 'what (?:were|we are) doing(?: next| now| about it)?$|what (?:are we|were|we are) (?:changing|doing about it|doing to fix it|going to do about it)|what (?:we|well|we will|were going to|we are going to) (?:change|do next|fix)|changes we (?:will )?make|commitments|action items?|action plan|actions?|follow ?ups?(?: items| actions| tasks)?(?! (?:review|meeting|call|session)s?(?: |$))|next steps|remediation(?: items| actions| plan| tasks)?|corrective(?: and preventive)? actions?|preventive actions|review actions|to ?dos?|(?:related|problem|child|linked) tasks|tasks|task list|sub ?issues|child issues|work items|repair items|recommendations|improvements|improving [a-z ]+|future work|(?:preventive |corrective |follow ?up )?measures'],
  // Round 25: the names people give the section of what comes next when it is not called actions: "What's next", "Next",
  // "Prevention of recurrence", "How we'll prevent this" (not "Prevention" alone: a COE's question "Could this have been prevented?"), "How are we making incidents like this less likely?", "Countermeasures",
  // "Going forward".
  ['actionItems', '^(?:whats |what )?next(?: up)?$|(?:recurrence )?prevention (?:of recurrence|measures|plan|actions|steps|items)|recurrence prevention|preventing (?:recurrence|a recurrence|this|it|repeats?|a repeat)|(?:how|what) (?:are we|were|we are|will we|well|we will|we plan to|we are going to|were going to) (?:making|make|doing to (?:prevent|avoid|reduce)|prevent|preventing|avoid|avoiding|reduce|reducing|stop|stopping)|to prevent (?:recurrence|this|it|a repeat)|countermeasures?|what (?:we will|well|we are going to|were going to|we plan to) do|(?:going|moving) forward'],
  ['metrics', 'metrics(?: and (?:data|monitoring))?|stats|statistics|key metrics'],
  ['resolution', 'resolution|resolved|recovery|mitigation|mitigations|how (?:it was|we) (?:fixed|resolved|mitigated)|fix|the fix|workaround|restoration|repair|(?:fix|resolution|close|closure) notes'],
  ['impact', '(?:user|customer|business|service) impact|impact(?: assessment| analysis| summary| overview| metrics)?|impacts|blast radius|(?:who|what)(?: and (?:who|what))? (?:was|were|got) (?:affected|impacted|hit)|affected (?:users|services|systems)'],
  ['summary', '(?:executive |incident |short )?summary|overview|incident overview|tl ?;? ?dr|abstract|synopsis|description|what happened|incident description'],
  ['communication', 'communications?(?: log| assessment| plan| timeline)?|status page(?: updates)?|customer communication'],
  ['relatedIncidents', '(?:related|previous|similar|prior) incidents?'],
  ['evidence', 'supporting (?:evidence|information|data)|evidence|artifacts|attachments|logs|screenshots|graphs'],
  ['appendix', 'appendix|appendices|references|resources(?: and references)?|links|further reading|glossary'],
  ['signOff', 'sign ?off|approvals?|review and approval|reviewers'],
  ['revisionHistory', 'revision history|change ?log|document history|version history|revisions'],
  // Round 29: a ticket's journal ("Work notes:"), read as the timeline when it is time-led (parse-postmortem.ts).
  ['notes', '(?:additional |work )?notes|work log|miscellaneous|misc|other|open questions'],
];

/** Round 16: a letter's or a FAQ's name for the changes ("What we are changing", "What are we doing about it?"), normalised. */
export const LETTER_ACTIONS = /^what (?:are we|were|we are) /;

const LOOSE = RULES.map(([key, alt]) => [key, new RegExp(`(?:^| )(?:${alt})(?: |$)`)] as const);
const STRICT = RULES.map(([key, alt]) => [key, new RegExp(`^(?:${alt})$`)] as const);

/**
 * The canonical key of a heading, or null. `strict` demands the whole heading be a
 * known name (used for bold labels inside a known section, where "Action:" is prose).
 */
export function classifyHeading(raw: string, strict = false): SectionKey | null {
  const norm = normaliseHeading(raw);
  if (norm === '' || norm.length > 80) return null;
  // Round 9: a house name glossed with the common one in brackets ("Measures (Action Items)", "Chronik (Timeline)").
  const gloss = GLOSS.exec(raw)?.[1];
  for (const [key, re] of strict ? STRICT : LOOSE) {
    if (!re.test(norm)) continue;
    // Round 21: a catch-all name that a gloss makes precise ("Work notes (timeline)", a ticket's field) is what the gloss says.
    const glossed = (key === 'notes' || key === 'appendix') && gloss !== undefined ? classifyHeading(gloss, true) : null;
    return glossed ?? key;
  }
  // Round 25: the same names in German, French, Spanish, Portuguese, Italian and Dutch, when no English name matched.
  const foreign = classifyForeignHeading(norm, strict);
  if (foreign !== null) return foreign;
  // Round 34: and in Japanese, Chinese, Korean, Vietnamese, Czech, Slovak, Russian and Arabic.
  const scripts = classifyScriptHeading(norm, strict);
  if (scripts !== null) return scripts;
  // Round 35: and in Indonesian / Malay, Ukrainian, Hebrew and Hindi.
  const more = classifyMoreHeading(norm, strict);
  if (more !== null) return more;
  const hindi = classifyHindiHeading(raw, strict);
  if (hindi !== null) return hindi;
  if (gloss !== undefined) return classifyHeading(gloss, strict);
  // Round 25: a heading in two languages, one name each side of a slash or bar ("原因 / Root cause", "Summary | Resumen").
  // A run of spaces is tried from its start only (a lookbehind), so a heading of many spaces is read once.
  const sides = strict && raw.length <= 200 ? raw.split(/(?<![ \t])[ \t]+[/|｜][ \t]+|(?<![ \t])[ \t]*[｜／][ \t]*/) : [];
  if (sides.length === 2) return classifyHeading(sides[0]!, true) ?? classifyHeading(sides[1]!, true);
  return null;
}
const GLOSS = /[([]([^()[\]]{1,60})[)\]]/;

/**
 * Round 13: the section a bracketed gloss names ("What happened (timeline, UTC)" → timeline), for a heading whose own name
 * is taken (a second summary): a gloss of one to three words.
 */
export function glossKey(raw: string): SectionKey | null {
  const gloss = GLOSS.exec(raw)?.[1];
  if (gloss === undefined || gloss.trim().split(/[\s,]+/).length > 3) return null;
  return classifyHeading(gloss, false);
}

/** Sections whose sub-headings are parts of them (days, phases, groups), never sections of their own. */
export const ABSORBING: ReadonlySet<SectionKey> = new Set<SectionKey>([
  'timeline', 'actionItems', 'metrics', 'signOff', 'revisionHistory', 'fiveWhys', 'sloImpact',
  'communication', 'whatWentWell', 'whatWentWrong', 'relatedIncidents',
]);

// Metadata labels: "Date:", "**Severity**:", a "| Field | Value |" row.
const META_RULES: ReadonlyArray<readonly [MetaField, RegExp]> = [
  ['date', /^(?:incident )?date(?: of (?:the )?incident)?$|^(?:incident )?(?:start(?:ed)?|occurred|began)(?: at| on)?$|^when$/],
  ['severity', /^(?:incident )?(?:severity|sev)(?: level)?$|^(?:incident )?priority$|^impact level$/],
  ['duration', /^(?:total |outage |incident |impact )?duration$|^downtime$|^time to (?:repair|resolve|resolution|recover|recovery|restore|mitigate|mitigation)$|^(?:outage|incident) length$/],
  ['authors', /^authors?$|^written by$|^prepared by$|^post ?mortem (?:owner|author)$/],
  ['status', /^(?:document |postmortem |report )?status$/],
  ['incidentId', /^(?:incident )?(?:id|number|ref(?:erence)?)$|^incident$|^ticket$/],
  ['title', /^title$|^incident (?:name|title)$/],
  ['timezone', /^time ?zone$/],
];

export type MetaField = 'date' | 'severity' | 'duration' | 'authors' | 'status' | 'incidentId' | 'title' | 'timezone';

/** The metadata field a label names ("Date of incident" → date), or null. */
export function metaField(label: string): MetaField | null {
  const norm = normaliseHeading(label);
  for (const [field, re] of META_RULES) if (re.test(norm)) return field;
  return null;
}
