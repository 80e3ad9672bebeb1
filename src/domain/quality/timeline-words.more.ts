/*
 * Round 35 (issue 16): the timeline words of the document rules in Indonesian / Malay, Ukrainian and Hebrew, the
 * languages section-names.more.ts reads. Once a review in one of them had its sections read, its timeline was judged by
 * words it never uses: a gap filled with "menunggu" (waiting), "76 хвилин моніторили" or "ניטור" (monitoring) read as
 * unexplained, the entry "Рішення:" / "Keputusan:" / "החלטה:" (decision) as no decision point, an alert that "מתריע"
 * (fires) or a "Tiket CS pertama" (first ticket) as no detection. The same classes as the English lists: waiting,
 * watching, investigating, continuing, a length; a decision, an escalation, a rollback, a declared incident; an alert,
 * noticing, a report or a first complaint; the "time to detect" label. Hebrew joins its one-letter prefixes (the, and,
 * in, to, from, that, as) to the word, so a Hebrew word may carry up to two of them.
 */

const HE = '(?:[הובלמשכ]{0,2})';
const word = (alt: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'iu');

/** What filled an interval: waiting, watching, investigating, continuing, "until", or a length of minutes or hours. */
const EXPLAINS = word([
  'menunggu|tunggu|ditunggu|pemantauan|memantau|dipantau|investigasi|menyelidiki|penyelidikan|berlanjut|melanjutkan|hingga|sampai|\\d{1,3}(?:[.,]\\d)? (?:menit|minit|jam)',
  'чека\\p{L}{0,4}|очіку\\p{L}{0,6}|спостеріга\\p{L}{0,4}|спостереження|моніторинг\\p{L}{0,2}|моніторил[аи]?|розслідування|трива\\p{L}{0,3}|продовжу\\p{L}{0,4}|\\d{1,3} (?:хвилин\\p{L}{0,2}|хв|годин\\p{L}{0,2}|год)',
  `${HE}(?:המתנה|ממתינ\\p{L}{0,2}|ניטור|לנטר|מנטר\\p{L}{0,2}|מעקב|חקירה|ממשיכ\\p{L}{0,2}|נמשכ\\p{L}{0,1})|\\d{1,3}(?:[.,]\\d)? (?:דקות|דקה|שעות|שעה)`,
  'इंतज\u093C?ार|प्रतीक्षा|निगरानी|जांच|जाँच|\\d{1,3} (?:मिनट|घंटे|घंटा)',
].join('|'));

/** A decision: the noun or the verb, an escalation, a rollback, a declared incident. */
const DECISION = word([
  'keputusan|memutuskan|diputuskan|eskalasi|mengeskalasi|menyatakan insiden|mendeklarasikan',
  'рішення|виріши\\p{L}{0,2}|ухвали\\p{L}{0,2}|ескал\\p{L}{0,6}|відкоч\\p{L}{0,4}|відкоти\\p{L}{0,3}|оголоси\\p{L}{0,3}',
  `${HE}(?:החלטה|החלטנו|החליט\\p{L}{0,2}|הוחלט|הסלמה|מסלימ\\p{L}{0,1}|הסלימ\\p{L}{0,1}|מכריז\\p{L}{0,1}|הכריז\\p{L}{0,2})`,
  'निर्णय|फ\u093C?ैसला|घोषित',
  // Round 36: the noun of the Latin "decisio" in Polish, Romanian and Czech ("Decyzja o restarcie", "Decizie:"), read once
  // timelines headed in those languages were read by their shape.
  'decyzj\\p{L}{0,2}|zdecydowa\\p{L}{0,4}|decizi\\p{L}{0,2}|rozhodnut\\p{L}{0,2}',
].join('|'));

/** An alert that fires, someone noticing or reporting, a first ticket or complaint. */
const DETECTED = word([
  'terdeteksi|mendeteksi|dideteksi|menyadari|disadari|melaporkan|dilaporkan|dikesan|mengesan|keluhan|aduan|(?:tiket|laporan) (?:\\p{L}{1,12} )?pertama',
  'виявлен\\p{L}{0,2}|виявив|виявила|виявили|поміти\\p{L}{1,2}|повідом\\p{L}{1,5}|скарг\\p{L}{0,2}|спрацюв\\p{L}{1,4}|алерт\\p{L}{0,2}',
  'शिकायत|पता चला|पता लगा|अलर्ट|सूचित|बताया',
  `${HE}(?:מתריע\\p{L}{0,1}|התריע\\p{L}{0,1}|התרא\\p{L}{1,2}|מזעיק\\p{L}{0,1}|זיה(?:ה|תה|ו)|זוה(?:ה|תה)|גיל(?:ה|תה|ו)|התגל(?:ה|תה)|דיווח\\p{L}{0,2}|מדווח\\p{L}{0,2}|תלונ\\p{L}{1,2})`,
].join('|'));

/** The "time to detect" label: "Час до виявлення", "Waktu deteksi", "זמן עד לזיהוי". */
const STATED = word('час (?:до )?виявлення|waktu (?:untuk )?(?:deteksi|mendeteksi|terdeteksi)|tempoh (?:untuk )?pengesanan|זמן (?:עד )?[לה]?(?:זיהוי|גילוי)');

/** Whether an entry or note says, in one of these languages, what filled the interval. */
export const moreExplainsGap = (text: string): boolean => EXPLAINS.test(text);
/** Whether a timeline entry marks a decision in one of these languages. */
export const moreDecision = (text: string): boolean => DECISION.test(text);
/** Whether a timeline entry records the detection in one of these languages. */
export const moreDetected = (text: string): boolean => DETECTED.test(text);
/** Whether a line states the time to detect in one of these languages. */
export const moreDetectionStated = (text: string): boolean => STATED.test(text);
