import { blameHits, ruleHits, type BlameForm, type BlameHit } from './blame.patterns.ts';
import { proseLines, type ProseLine, type Rule } from './lint.context.ts';
import type { RawFinding } from './quality.types.ts';
import { foreignBlameHits } from './blame.foreign.ts';
import { englishPieces, isForeignSentence } from './language.foreign.ts';
import { cut, locator, sectionKeyAt, sentences as splitSentences } from './source-text.ts';
import { costInImpact, documentMachines, onlyMachines, questionAnsweredNo } from './blame.documents.round31.ts';
import { clearedAcross } from './blame.documents.round32.ts';
import { documentPeople, peopleBefore } from './blame.documents.round37.ts';
import { affectedInImpact, countedAffected } from './blame.impact.round37.ts';
import { countedGroupOnly, deniedFault, onLabelLine } from './blame.documents.round39.ts';
import { documentSystems, onlySystems } from './blame.document-systems.round37.ts';
import { neutralRow, thingsErrors, timedRow } from './blame.records.round37.ts';
import { luckLines } from './blame.luck.round38.ts';
import { quotedJudgement } from './blame.quoted.round38.ts';
import { passiveRecord } from './blame.passive-record.round38.ts';

/** What each form of blame does, for the message. */
const FORM_NOTE: Record<BlameForm, string> = {
  'should-have': 'says what a person should have done',
  counterfactual: 'makes the outcome hang on one person\'s choice',
  'failure-to': 'names a person\'s failure to act',
  'possessive-judgement': 'judges a person\'s work',
  'fault-noun': 'assigns the fault to a person',
  'judgement-adjective': 'judges a person',
  'omission-verb': 'blames a person for an omission',
  idiom: 'blames a person with an idiom',
  'sole-responsibility': 'makes one person responsible',
  'wasted-time': 'blames a person for lost time',
  sarcasm: 'is sarcastic about a person',
  'rhetorical-question': 'is a rhetorical question aimed at people',
  'thanks-to-negative': 'credits a person with the failure',
  'passive-agent': 'names a person as the agent of the failure',
  'caused-by-person': 'names a person as the cause',
  'human-error': 'stops at "human error"',
  contempt: 'shows contempt for a person',
  defiance: 'blames a person for acting against warnings or habitually',
  contradicted: 'sets what a person said against what they did',
  'judging-words': 'uses words that judge a person',
};

/** A sentence that ends with its full stop (not a table cell or a list fragment): only such a sentence has a follow-up. */
const ENDS_SENTENCE = /[.!?]["”’')]?\s*$/;

/** A short sentence that only comments on the one before it: at most six words, not a question. */
function isFollowUp(sentence: string): boolean {
  // A field ("DRI: Security team.", "Target date: end of Q1.") is not a comment on the sentence before it.
  if (/^\s*[\p{L}][\p{L} #-]{0,24}:\s/u.test(sentence)) return false;
  return !sentence.trim().endsWith('?') && sentence.split(/\s+/).filter((w) => w !== '').length <= 6;
}

/** A line that starts a list item: a new unit, never the continuation of the line before. */
const ITEM_START = /^\s*(?:[-*+]|\d+[.)])\s/;
/**
 * Round 10: lines that are records of their own even without a list marker: a timeline line or a pasted chat message
 * that opens with its clock time ("09:45 — Hyun-woo finds …", "[08:16] @marek: …", "[~08:40] …"), and a definition
 * list's description (": Owner: … · Due: …"). Joined to the line above, they ran into its sentence.
 */
const LINE_START = /^\s{0,8}(?:\[~?\d{1,2}:\d{2}(?::\d{2})?\]|~?\d{1,2}:\d{2}\b|:\s)/;
/** Round 11: a line that is only a bold or italic label ("**Root cause**", "*Discussion*"): a heading, never the start of the text below it. */
const LABEL_LINE = /^\s{0,3}(?:\*\*|__|[*_])[^*_\n]{1,80}(?:\*\*|__|[*_]):?[ \t]*$/;

/**
 * The units blame is read in: a paragraph or list item wrapped over several lines is one text
 * (a sentence cut at a line break is not two fragments to judge), with the line each of its
 * characters came from; a heading or a table row is a unit of its own.
 */
function blameUnits(src: Parameters<Rule>[0]['src']): { lines: ProseLine[]; starts: number[]; text: string }[] {
  const units: { lines: ProseLine[]; starts: number[]; text: string }[] = [];
  let last: ProseLine | undefined;
  for (const p of proseLines(src)) {
    const unit = units[units.length - 1];
    const joins =
      unit !== undefined && last !== undefined && p.line.kind === 'prose' && last.line.kind === 'prose' && p.line.n === last.line.n + 1 && !ITEM_START.test(p.line.raw) && !LINE_START.test(p.line.raw) &&
      !LABEL_LINE.test(last.line.raw);
    if (joins) {
      unit.starts.push(unit.text.length + 1);
      unit.lines.push(p);
      unit.text += ` ${p.text}`;
    } else units.push({ lines: [p], starts: [0], text: p.text });
    last = p;
  }
  return units;
}

/** A line that opens with a clock time (after a list marker or a table's pipe): a timeline entry wherever it stands. */
const CLOCK_ENTRY = /^\s*(?:[-*+]\s+|\d+[.)]\s+|\|\s*)?(?:\*\*)?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}\b/;

