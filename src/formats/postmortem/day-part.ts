// A time cell that holds a part of the day, not a clock ("| early morning |", "| Tue morning |").

/** A table's time cell that holds a day part only ("| early morning |", "| morning |"; round 19: "| Tue morning |"). */
export const DAY_PART_CELL = /^(?:(?:around|about|approx\.?|roughly|sometime|some time)\s{1,4})?(?:(?:mon|tue|wed|thu|fri|sat|sun)(?:s|nes|rs|ur)?(?:day)?\.?\s{1,4})?(?:(?:early|late|mid-?)\s{0,4})?(?:morning|afternoon|evening|night|lunch(?:time)?|noon|midday|dawn|dusk)$/i;

/** Round 19: a cell in another language glossed in English in brackets ("por la mañana (morning)"): the gloss. */
const GLOSSED = /^[^()\d]{1,40}\(([^()\d]{1,40})\)$/;

/** The day part a time cell holds (the cell, or its English gloss), or null when it holds something else. */
export function dayPartCell(cell: string): string | null {
  const text = cell.replace(/[*_]/g, '').trim();
  if (DAY_PART_CELL.test(text)) return text;
  const gloss = GLOSSED.exec(text)?.[1]?.trim();
  return gloss !== undefined && DAY_PART_CELL.test(gloss) ? gloss : null;
}
