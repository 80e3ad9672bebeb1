/*
 * Round 35 (issue 16): one test of whether a noun names a thing, not a person, for every reader that guesses a person
 * from a bare noun (blame.person-predicates.ts's subjects of a person's predicate, person-bare.ts's clipped posts,
 * person-groups.ts's shift workers: "the night script" is no night worker).
 * Round 34 left them deciding apart, and the clipped posts took "the rota tool chose …" and "the ticketing bot couldn't
 * be bothered …" for people. A noun is a thing by its class, not by a hand list of sentences:
 *
 *   - a head that names a machine, a device or software ("engine", "tool", "script", "app", "dialler", "wallboard");
 *   - a shape of software: "-ware", "-bot" ("firmware", "chatbot", "ticketbot");
 *   - WordNet's nouns whose most frequent sense is a device, a piece of equipment, a document, a writing or software
 *     (thing-nouns.generated.ts: "console", "tablet", "analyser", "robot", "spreadsheet");
 *   - a noun the blame lexicon holds as a thing that acts (THING_AGENTS);
 *
 * and never a compound in -man / -woman ("hoistman", "pumpwoman") or a staffed place that stands for the people in it
 * ("the desk", "the booth"); a noun WordNet holds first as a person is a thing only by the machine heads or the
 * lexicon ("printer", "driver"). Plurals are read by their singular.
 */
import { THING_AGENTS } from './blame.lexicon.ts';
import { isManCompound, personNounKind } from './person-lexicon.ts';
import { THING_NOUNS_TEXT } from './thing-nouns.generated.ts';

/** Heads that name a machine, a device or software ("the chatbot", "the WFM tool", "the dosing pump"). */
export const MACHINE_HEAD = /^(?:engines?|tools?|servers?|systems?|scripts?|portals?|platforms?|apps?|services?|software|firmware|dashboards?|tablets?|laptops?|handsets?|kiosks?|terminals?|printers?|routers?|gateways?|algorithms?|valves?|pumps?|alarms?|sensors?|panels?|screens?|phones?|models?|forecasts?|feeds?|modules?|interfaces?|apis?|sdks?|programs?|machines?|robots?|computers?|devices?|units?|controllers?|diall?ers?|wallboards?|macros?|workflows?|rules?|bots?|\p{Ll}+bots?|\p{Ll}+ware)$/u;

/** A compound in -man or -woman ("hoistman", "linesman", "pumpman"); "human", "woman" and short words are not compounds. */
export const MAN_COMPOUND = /^\p{Ll}{3,}(?:man|men|woman|women)$/u;

/** A staffed place that stands for the people in it: "the control room didn't log", "the front desk sat on it". */
export const STAFFED = /^(?:rooms?|office|offices|desks?|lodges?|galler(?:y|ies)|booths?|cabins?|huts?)$/i;

let things: ReadonlySet<string> | undefined;

/** The singulars a lookup tries: "tools", "consoles", "batteries", "boxes". */
function singulars(w: string): string[] {
  const out = [w];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  return out;
}

/** Whether a noun names a machine, a device, software or a document, not a person (see the file's comment). */
export function isThingNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(lower) || isManCompound(lower) || STAFFED.test(lower)) return false;
  const forms = singulars(lower);
  if (MACHINE_HEAD.test(lower) || forms.some((w) => THING_AGENTS.has(w))) return true;
  // A noun WordNet holds first as a person ("printer" aside, which the machine heads name) is no thing here.
  if (personNounKind(lower) === 'person') return false;
  things ??= new Set(THING_NOUNS_TEXT.split(/\s+/).filter((w) => w !== ''));
  return forms.some((w) => things!.has(w));
}
