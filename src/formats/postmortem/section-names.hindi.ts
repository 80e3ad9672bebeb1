/*
 * Round 35 (issue 16): the common post-mortem section names in Hindi. Devanagari writes its vowels as combining marks,
 * which `normaliseHeading` reads as punctuation, so these are matched on the heading as written (NFC, punctuation read
 * as a space, a nukta optional: "ज़िम्मेदार" and "जिम्मेदार" alike), as whole words.
 */
import type { SectionKey } from '../../domain/postmortem/document.types.ts';

/** Ordered as the other lists: what went wrong before what went well, the specific before the general. */
const RULES: ReadonlyArray<readonly [SectionKey, string]> = [
  ['whatWentWrong', 'क्या (?:बेहतर (?:हो सकता था|किया जा सकता था)|ग़लत (?:हुआ|रहा|गया)|ठीक नहीं (?:रहा|गया))|सुधार के (?:क्षेत्र|बिंदु)'],
  ['whatWentWell', 'क्या (?:अच्छा|सही) (?:रहा|हुआ|गया)|अच्छी बातें'],
  ['contributingFactors', '(?:योगदान (?:देने|करने) वाले|सहायक) कारक'],
  ['rootCause', 'मूल कारण(?: विश्लेषण)?|कारण(?: विश्लेषण)?'],
  ['actionItems', 'कार्रवाई(?: बिंदु| आइटम| योजना)?|कार्य बिंदु|(?:आगे|अगले) के? ?कदम|सुधारात्मक (?:कार्रवाई|कदम)'],
  ['lessons', 'सीख|सबक|सीखे गए सबक'],
  ['detection', 'पहचान|पता कैसे चला'],
  ['resolution', 'समाधान|निवारण|बहाली'],
  ['timeline', 'समय ?रेखा|घटनाक्रम|कालक्रम|घटनाओं का क्रम'],
  ['impact', 'प्रभाव|असर'],
  ['summary', '(?:कार्यकारी )?सारांश|अवलोकन|संक्षेप'],
];

const nukta = (alt: string): string => alt.normalize('NFC').replace(/\u093C/g, '\u093C?');
const LOOSE = RULES.map(([key, alt]) => [key, new RegExp(`(?:^| )(?:${nukta(alt)})(?: |$)`, 'u')] as const);
const STRICT = RULES.map(([key, alt]) => [key, new RegExp(`^(?:${nukta(alt)})$`, 'u')] as const);

/** The canonical key of a heading in Hindi, as written, or null. */
export function classifyHindiHeading(raw: string, strict: boolean): SectionKey | null {
  if (!/[\u0900-\u097F]/.test(raw)) return null;
  const text = raw.normalize('NFC').replace(/\([^)]{0,200}\)/g, ' ').replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
  for (const [key, re] of strict ? STRICT : LOOSE) if (re.test(text)) return key;
  return null;
}
