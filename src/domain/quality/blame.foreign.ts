import type { BlameHit } from './blame.patterns.ts';

/*
 * Round 28 (issue 16): blame written in Spanish, Portuguese, Italian, French, German, Dutch or Hinglish, read by the
 * same structure as English — a counterfactual modal whose subject is a person ("Juan debió revisar …", "Marta avrebbe
 * dovuto …", "Jonas hätte die Regel prüfen müssen") or a fault noun given to a person ("por culpa de Juan", "la colpa è
 * di Marco", "galti Rahul ki thi") — from a small table per language, never the English word lists. A person here is a
 * capitalised word no article of the language stands before (so "El sistema debió …", "Der Job hätte …" stay things)
 * or a personal pronoun. Bounded regexes on the sentence, linear.
 */

/** A name: a capitalised word (and a second one), not an article or a common opener of these languages. */
const NAME = String.raw`(?<![\p{L}\p{N}])(?<!\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Ee]in|[Ee]ine|[Ee]iner|[Ee]inem|[Ee]inen|[Ee]ines|[Kk]ein|[Kk]eine|[Dd]ieser|[Dd]iese|[Dd]ieses|[Uu]nser|[Uu]nsere|[Hh]et|[Ee]en)\s)(?!(?:El|La|Los|Las|Lo|Un|Una|Il|Le|Les|Gli|I|Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|De|Het|Een|O|A|Os|As|Um|Uma|Ce|Cette|Cet|Este|Esta|Esto|Questo|Questa|Dieser|Diese|Dit|Deze|Nadie|Nessuno|Niemand|Personne|Ninguém|Ninguem|Kein|Keiner|Geen)\b)\p{Lu}\p{Ll}{1,20}(?:\s\p{Lu}\p{Ll}{1,20})?`;
/** Personal pronouns of one person or a group of people, per language. */
const PRONOUN = String.raw`(?:él|ella|ellos|ellas|ele|ela|eles|elas|lui|lei|loro|elle|ils|elles|er|sie|hij|zij|ze|usne|unhone|woh|wo)`;
const WHO = `(?:${NAME}|(?<![\\p{L}])${PRONOUN})`;

/** Counterfactual modals, per language, right after the person (up to two words between: an adverb, a clitic). */
const MODALS: readonly { lang: string; re: RegExp }[] = [
  { lang: 'es', re: new RegExp(String.raw`${WHO}(?:\s[\p{Ll}]{1,12}){0,2}?\s(?:debió|debió\shaber|debería\shaber|debía\shaber|tendría\sque\shaber|tenía\sque\shaber|tuvo\sque\shaber)\s\p{Ll}{1,30}`, 'u') },
  { lang: 'pt', re: new RegExp(String.raw`${WHO}(?:\s[\p{Ll}]{1,12}){0,2}?\s(?:deveria\ster|devia\ster|devera\ster|tinha\sque\ster|teria\sque\ster|teria\sde\ster)\s\p{Ll}{1,30}`, 'u') },
  { lang: 'it', re: new RegExp(String.raw`${WHO}(?:\s[\p{Ll}']{1,12}){0,2}?\s(?:avrebbe\sdovuto|avrebbero\sdovuto|doveva|dovevano|ne\sdoveva)\s\p{Ll}{1,30}`, 'u') },
  { lang: 'fr', re: new RegExp(String.raw`${WHO}(?:\s[\p{Ll}']{1,12}){0,2}?\s(?:aurait\sdû|auraient\sdû|aurait\sdu|auraient\sdu)\s\p{Ll}{1,30}`, 'u') },
  { lang: 'de', re: new RegExp(String.raw`${WHO}\s(?:hätte|hätten)\s(?:[\p{L}-]{1,20}\s){1,12}?(?:müssen|sollen)\b`, 'u') },
  { lang: 'nl', re: new RegExp(String.raw`${WHO}\s(?:had|hadden)\s(?:[\p{L}-]{1,20}\s){0,12}?moeten\b`, 'u') },
  { lang: 'hi', re: new RegExp(String.raw`${WHO}\s(?:ko)\s(?:[\p{L}-]{1,20}\s){1,6}?(?:chahiye\sthaa?|chahie\sthaa?)\b`, 'iu') },
];

/** Fault nouns given to a person, per language: "culpa de Juan", "colpa di Marco", "faute de Julie", "Schuld von Jonas". */
const FAULTS: readonly { lang: string; re: RegExp }[] = [
  { lang: 'es', re: new RegExp(String.raw`\b(?:culpa|error|negligencia|descuido)\s(?:fue\s|es\s)?(?:de|del)\s${NAME}`, 'u') },
  { lang: 'pt', re: new RegExp(String.raw`\b(?:culpa|erro|negligência|descuido)\s(?:foi\s|é\s)?(?:de|do|da)\s${NAME}`, 'u') },
  { lang: 'it', re: new RegExp(String.raw`\b(?:colpa|errore|negligenza)\s(?:è\s|era\s|fu\s)?(?:di|del|della)\s${NAME}`, 'u') },
  { lang: 'fr', re: new RegExp(String.raw`\b(?:faute|erreur|négligence)\s(?:est\s|était\s)?(?:de|à)\s${NAME}`, 'u') },
  { lang: 'de', re: new RegExp(String.raw`(?:\b(?:Schuld|Fehler|Fahrlässigkeit)\s(?:von|des|der)\s${NAME}|${NAME}\s(?:ist|war|trägt)\s(?:die\s)?(?:schuld|Schuld)\b)`, 'u') },
  { lang: 'nl', re: new RegExp(String.raw`\b(?:schuld|fout|nalatigheid)\s(?:van)\s${NAME}`, 'u') },
  { lang: 'hi', re: new RegExp(String.raw`(?:\bgalti\s${NAME}\s(?:ki|kee)\s(?:thi|hai)\b|${NAME}\s(?:ki|kee)\sgalti\b)`, 'iu') },
];

/** A rejection in these languages before the fault: "no fue culpa de", "non è colpa di", "nicht die Schuld von", "koi galti nahi". */
const DENIED = /\b(?:no|non|não|nao|ne|pas|nicht|kein|keine|geen|niet|nahi|nahin)\b[^.;]{0,25}$/i;

/** The blaming clauses of a sentence in one of the languages of the table (one hit per form found), in order. */
export function foreignBlameHits(sentence: string): BlameHit[] {
  const s = sentence.slice(0, 2000);
  const hits: BlameHit[] = [];
  for (const [form, table] of [['should-have', MODALS], ['fault-noun', FAULTS]] as const) {
    for (const { re } of table) {
      const m = re.exec(s);
      if (m === null || DENIED.test(s.slice(Math.max(0, m.index - 30), m.index)) || /\?\s*$/.test(s)) continue;
      hits.push({ form, phrase: m[0].trim(), start: m.index, end: m.index + m[0].length });
      break;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
