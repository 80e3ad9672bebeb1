import { GIVEN } from './person-words.ts';

/*
 * Round 30 (issue 16): shapes the blame model does not judge on its own, whatever its words weigh — with the sixty-first
 * to sixty-third voices trained on, the model fired on neutral document lines of these shapes. Each gate reads the masked
 * sentence (§¤¤ for a person, π¤ for his / her / their) and stands down when anything turns the plain account (TURNED30).
 * Linear: bounded windows and bounded repetition only.
 */

/** What turns a plain account into a judgement: a negation, a contrast, a habit, a lapse, a question or an exclamation. */
const TURNED30 =
  /\b(?:not|never|no|without|despite|except|unlike|whereas|but|yet|instead|only|still|again|apparently|supposedly|finally|eventually|late|too|should|could|would|must|failed|forgot|ignored|skipped|missed|rushed|careless\w*|sloppy|blame\w*|fault|error|mistake|usual|nothing|none|nobody)\b|n['’]t\b|[?!]/i;

/**
 * A chat line's speaker tag: an optional time stamp ("[00:05:02]", "[3:02 PM]", "14:05"), then one to three
 * capitalised words or one handle ("kestrel_dev", "ci-runner-3", "@jess"), an optional note in brackets ("(Platform)"),
 * and a colon before the words said. The tag is who spoke, never the subject of what they said.
 */
const SPEAKER_TAG =
  /^(\s{0,3}(?:[[(]\s{0,2}\d{1,2}:\d{2}(?::\d{2})?(?:\s{0,2}[AaPp][Mm])?\s{0,2}[\])]\s{0,3}|\d{1,2}:\d{2}(?::\d{2})?(?:\s{0,2}[AaPp][Mm])?\s{1,3})?)((?:@?[\p{Lu}][\p{L}'’.-]{0,30}(?:\s{1,2}[\p{Lu}][\p{L}'’.-]{0,30}){0,2}|@?[\p{Ll}\p{N}][\p{Ll}\p{N}]{0,30}(?:[._-][\p{Ll}\p{N}]{1,30}){1,3}|@[\p{Ll}][\p{L}\p{N}._-]{0,30})(?:\s{1,2}\([^()\n]{1,40}\))?)\s{0,2}:\s{1,3}(?=\S)/u;

/**
 * Round 30: the speaker tag of a chat line ("[00:05:02] Ravi (Platform): I merged …", "kestrel_dev: pushed the fix") blanked
 * (same length), so that the words said are read on their own: "I merged the config PR" is what Ravi says of himself,
 * not a sentence about Ravi. Only a tag with a time stamp, or whose name is a person (`isPerson`) or a handle's shape, is
 * a speaker: "Root cause: the operator …" keeps its label.
 */
