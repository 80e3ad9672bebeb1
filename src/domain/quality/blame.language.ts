/*
 * Round 27 (issue 16): a sentence not written in English is not read by English word lists. language.foreign.ts knows
 * seven European languages by their function words; a sentence in another one (Dutch, Swedish, Indonesian …) reached the
 * blame model, which read its capitalised words as names ("Nieuwe deelnemers kregen de melding "Lokaal is vol"."). A
 * sentence is read as another language when it has no English function word (words English shares with others — "is",
 * "in", "an", "die", "de" — do not count) and most of its longer words are not English words at all. Linear: one pass.
 */
import { isCommonWord } from './common-words.ts';

const ENGLISH_FUNCTION = new Set(['the', 'of', 'to', 'and', 'was', 'were', 'are', 'on', 'for', 'with', 'by', 'that', 'it', 'not', 'be', 'at', 'from', 'has', 'had', 'have', 'this', 'we', 'they', 'he', 'she', 'should', 'would', 'could', 'did', 'after', 'before', 'our', 'their', 'his', 'her', 'but', 'or', 'been', 'will', 'can', 'which', 'who', 'there', 'then', 'when', 'because', 'so', 'all', 'you', 'my', 'its', 'into', 'about', 'than', 'if']);
/**
 * Round 29: words English shares with Portuguese, Spanish and Italian are no evidence of English ("Rafael aplica o hotfix
 * no cluster", "Luca riavvia i nodi", "a equipa"): "a", "no", "as", and "i" unless written "I".
 */
const SHARED = new Set(['a', 'no', 'as', 'i']);
/** Articles and contractions of Portuguese, Spanish and Italian that English never writes: with one, half the longer words may be English (a table row's "hotfix", "cluster"). */
const ROMANCE_FUNCTION = new Set(['o', 'os', 'um', 'uma', 'do', 'da', 'dos', 'das', 'na', 'nas', 'ao', 'aos', 'il', 'gli', 'del', 'della', 'dei', 'nel', 'nella', 'alla', 'al', 'per', 'con', 'el', 'los', 'las', 'una', 'un', 'y', 'e', 'è', 'é', 'em', 'para', 'pelo', 'pela']);

/** True when the sentence reads as another language: no English function word, and most words of four letters or more unknown to English. */
export function notEnglish(sentence: string): boolean {
  let longWords = 0;
  let english = 0;
  let words = 0;
  let romance = 0;
  for (const raw of sentence.slice(0, 2000).split(/[^\p{L}'’]+/u)) {
    const word = raw.toLowerCase().replace(/['’].*$/, '');
    if (word === '') continue;
    words++;
    if (ENGLISH_FUNCTION.has(word) || (SHARED.has(word) && raw === 'I')) return false;
    if (ROMANCE_FUNCTION.has(word)) romance++;
    if (SHARED.has(word)) continue;
    if (word.length < 4) continue;
    longWords++;
    if (isCommonWord(word)) english++;
  }
  return words >= 4 && longWords >= 3 && (english * 2 < longWords || (romance > 0 && english * 2 <= longWords));
}