/** Round 15: a timeline milestone's label after an entry's sentence ("Detection.", "Incident start.", "Start of the failure."). */
const MILESTONE = /^\s*(?:(?:start|end) of (?:the )?(?:incident|outage|failure|impact)|(?:(?:incident|outage|failure|impact) )?(?:start(?:s|ed)?|detect(?:ed|ion)|resolved|resolution|mitigat(?:ed|ion)|recover(?:ed|y)|end(?:s|ed)?|declared|escalat(?:ed|ion)|all clear))(?: \([^()]{0,40}\))?\s{0,3}[.!]?\s{0,3}$/i;

/** Round 15: a person's name alone in a cell (the row's actor column: "| 14:05 | Sam | finally answers |"). */
const ACTOR_CELL = /^@?\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,2}$/u;
/** A cell that goes on from an actor: it opens with a verb ("finally answers", "Acknowledges the page", "Declared SEV-2"). */
const GOES_ON = /^(?:\p{Ll}|\p{Lu}\p{Ll}{1,20}(?:s|ed)\b(?! \p{Lu}))/u;

/**
 * Round 15: a table row's sentences. A cell that holds only a person's name and the cell after it
 * that goes on with what they did are one sentence: the row read as the entry it is ("Sam finally answers, 40 min late").
 */
function rowSentences(text: string): { sentences: string[]; cellOf: number[] } {
  const cells = text.replace(/\s+/g, ' ').split(' | ').map((c) => c.trim());
  const out: string[] = [];
  const cellOf: number[] = [];
  for (let c = 0; c < cells.length; c++) {
    let t = cells[c]!;
    if (t === '') continue;
    const after = cells[c + 1];
    if (ACTOR_CELL.test(t) && after !== undefined && GOES_ON.test(after)) {
      t = `${t} ${after}`;
      c++;
    }
    for (const x of splitSentences(t)) {
      out.push(x);
      cellOf.push(c);
    }
  }
  return { sentences: out, cellOf };
}

/** Round 15: who wrote the page, as a sentence ("This review was written by Marguerite Okafor and reviewed by the duty managers."). */
const WHO_WROTE = /^\s*(?:this|the|our) (?:review|document|report|post-?mortem|write-?up|page|retrospective|retro|rca|analysis) (?:was|is|has been) (?:written|prepared|compiled|authored|drafted|put together)(?: (?:jointly|together))? by\b[^.!?;]{0,200}[.!]?\s*$/i;

/** A 5 Whys question ("Why were they all retrying it?") is the method asking, not a rhetorical question at people. */
const WHY_QUESTION = /^\s*(?:\d+[.)]\s*)?(?:why\b[^?]{0,300}\?)\s*$/i;

