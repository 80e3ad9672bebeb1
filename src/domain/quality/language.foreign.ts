/**
 * Round 18: a sentence written in another European language (a bilingual document's German, Italian, Polish,
 * Portuguese, Spanish or French half). The blame model and forms read English; on such a sentence they only guess.
 * A sentence is foreign when at least three of its words are function words of those languages and at most one is an
 * English function word: a glossed sentence ("… (The story was published early by an editor)") stays English, and a
 * language the list does not know (Hinglish's "ki", "ne", "thi") is read as before. Words shared with English ("a",
 * "in", "an", "no", "do", "die", "per", "con") count for neither.
 */
const FOREIGN = new Set([
  // German
  'der', 'das', 'und', 'ist', 'nicht', 'wurde', 'wurden', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'mit', 'von', 'zu', 'für', 'auf', 'sich', 'auch', 'bei', 'nach', 'vom', 'zum', 'zur', 'war', 'sind', 'keine', 'keinen', 'wir', 'wie', 'oder', 'über', 'aus', 'noch', 'hat', 'haben', 'wird',
  // Italian
  'il', 'che', 'di', 'è', 'non', 'una', 'del', 'della', 'dei', 'nel', 'nella', 'alla', 'gli', 'sono', 'stato', 'stata', 'anche', 'questo', 'questa', 'più', 'perché', 'senza', 'prima',
  // Portuguese / Spanish
  'que', 'não', 'em', 'um', 'uma', 'para', 'com', 'os', 'foi', 'pelo', 'pela', 'mais', 'já', 'el', 'los', 'las', 'es', 'por', 'fue', 'y', 'se', 'muy',
  // Round 20: Portuguese contractions and common verbs, so that a short clause ("comunica ao supervisor que a consola está …") is read
  'ao', 'aos', 'à', 'às', 'da', 'das', 'dos', 'nos', 'nas', 'num', 'numa', 'pelos', 'pelas', 'está', 'estão', 'estava', 'são', 'até', 'após', 'depois', 'também', 'ainda', 'quando', 'como', 'mas', 'sobre', 'entre', 'foram', 'tinha', 'havia',
  // French
  'le', 'les', 'des', 'et', 'est', 'pas', 'une', 'du', 'au', 'aux', 'sur', 'dans', 'avec', 'été', 'nous', 'qui', 'ce', 'cette',
  // Polish
  'się', 'nie', 'jest', 'że', 'na', 'był', 'była', 'było', 'przez', 'oraz', 'jak', 'po', 'od', 'dla', 'ze', 'które', 'który', 'została', 'został', 'w', 'z',
]);
const ENGLISH = new Set(['the', 'of', 'to', 'and', 'was', 'were', 'is', 'are', 'on', 'for', 'with', 'by', 'that', 'it', 'not', 'be', 'at', 'from', 'has', 'had', 'have', 'this', 'we', 'they', 'he', 'she', 'should', 'would', 'did', 'after', 'before']);

/** True when the sentence is in one of the known other languages, not English. */
export function isForeignSentence(sentence: string, least = 3): boolean {
  let foreign = 0;
  let english = 0;
  for (const word of sentence.toLowerCase().split(/[^\p{L}]+/u)) {
    if (word === '') continue;
    if (FOREIGN.has(word)) foreign++;
    else if (ENGLISH.has(word)) english++;
    if (english > 1) return false;
  }
  return foreign >= least && english === 0 ? true : foreign >= 3;
}

/**
 * A bilingual sentence's parts in English ("Katrin prüft den Ausdruck / Katrin checks the printout"): the pieces
 * between " / " that are not in another language, with where each starts. A sentence with no " / " is one piece.
 */
export function englishPieces(sentence: string): { text: string; start: number }[] {
  if (!sentence.includes(' / ')) return glossed(sentence) ?? [{ text: sentence, start: 0 }];
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const piece of sentence.split(' / ')) {
    if (!isForeignSentence(piece, 2)) out.push({ text: piece, start });
    start += piece.length + 3;
  }
  return out;
}

/** A gloss in brackets: "(operator reports the console is quiet)", "(*no injuries*)". Bounded: linear on unclosed brackets. */
const GLOSS = /\(([^()\n]{3,300})\)/g;

/**
 * Round 20: a foreign sentence with its English gloss in brackets ("Operadora … comunica ao supervisor que … (*operator
 * reports …*)"): the gloss's English words kept the sentence English, and the model then judged the foreign words too.
 * When the sentence outside its glosses is foreign, only the glosses are judged. Null when that is not the shape.
 */
function glossed(sentence: string): { text: string; start: number }[] | null {
  if (!sentence.includes('(')) return null;
  const glosses = [...sentence.matchAll(GLOSS)];
  if (glosses.length === 0) return null;
  const outside = sentence.replace(GLOSS, ' ');
  if (!isForeignSentence(outside, 2)) return null;
  return glosses.map((m) => ({ text: m[1]!, start: m.index + 1 }));
}
