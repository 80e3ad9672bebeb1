import { isCommonWord } from './common-words.ts';

/*
 * Round 21 gates before the blame model judges a sentence (issue 16): shapes that are not a judgement of a person,
 * found on glossed foreign lines and plain reports. Bounded repetition only: linear in the sentence length.
 */

/** A label (read as a person) opening the sentence, an optional bracketed gloss, then its colon: "Fonte (*source*): …". */
const LABEL_COLON = /^\W{0,4}§¤*\s{0,2}(?:\([^()]{1,40}\)\s{0,2})?:\s/;
const WORD = /[\p{L}'’-]+/gu;

/**
 * A field label then a value that is no English clause ("Fonte (source): exportação do recetor CODE."): the only person
 * is the label, and the value holds fewer than two common English words written in lower case (a CODE placeholder is none) and no person. A fragment with no verb judges no one.
 */
export function labelledFragment(masked: string): boolean {
  const m = LABEL_COLON.exec(masked);
  if (m === null) return false;
  const value = masked.slice(m[0].length, m[0].length + 300);
  if (/[§π]/.test(value) || value.length >= 300) return false;
  let english = 0;
  for (const w of value.matchAll(WORD)) if (/^\p{Ll}/u.test(w[0]) && isCommonWord(w[0]) && ++english >= 2) return false;
  return true;
}

/** A neutral verb of reporting, as the person's only act. */
const REPORT_VERB = '(?:reports|reported|says|said|notes|noted|mentions|mentioned|observes|observed|remarks|remarked|comments|commented|tells\\s{1,3}§¤*|told\\s{1,3}§¤*|flags|flagged|radios|radioed|calls out|called out)';
/**
 * The whole sentence is a person reporting how a thing is, the description quoted ("Operator reports the console is "too
 * quiet"", "the driver said the brakes felt "spongy""): the quote is the person's words about a machine, not the writer's
 * scare quotes about the person.
 */
const REPORTS_THING = new RegExp(
  `^\\W{0,4}(?:[\\w-]{1,20}\\s{1,3}){0,2}?§¤*\\s{1,3}${REPORT_VERB}\\s{1,3}(?:to\\s{1,3}(?:the\\s{1,3})?§¤*\\s{1,3})?(?:that\\s{1,3})?(?:the|a|an|its|our|their)\\s{1,3}(?:[\\w-]{1,20}\\s{1,3}){0,2}?(?:is|was|are|were|seems|seemed|looks|looked|sounds|sounded|feels|felt|runs|ran|reads|read)\\s{1,3}(?:[\\w-]{1,20}\\s{1,3}){0,2}?["“][^"“”§π]{1,60}["”][^§π"“”]{0,40}$`,
  'i',
);

export function reportsThing(masked: string): boolean {
  return masked.length < 300 && REPORTS_THING.test(masked) && !/\b(?:should|could|would) have\b|\bfault\b|\bblame|\bagain\b/i.test(masked);
}

/**
 * A figure explained by what a person did ("The presale had 380,000, because the promoter ran two presales back to back
 * …"): the main clause is a thing and a number, the person appears only in the reason. An account of a size, not a
 * judgement — unless judging words are there.
 */
const FIGURE_EXPLAINED =
  /^\W{0,4}(?:the|a|an|our|its|this|that)\s{1,3}[^π,;.!?]{0,60}?\b(?:had|has|reached|hit|peaked at|was|were|rose to|grew to|climbed to|held|took|lasted)\s{1,3}(?:about\s{1,3}|around\s{1,3}|nearly\s{1,3}|over\s{1,3}|almost\s{1,3}|roughly\s{1,3})?[\d][\d,.]{0,12}\s{0,3}[\w%]{0,12}[^§π;!?]{0,40}?,?\s{1,3}because\s{1,3}(?:the\s{1,3})?§/i;
const JUDGED = /\b(?:should|could|would|must) have\b|\bfault\b|\bblame|\bforg[eo]t|\bignor|\bcareless|\bneglig|\bfailed to\b|\bagain\b|\bas usual\b|\bsloppy|\blazy\b/i;

export function figureExplained(masked: string): boolean {
  return FIGURE_EXPLAINED.test(masked.slice(0, 400)) && !JUDGED.test(masked);
}

/**
 * Careless words aimed at a design ("the guarding on line four is careless design", "sloppy design on the dock doors"):
 * no person stands before the words in the sentence, so they judge the thing.
 */
const CARELESS_THING =
  /\b(?:careless|sloppy|lazy|shoddy|lousy|terrible|dumb|stupid|rubbish|awful)\s{1,3}(?:design|wiring|engineering|layout|architecture|spec|specification|labell?ing|signage|packaging|ergonomics|defaults?)\b|\b(?:design|wiring|layout|architecture)\s{1,3}(?:is|was)\s{1,3}(?:just\s{1,3})?(?:careless|sloppy|lazy|shoddy|lousy|terrible|dumb|stupid)\b/i;

export function carelessThing(masked: string): boolean {
  const m = CARELESS_THING.exec(masked.slice(0, 400));
  return m !== null && !/[§π]/.test(masked.slice(0, m.index));
}

/** An organisation that makes or sells a product. */
const MAKER = /\b(?:vendors?|suppliers?|providers?|manufacturers?|makers?|carriers?|partners?|OEMs?)$/i;
/** A product of the maker's, after its possessive, perhaps with a quoted claim: "the vendor's 'non-disruptive' firmware upgrade". */
const PRODUCT_AFTER =
  /^(?:['’]s|['’])?\s{1,3}(?:own\s{1,3})?(?:["'‘“][^"'’”]{1,30}["'’”]\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,2}?(?:update|upgrade|firmware|software|patch|release|failover|manual|docs?|documentation|api|sdk|tool|app|product|device|hardware|platform|defaults?|format|feed|portal|integration|driver|appliance|controller|unit)s?\b/i;

/**
 * A maker's product at fault ("the POS vendor's update changed the tax table format", "the vendor's failover doesn't copy
 * door assignments"): every person is an organisation named as the owner of the thing that failed, or "their own …".
 */
export function vendorProduct(masked: string, s: string): boolean {
  if (JUDGED.test(masked)) return false;
  let any = false;
  for (const m of masked.slice(0, 600).matchAll(/[§π]¤*/g)) {
    const after = masked.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const own = m[0].startsWith('π') && /^\s{1,3}own\s/i.test(after);
    if (!own && !(MAKER.test(s.slice(m.index, m.index + m[0].length)) && PRODUCT_AFTER.test(after))) return false;
    any ||= !own;
  }
  return any;
}

/** The round-21 shapes the model does not judge (`s` the text the masked copy was made from, same length). */
export function round21Gate(masked: string, s: string): boolean {
  return labelledFragment(masked) || reportsThing(masked) || figureExplained(masked) || carelessThing(masked) || vendorProduct(masked, s);
}