/** `blame`: an individual named or singled out in a negative context; every blaming clause of every sentence. */
export const blameRule: Rule = ({ src }) => {
  const findings: RawFinding[] = [];
  // Round 31: the guessed agent nouns the document uses as machines (blame.documents.round31.ts).
  const lineTexts = src.lines.filter((l) => l.kind !== 'blank').map((l) => l.raw);
  const machines = documentMachines(lineTexts);
  // Round 37: the posts and units a sentence establishes as people, read as people in later lines (blame.documents.round37.ts).
  const people = documentPeople(src.lines.filter((l) => l.kind !== 'blank').map((l) => [l.n, l.raw] as const));
  // Round 37: agent nouns the document establishes as systems, lexicon roles too (blame.document-systems.round37.ts).
  const systems = documentSystems(lineTexts);
  // Round 38: the lines under a heading about luck (blame.luck.round38.ts).
  const lucky = luckLines(src.lines);
  for (const unit of blameUnits(src)) {
    const first = unit.lines[0]!.line;
    const section = sectionKeyAt(src, first.n);
    // "What went well" thanks people; blame there would be a contradiction in terms.
    if (section === 'whatWentWell') continue;
    const locators = unit.lines.map((p) => locator(p.line.raw));
    // The line a character of the unit's text came from (binary search over the lines' starts).
    const lineAt = (offset: number): number => {
      let lo = 0;
      let hi = unit.starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (unit.starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const row = first.kind === 'table' && unit.lines.length === 1 ? rowSentences(unit.text) : null;
    const sentences = row?.sentences ?? (unit.lines.length === 1 ? unit.lines[0]!.sentences : splitSentences(unit.text));
    // Where each sentence starts in the unit's text (sentences are its pieces in order).
    const offsets: number[] = [];
    let cursor = 0;
    for (const sentence of sentences) {
      const at = unit.text.indexOf(sentence.slice(0, 200), cursor);
      offsets.push(at === -1 ? cursor : at);
      if (at !== -1) cursor = at + sentence.length;
    }
    // Each sentence is analysed once, also when it was looked at as the follow-up of the one before.
    const own: (BlameHit[] | undefined)[] = [];
    // A heading is a title, not a sentence about a person: only the forms judge it, never the model's words (round 7).
    const heading = unit.lines.length === 1 && first.kind === 'heading';
    // A table row or a timeline entry is a record: the model judges it only on a judging feature (round 7).
    const where = first.kind === 'table' || section === 'timeline' || CLOCK_ENTRY.test(first.raw) ? 'entry' : 'prose';
    // Round 29: a sentence in another language is read by that language's table (blame.foreign.ts), never by the English
    // words; a sentence the English reading finds nothing in is tried on the table too (Hinglish reads as English).
    const hitsOf = (i: number): BlameHit[] =>
      (own[i] ??= (section === 'fiveWhys' && WHY_QUESTION.test(sentences[i]!)) || WHO_WROTE.test(sentences[i]!) ? []
        : isForeignSentence(sentences[i]!) ? foreignBlameHits(sentences[i]!) : orForeign(sentences[i]!, englishHits(sentences[i]!, knownAt(i))));
    const orForeign = (sentence: string, hits: BlameHit[]): BlameHit[] => (hits.length > 0 ? hits : foreignBlameHits(sentence));
    // Round 18: only a bilingual sentence's English pieces are judged ("Katrin prüft … / Katrin checks …").
    // The people established on the lines before sentence i's.
    const knownAt = (i: number): ReadonlySet<string> => peopleBefore(people, unit.lines[lineAt(offsets[i]!)]!.line.n);
    const englishHits = (sentence: string, known: ReadonlySet<string>): BlameHit[] =>
      englishPieces(sentence).flatMap((p) => (heading ? ruleHits(p.text) : blameHits(p.text, undefined, where, false, known)).map((h) => (p.start === 0 ? h : { ...h, start: h.start + p.start, end: h.end + p.start })));
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      const start = offsets[i]!;
      let hits = hitsOf(i);
      let text = sentence;
      // Blame carried across a short follow-up ("He said he'd tested it. He hadn't.", "Kevin merges his own PR. Third time
      // this month."): the pair is judged as one text, as the labelled sets judge it, and reported once.
      const next = sentences[i + 1];
      // Round 15: in a record, never onto a milestone label ("… pages the on-call, Tomasz. Detection.").
      // Round 18: nor across a table's cells (an event and its Source column's "Phone log" are not one sentence).
      const joinable = next !== undefined && !(where === 'entry' && MILESTONE.test(next)) && (row === null || row.cellOf[i] === row.cellOf[i + 1]) && !isForeignSentence(next);
      if (hits.length === 0 && next !== undefined && joinable && ENDS_SENTENCE.test(sentence) && isFollowUp(next) && hitsOf(i + 1).length === 0) {
        const pair = `${sentence} ${next}`;
        hits = heading ? ruleHits(pair) : blameHits(pair, undefined, where, false, knownAt(i));
        if (hits.length > 0) {
          text = pair;
          i++;
        }
      }
      // Round 31: no person but the document's machines, or a cost of the incident in the Impact section.
      if (hits.length > 0 && (onlyMachines(text, machines) || onlySystems(text, systems))) hits = [];
      // Round 37: a neutral act in a timed row, a thing's errors read as a name's (blame.records.round37.ts).
      if (hits.length > 0) hits = hits.filter((h) => !thingsErrors(h) && !(where === 'entry' && timedRow(first.raw) && neutralRow(h, text)));
      // Round 37: nor a group the incident reached, named by the model's words of harm (blame.impact.round37.ts).
      if (section === 'impact') hits = hits.filter((h) => !costInImpact(h, text) && !affectedInImpact(h, text));
      if (section === 'impact' || section === 'summary') hits = hits.filter((h) => !countedAffected(h, text));
      // Round 39: anywhere, a model finding that only names counted groups of people (blame.documents.round39.ts).
      // Round 39: anywhere, a model finding that only names counted groups of people or stands on a label line, and a fault
      // denied in a dialect or another language (blame.documents.round39.ts).
      if (hits.length > 0) hits = hits.filter((h) => !countedGroupOnly(h, text) && !deniedFault(h, text) && !onLabelLine(h, unit.lines[lineAt(start + Math.min(h.start, sentence.length))]!.line.raw, (t) => blameHits(t, undefined, where, false, knownAt(i)).length > 0));
      // Round 38: a model finding where the team got lucky, naming a plain passive's agent or resting on quoted words only
      // (blame.luck.round38.ts, blame.passive-record.round38.ts, blame.quoted.round38.ts).
      if (hits.length > 0) hits = hits.filter((h) => !(h.form === 'judging-words' && lucky.has(first.n)) && !passiveRecord(h, text) && !quotedJudgement(h, text, (t) => blameHits(t, undefined, where, false, knownAt(i)).length > 0));
      if (hits.length > 0 && text === sentence) hits = hits.filter((h) => !questionAnsweredNo(sentence, h, sentences[i + 1]));
      // Round 32: a person cleared by a machine in the clause after a semicolon, split off as the next sentence.
      if (hits.length > 0 && text === sentence && clearedAcross(sentence, sentences[i + 1])) hits = [];
      const quote = cut(text);
      for (const hit of hits) {
        // Reported on the line where the blaming words start.
        const k = lineAt(start + Math.min(hit.start, sentence.length));
        const line = unit.lines[k]!.line;
        const lineSection = sectionKeyAt(src, line.n);
        findings.push({
          rule: 'blame',
          message: `"${cut(hit.phrase, 50)}" ${FORM_NOTE[hit.form]}. Describe what the system or process allowed instead (e.g. "the deploy pipeline had no staging check"), and name roles only for neutral facts.`,
          line: line.n,
          quote,
          ...locators[k]!(hit.phrase),
          ...(lineSection === undefined ? {} : { section: lineSection }),
        });
      }
    }
  }
  return findings;
};

