/*
 * Round 39 (issue 16): a decision point in the languages whose timelines the reader reads and whose decision words no
 * list held: Hungarian ("Döntés:", "úgy döntött"), Greek ("Απόφαση:", "Αποφασίζεται", "αποφάσισε"), Russian ("Решение:",
 * "принял решение"), Vietnamese ("Quyết định:"), Swahili ("Uamuzi:"), Tagalog ("desisyon", "nag-decide"), Persian and Arabic
 * ("تصمیم", "قرار"), Bengali ("সিদ্ধান্ত") and Thai ("ตัดสินใจ"); and, as in English, declaring the incident ("κηρύσσει
 * περιστατικό", "объявил инцидент", "tuyên bố SEV-2", "ประกาศ SEV-1", "يعلن حادثًا", "SEV2-t hirdet").
 */

const word = (alt: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'iu');

/** The decision's noun or verb, in languages written with spaces between words. */
const DECIDED = word(
  [
    'döntés\\p{L}{0,4}|döntött\\p{L}{0,3}|dönt(?:enek|ünk)',
    'απόφαση|αποφάσ\\p{L}{1,6}|αποφασ\\p{L}{1,8}',
    'решени[еяю]|принял[аи]? решение',
    'quyết định',
    'uamuzi|iliamuliwa|waliamua|aliamua|kuamua',
    'desisyon|nag-decide|nagpasya|napagpasyahan',
    'تصمیم|(?:ال|و|ب)?قرار|قررت?|قرروا|يقرر',
    'সিদ্ধান্ত',
  ].join('|'),
);

/** Declaring the incident: the verb with an incident or a severity nearby. */
const DECLARED = word(
  [
    'κηρύσσ\\p{L}{1,4}|κήρυξε|ανακοιν\\p{L}{1,6} περιστατικ\\p{L}{1,3}',
    'объяв\\p{L}{1,6} (?:\\p{L}+ )?(?:инцидент\\p{L}{0,2}|sev|p[0-4])',
    'tuyên bố (?:sự cố|sev|p[0-4])',
    'يعلن|أعلن|تعلن',
    '(?:sev|p)[ -]?[0-4]\\p{L}{0,3} (?:hirdet\\p{L}{0,4}|meghirdet\\p{L}{0,4})|incidenst hirdet\\p{L}{0,4}',
  ].join('|'),
);

/** Thai writes no spaces between words: the decision and the declaration are read as they stand. */
const THAI = /ตัดสินใจ|ประกาศ[ \t]?(?:SEV|P)[ -]?\d|ประกาศเหตุ/iu;

/** Whether a timeline entry marks a decision in one of these languages. */
export function decisionRound39(text: string): boolean {
  return DECIDED.test(text) || DECLARED.test(text) || THAI.test(text);
}