export function withoutSpeakerTag(s: string, isPerson: (name: string) => boolean): string {
  const m = SPEAKER_TAG.exec(s.slice(0, 160));
  if (m === null) return s;
  const stamped = /\d/.test(m[1] ?? '');
  const name = (m[2] ?? '').replace(/\s{0,2}\([^()]*\)$/, '');
  const handle = /^@|[._-]|\d/.test(name) && !/\s/.test(name);
  // Without a time stamp or a handle, "Name: …" may be the writer quoting or naming the person ('Dana: "it's just a
  // small change" 🙄', "Typical Owen: …"): only words in the first person after it are the named speaker's own.
  if (!stamped && !handle && !(isPerson(name) && /^(?:I|I['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|my|our)\b/i.test(s.slice(m[0].length)))) return s;
  return ' '.repeat(m[0].length) + s.slice(m[0].length);
}

/**
 * Round 30: the only person reports a problem ("Clinic manager at Riverside reports repeated drops to the service desk",
 * "A guest raised a complaint about the lift"): the one who told of it, not its cause. Read on the sentence as written
 * with its person spans (the person reader may take the verb into the span: "Riverside reports" as people who report).
 * Not when another person is in what was reported (besides the one it was reported to) or anything turns the telling.
 */
const REPORTING = /^([^.;!?]{1,80}?\s)(?:reports|reported|raises|raised|escalates|escalated|flags|flagged|logs|logged)\s{1,3}(?:in\s{1,3})?([^.;!?]{1,160})[.]?\s*$/i;

export function onlyReporter(written: string, masked: string, spans: readonly { start: number; end: number }[]): boolean {
  const m = REPORTING.exec(written.slice(0, 300));
  if (m === null || spans.length === 0 || TURNED30.test(masked)) return false;
  const verbAt = m[1]!.length;
  // The reporter opens the sentence (after a time stamp) and stands right before the verb, or with its place between
  // ("Clinic manager at Riverside reports …"); after the verb only the one told ("to the service desk", "to §").
  const reporter = spans.find((sp) => sp.start <= 24 && sp.start < verbAt);
  if (reporter === undefined || /\p{L}/u.test(written.slice(0, reporter.start).replace(/^\W*\d[\d:.]*\W*/, '').replace(/^(?:an?|the|our|one|another)\s+/i, ''))) return false;
  if (reporter.end < verbAt - 1 && !/^(?:\s{1,3}(?:at|from|in|on)\s{1,3}[^,;§π]{1,40}?)?\s{0,3}$/.test(masked.slice(reporter.end, verbAt))) return false;
  const after = masked.slice(verbAt).replace(/^[§¤]*\S*/, '');
  return !/[§π]/.test(after.replace(/\bto\s{1,3}(?:the\s{1,3}|our\s{1,3})?[§π]¤*/g, ''));
}

/**
 * Round 30: people only as the agents of a plain passive of work done, and nothing after them but how long it took and
 * who reviewed it ("The migration was carried out by §'s team over two weeks and reviewed by §"): who did the work, told
 * plainly. Any other detail after the agent ("… by § at 2am", "… by § from memory", "… by §, who had …") is the detail a
 * writer adds to blame, and keeps the sentence.
 */
const WORK_PASSIVE =
  /\b(?:was|were|is|are|has\s{1,2}been|had\s{1,2}been)\s{1,3}(?:carried\s{1,2}out|performed|conducted|led|coordinated|planned|reviewed|approved|signed\s{1,2}off|owned|delivered|completed)\s{1,3}by\s{1,3}(?:the\s{1,3}|our\s{1,3})?§¤*(?:['’]s)?(?:\s{1,3}team)?(?:\s{1,3}(?:over|in|within)\s{1,3}(?:a|an|one|two|three|four|five|six|several|\d{1,3})\s{1,3}(?:days?|weeks?|months?|sprints?))?(?:,?\s{1,3}and\s{1,3}(?:reviewed|approved|signed\s{1,2}off|tested)\s{1,3}by\s{1,3}(?:the\s{1,3}|our\s{1,3})?(?:§¤*|\p{Lu}[\p{L}-]{1,30})(?:\s{1,3}team)?)?\s{0,3}[.]?\s{0,3}$/iu;

export function plainPassiveWork(masked: string): boolean {
  return WORK_PASSIVE.test(masked.slice(-400)) && !TURNED30.test(masked) && (masked.match(/§/g)?.length ?? 0) <= 2;
}

/**
 * Round 30: "they" / "them" whose antecedent is a plural thing opening the same sentence ("Unit tests pass because they
 * mock the library", "The replicas lagged because they shared a disk"): the things, not people. The subject is up to
 * three words ending in a plural noun that is no person, followed by its verb, then a conjunction and the pronoun.
 */
const THING_THEY = /^((?:[^.;!?]{0,80}[.;:—–]\s{1,3})?\s{0,3}(?:(?:the|our|its|all|both|some|these|those|many)\s{1,3})?(?:[\p{L}\p{N}-]{1,20}\s{1,3}){0,2})([\p{Ll}\p{N}-]{2,20}s)\s{1,3}(?:\p{Ll}{2,20}\s{1,3})?\p{Ll}{2,20}\b[^.;!?]{0,80}?\b(?:because|since|as|when|until|so|and|but|while|after|before|if)\s{1,3}$/iu;

export function thingPronouns(written: string, spans: readonly { start: number; end: number }[]): boolean {
  const pronouns = spans.filter((sp) => /^(?:they|them)$/i.test(written.slice(sp.start, sp.end)));
  if (pronouns.length === 0 || pronouns[0]!.start > 240) return false;
  const m = THING_THEY.exec(written.slice(0, pronouns[0]!.start));
  if (m === null) return false;
  const noun = { start: m[1]!.length, end: m[1]!.length + m[2]!.length };
  if (/^(?:is|was|has|does|this|his|its|us|as|thus|plus|always|perhaps|sometimes)$|ss$/i.test(m[2]!)) return false;
  // The plural noun is no person ("The engineers left because they …" keeps its reading), and every other person is
  // the pronoun or a word right before the noun that modifies it (a capitalised opening word read as a name: "Unit tests").
  return !spans.some((sp) => sp.start < noun.end && sp.end > noun.start) &&
    spans.every((sp) => pronouns.includes(sp) || /^\s{1,3}$/.test(written.slice(sp.end, noun.start))) && pronouns.every((sp) => THING_THEY.test(written.slice(0, sp.start)));
}


/**
 * Round 30: a name that is a thing's by its place: capitals in brackets right after the words they abbreviate, their
 * initials ("the licence-plate recognition (LPR) gates"; "(RT)" after "context" is someone's initials), or two or more
 * names in apposition after a plural noun that names no people, closed by a comma ("at two customer garages, Northgate
 * and Harbour Street, stopped …"; "two drivers, Ana and Raj," keeps its people: `isPeople` reads the noun, and a given
 * name is a person's).
 */
export function thingName(s: string, span: { start: number; end: number }, isPeople: (noun: string) => boolean): boolean {
  const word = s.slice(span.start, span.end);
  if (/^\p{Lu}{2,6}$/u.test(word) && /^\s{0,1}\)/.test(s.slice(span.end, span.end + 2))) {
    const words = /((?:[\p{L}-]{1,30}\s{1,2}){1,6})\(\s{0,1}$/u.exec(s.slice(Math.max(0, span.start - 120), span.start))?.[1];
    const initials = (words ?? '').split(/[\s-]+/).filter((w) => w !== '').map((w) => w[0]!.toUpperCase()).join('');
    return initials.endsWith(word.toUpperCase());
  }
  if (!/^\p{Lu}/u.test(word) || GIVEN.has(word.split(/\s/)[0]!.toLowerCase()) || GIVEN.has(word.split(/\s/)[0]!)) return false;
  const name = String.raw`\p{Lu}[\p{L}-]{1,30}(?:\s{1,2}\p{Lu}[\p{L}-]{1,30})?`;
  const list = new RegExp(String.raw`(\p{Ll}[\p{L}-]{1,30}s),\s{1,3}((?:${name},\s{1,3}){0,3}${name},?\s{1,3}(?:and|or|&)\s{1,3}${name}),`, 'u');
  const from = Math.max(0, span.start - 160);
  const m = list.exec(s.slice(from, span.end + 120));
  if (m === null || isPeople(m[1]!)) return false;
  // The list holds the name.
  const at = from + m.index + m[0].length - m[2]!.length - 1;
  if (span.start < at || span.end > at + m[2]!.length) return false;
  // Every name of the list is no given name.
  return !m[2]!.split(/,\s{1,3}|\s{1,3}(?:and|or|&)\s{1,3}/).some((n) => GIVEN.has(n.split(/\s/)[0]!) || GIVEN.has(n.split(/\s/)[0]!.toLowerCase()));
}

/**
 * Round 30: a person's own account reported plainly ("Tobias said he had tested the migration", "Ama told us she was
 * on the bridge"): what they said of themselves, no judgement on its own; a contradiction after it ("He hadn't.") is
 * read with it as a pair by the document rule and the rules' `contradicted` form.
 */
const OWN_ACCOUNT =
  /^[^§π]{0,40}§¤*\s{1,3}(?:said|says|told\s{1,2}(?:us|me|the\s{1,2}[\p{Ll}-]{2,20})|confirmed|stated|explained)\s{1,3}(?:that\s{1,3})?§¤*\s{1,3}(?:had|has|was|were|is|would|could|did)\b[^.;!?§π]{0,120}[.]?\s*$/u;

export function ownAccount(masked: string, written: string): boolean {
  const m = OWN_ACCOUNT.exec(masked.slice(0, 400));
  // A scare quote or an emoji after the account mocks it ("said they were 'monitoring it' 😒").
  if (m === null || TURNED30.test(masked) || /(?<!\p{L})['‘"“]|\p{Extended_Pictographic}/u.test(written)) return false;
  // The one the account is about is the speaker, by a pronoun ("said Kofi had …" is about someone else).
  const second = masked.indexOf('§', masked.indexOf('§') + 1);
  return second !== -1 && /^(?:he|she|they)\b/i.test(written.slice(second, second + 5));
}
