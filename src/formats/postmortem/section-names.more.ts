/*
 * Round 35 (issue 16): the common post-mortem section names in Indonesian / Malay, Ukrainian and Hebrew, languages the
 * round-25 and round-34 lists did not read. A review written wholly in one of them ("## Kronologi", "## Хронологія",
 * "## ציר זמן") read as a document with every section missing. Written from each language's usual terms for the parts of a
 * review, the same parts as the other lists; tried only when no English, round-25 or round-34 name matched. Matched as
 * whole words on the heading with its marks taken off (Ukrainian й and ї read as и and і; Hebrew points dropped), the names likewise.
 */
import type { SectionKey } from '../../domain/postmortem/document.types.ts';

/** Ordered as the other lists: the first that matches wins, what went wrong before what went well. */
const RULES: ReadonlyArray<readonly [SectionKey, string]> = [
  ['whatWentWrong', [
    '(?:apa )?yang (?:tidak|kurang) (?:berjalan )?(?:baik|lancar)|yang (?:perlu|bisa|dapat) (?:diperbaiki|ditingkatkan)|area perbaikan|(?:apa )?yang (?:salah|buruk)',
    'що (?:не вдалося|пішло не так|не спрацювало|можна (?:покращити|поліпшити))',
    'מה לא (?:עבד|הלך)(?: טוב)?|מה השתבש|מה (?:אפשר|ניתן) לשפר|נקודות לשיפור',
  ].join('|')],
  ['whatWentWell', [
    '(?:apa |hal )?yang (?:sudah )?(?:berjalan )?(?:baik|lancar)|hal(?: hal)? positif',
    'що (?:вдалося|спрацювало(?: добре)?|пройшло добре|було добре)',
    'מה (?:עבד|הלך|היה)(?: טוב)?|נקודות חיוביות',
  ].join('|')],
  ['contributingFactors', 'faktor (?:yang )?(?:berkontribusi|pendukung|penyumbang)|faktor faktor (?:yang )?berkontribusi|сприяючі фактори|фактори що сприяли|גורמים תורמים'],
  ['rootCause', [
    'akar (?:masalah|penyebab)|(?:analisis )?penyebab(?: utama)?|punca(?: utama| masalah)?|sebab utama',
    'першопричин[аи]|коренева причина|(?:основна )?причин[аи]|аналіз причин',
    '(?:ה)?(?:גורם|סיבת) (?:ה)?שורש|שורש הבעיה|ניתוח (?:ה)?סיבות|(?:ה)?(?:סיבה|סיבות|גורם)',
  ].join('|')],
  ['actionItems', [
    'tindak lanjut|tindakan(?: perbaikan| korektif| pencegahan| susulan| lanjutan)?|rencana (?:tindakan|aksi|perbaikan)|langkah(?: langkah)? (?:selanjutnya|perbaikan|berikutnya)|item tindakan',
    '(?:подальші |коригувальні |наступні )?(?:дії|заходи)|план дій|наступні кроки|завдання',
    'פעולות(?: המשך| מתקנות)?|משימות(?: המשך)?|(?:ה)?צעדים (?:ה)?באים|תוכנית פעולה',
  ].join('|')],
  ['lessons', 'pelajaran(?: yang (?:dipetik|diambil|didapat))?|pembelajaran|(?:отримані )?уроки|висновки|לקחים(?: שנלמדו)?|מה למדנו'],
  ['detection', 'deteksi|pendeteksian|pengesanan|виявлення|(?:ה)?(?:זיהוי|גילוי)'],
  ['resolution', 'penyelesaian|pemulihan|mitigasi|penanganan|усунення|відновлення|вирішення|(?:ה)?(?:פתרון|התאוששות|שחזור)'],
  ['timeline', 'kronologi(?: kejadian| insiden)?|linimasa|garis (?:waktu|masa)|urutan kejadian|хронологія|перебіг(?: подій| інциденту)?|часова (?:шкала|лінія)|послідовність подій|ציר (?:ה)?זמן|רצף (?:ה)?אירועים|כרונולוגיה|השתלשלות (?:ה)?אירועים'],
  ['impact', 'dampak|kesan|impak|вплив|наслідки|(?:ה)?השפעה|(?:ה)?השפעות|היקף (?:ה)?פגיעה'],
  ['summary', 'ringkasan(?: eksekutif| insiden)?|ikhtisar|rangkuman|gambaran umum|rumusan|підсумок|короткий опис|огляд|стислий виклад|סיכום|תקציר|סקירה(?: כללית)?'],
];

const strip = (norm: string): string => norm.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
// The names are stripped as the headings are, so they are written here as a writer types them ("дії", "короткий").
const LOOSE = RULES.map(([key, alt]) => [key, new RegExp(`(?:^| )(?:${strip(alt)})(?: |$)`)] as const);
const STRICT = RULES.map(([key, alt]) => [key, new RegExp(`^(?:${strip(alt)})$`)] as const);

/** The canonical key of a normalised heading in Indonesian / Malay, Ukrainian or Hebrew, or null. */
export function classifyMoreHeading(norm: string, strict: boolean): SectionKey | null {
  const plain = strip(norm);
  for (const [key, re] of strict ? STRICT : LOOSE) if (re.test(plain)) return key;
  return null;
}
