/*
 * Who is a person, read across a document (issue 16, round 24). A name introduced as a person ("our PA, Jen",
 * "Grace (SRE on call)", "@mkim", a name that signs, is paged, is thanked, says something) stays a person in later
 * sentences; a name introduced as a system (in a code span, "the Marvin service", "the Hermes cluster", a name that
 * restarts pods, is deployed, has replicas, returns 500s) stays a system. The first reading of a name wins. Pure, and
 * linear in the document: every pattern is bounded and anchored on a word boundary.
 */
import { isRole } from './person-tokens.ts';
import { GIVEN } from './person-words.ts';

/** The names a document reads as people and as systems. */
export type DocumentPersons = { people: ReadonlySet<string>; systems: ReadonlySet<string> };

/** A capitalised name (one word, a hyphen allowed): "Jen", "Marvin", "O'Neil". */
const NAME = String.raw`(\p{Lu}[\p{Ll}'’-]{1,24})`;

/** Heads that make the name before them a system: "the Marvin service", "the Hermes cluster". */
const SYSTEM_HEAD = String.raw`(?:service|services|cluster|bot|job|cron|pipeline|api|API|database|db|DB|queue|worker|workers|daemon|server|servers|host|hosts|node|nodes|pods?|deployment|endpoint|proxy|gateway|scheduler|runner|instance|instances|replicas?|container|lambda|function|app|dashboard|library|repo|repository|integration|plugin|binary|agent)`;

/** What only a system does or has: restarts pods, is deployed, has replicas, returns 500s. */
const SYSTEM_ACT = String.raw`(?:restart(?:s|ed)\s(?:the\s|its\s|all\s|\d{1,4}\s)?(?:pods?|containers?|workers?|nodes?)|(?:is|was|were|got|gets)\s(?:re)?deployed|(?:has|had)\s\d{1,4}\s(?:replicas|pods|instances|shards)|return(?:s|ed)\s(?:HTTP\s)?[45]\d\d|(?:is|was)\s(?:scaled|rolled\sback|redeployed|OOM-?killed)|crash-?loop(?:s|ed)|'s\s(?:replicas|pods|endpoint|config|logs|queue|heap)|(?:threw|throws)\s(?:an?\s)?\p{Lu}?\p{Ll}{0,20}(?:Error|Exception))`;

/** What only a person does or is done to: signs, is paged, is thanked, says something. */
const PERSON_ACT = String.raw`(?:said|says|wrote|writes|asked|asks|replied|replies|told|tells|explained|agreed|apologi[sz]ed|(?:was|got|is|gets)\s(?:paged|called|woken|thanked)|signed\soff|signs\soff)`;

const SYSTEM_HEAD_WORD = new RegExp(`^${SYSTEM_HEAD}$`);
const RE_SYSTEM_CODE = /`([^`\s]{1,40})`/g;
const RE_SYSTEM_HEAD = new RegExp(String.raw`(?<![\p{L}\d])${NAME}\s(?:${SYSTEM_HEAD})(?![\p{L}\d])`, 'gu');
const RE_SYSTEM_ACT = new RegExp(String.raw`(?<![\p{L}\d])${NAME}\s?${SYSTEM_ACT}`, 'gu');
const RE_HANDLE = /(?<![\p{L}\d@.])@([A-Za-z][\w.-]{0,38})/gu;
const RE_PERSON_ACT = new RegExp(String.raw`(?<![\p{L}\d])${NAME}\s${PERSON_ACT}(?![\p{L}\d])`, 'gu');
const RE_PAGED = new RegExp(String.raw`(?<![\p{L}\d])(?:paged|pinged|thanks,?|thank|thanked|woke|called|cc)\s${NAME}(?![\p{L}\d])`, 'giu');
/** "our PA, Jen", "the on-call SRE, Grace". */
const RE_ROLE_NAME = new RegExp(String.raw`(?<![\p{L}\d])(?:[Oo]ur|[Tt]he|[Mm]y|[Tt]heir)\s(?:[\p{L}-]{1,20}\s)?([\p{L}-]{2,20}),\s${NAME}(?![\p{L}\d])`, 'gu');
/** "Grace (SRE on call)", "Jen, our PA". */
const RE_NAME_ROLE = new RegExp(String.raw`(?<![\p{L}\d])${NAME}\s?(?:\(|,\s(?:our|the|my)\s)([\p{L}-]{2,20})(?:\s([\p{L}-]{2,20}))?`, 'gu');
/** A name that signs a line: "— Jen", "Signed: Jen". */
const RE_SIGNS = new RegExp(String.raw`(?:^|\s)(?:[—–-]|Signed:|Cheers,|Thanks,)\s{0,2}${NAME}\s{0,2}$`, 'u');

/** The names read as people and as systems over the document's sentences, in order; the first reading of a name wins. */
export function documentPersons(sentences: readonly string[]): DocumentPersons {
  const people = new Set<string>();
  const systems = new Set<string>();
  const person = (n: string | undefined): void => {
    if (n !== undefined && !systems.has(n)) people.add(n);
  };
  const system = (n: string | undefined): void => {
    if (n !== undefined && !people.has(n)) systems.add(n);
  };
  for (const s of sentences) {
    // Within one sentence the two readings are taken together; a name read both ways there keeps its earlier reading.
    const seenPeople: string[] = [];
    const seenSystems: string[] = [];
    for (const m of s.matchAll(RE_SYSTEM_CODE)) {
      const inner = m[1]!.replace(/^@/, '');
      if (/^\p{Lu}?[\p{Ll}\d_-]{1,39}$/u.test(inner)) seenSystems.push(inner);
    }
    for (const m of s.matchAll(RE_SYSTEM_HEAD)) seenSystems.push(m[1]!);
    for (const m of s.matchAll(RE_SYSTEM_ACT)) seenSystems.push(m[1]!);
    for (const m of s.matchAll(RE_HANDLE)) seenPeople.push(m[1]!, `@${m[1]!}`);
    for (const m of s.matchAll(RE_PERSON_ACT)) seenPeople.push(m[1]!);
    for (const m of s.matchAll(RE_PAGED)) if (/^\p{Lu}/u.test(m[1]!)) seenPeople.push(m[1]!);
    // A role the lexicon does not know ("our PA, Jen") still introduces a person when the name is a known given name.
    for (const m of s.matchAll(RE_ROLE_NAME)) if (isRole(m[1]!) || (GIVEN.has(m[2]!) && !SYSTEM_HEAD_WORD.test(m[1]!))) seenPeople.push(m[2]!);
    for (const m of s.matchAll(RE_NAME_ROLE)) if (isRole(m[2]!) || (m[3] !== undefined && isRole(m[3]))) seenPeople.push(m[1]!);
    const signs = RE_SIGNS.exec(s);
    if (signs !== null) seenPeople.push(signs[1]!);
    const bothHere = new Set(seenPeople.filter((n) => seenSystems.includes(n)));
    for (const n of seenSystems) if (!bothHere.has(n)) system(n);
    for (const n of seenPeople) if (!bothHere.has(n)) person(n);
  }
  return { people, systems };
}
