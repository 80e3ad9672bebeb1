// Round 27: which order a document writes its slash dates in ("05/03/2027" is 5 March where "19/03/2027" is too).

export type SlashOrder = 'mdy' | 'dmy';

let current: SlashOrder = 'mdy';

/** The order slash dates are read in while a document is parsed (month first unless the document says otherwise). */
export function slashOrder(): SlashOrder {
  return current;
}

const SLASH = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})(?![\d/])/g;

/**
 * The order the document's own slash dates show: day first when some date's first number cannot be a month ("19/03/2027")
 * and none's second number can only be a day ("03/19/2027"); month first otherwise, as before.
 */
export function documentSlashOrder(text: string): SlashOrder {
  let dayFirst = false;
  let monthFirst = false;
  SLASH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SLASH.exec(text)) !== null) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst = true;
    if (b > 12 && a <= 12) monthFirst = true;
  }
  return dayFirst && !monthFirst ? 'dmy' : 'mdy';
}

/** Runs `fn` with slash dates read in the order `text` shows, then restores the previous order. */
export function withSlashOrder<T>(text: string, fn: () => T): T {
  const saved = current;
  current = documentSlashOrder(text);
  try {
    return fn();
  } finally {
    current = saved;
  }
}
