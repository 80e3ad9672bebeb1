/*
 * Round 31 (issue 16): a time that is not a clock reading, as writers in other languages (and in spelled-out English)
 * put it in a timeline's time cell or at an entry's start:
 * - an hour with a word saying "around" before or after it ("runt 15", "omkring kl. 15", "gegen 15 Uhr", "vers 15 h",
 *   "hacia las 15", "por volta das 15h", "verso le 15", "rond 15 uur", "około 15", "15 sularında", "15 civarında",
 *   "15時頃", "15시쯤", "15点左右");
 * - an hour spelled out after such a word ("rond half drie", "gegen halb drei", "around quarter past three", "about three");
 * - a part of the day in another language ("'s middags", "nachmittags", "på eftermiddagen", "l'après-midi",
 *   "por la tarde", "nel pomeriggio", "öğleden sonra", "午後"), or any short word glossed as one ("朝 (morning)");
 * - a template's stand-in for the time ("[TIME]", "[HH:MM]", "XX:XX").
 * Each is an entry whose time is not known precisely: timeline-precision reports it and the gap rules skip it. Closed
 * word classes and bounded patterns, anchored at the start: linear.
 */

export const AROUND_BEFORE = String.raw`(?:around|about|approx\.?|approximately|roughly|circa|ca\.?|runt|omkring|ungefär|cirka|kring|rundt|gegen|etwa|ungefähr|vers|environ|hacia|sobre|alrededor de|por volta d[aeo]s?|cerca d[aeo]s?|verso|intorno a(?:lle)?|rond|omstreeks|tegen|około|около|примерно|noin|kolem|asi|přibližně|okolo|khoảng|khoang|tầm|chừng|vào khoảng|حوالي|حوالى|قرابة|körülbelül|kb\.|लगभग|करीब|sekitar|a eso de|como a|(?:sometime|some time|shortly|just) (?:after|before))`;
/** A clock word between "around" and the hour ("kl.", "klockan", "las", "le", "ore", "godz.", "saat"). */
const CLOCK_WORD = String.raw`(?:kl\.?|klockan|الساعة|lúc|klokka|kello|um|las|la|les|le|ore|alle|godz\.?|saat)`;
const HOUR = String.raw`(?:[01]?\d|2[0-3])`;
/**
 * Round 33: a clock after the "around" word ("kolem 15:00", "rond 15.00 uur", "około 15:00"), or a four-digit one
 * ("around 0230"): approximate, whatever its minutes.
 */
const CLOCK_AFTER_AROUND = String.raw`(?:${HOUR}[:.][0-5]\d|[01]\d[0-5]\d|2[0-3][0-5]\d)`;
/** An hour word after the number ("15 Uhr", "15 h", "15h", "15 uur", "15 heures", "15 horas", "15 o'clock"). */
// Round 34: and the part of the day after it, with or without the hour's word ("8 giờ sáng", "3 Uhr nachmittags",
// "الساعة 9 صباحاً").
const DAY_AFTER = String.raw`(?:[ \t]{1,2}(?:sáng|chiều|tối|trưa|đêm|morgens|abends|nachmittags|vormittags|du (?:matin|soir)|de l'après-midi|de la (?:mañana|tarde|noche)|da (?:manhã|tarde|noite)|del (?:pomeriggio|mattino)|di (?:sera|mattina)|утра|дня|вечера|ночи|صباحا|صباحاً|مساء|مساءً|ظهرا|ظهراً))`;
// Round 39: or the meridiem after it, with dots and a space or not ("las 10 p. m.").
const HOUR_WORD = String.raw`(?:(?:[ \t]?h|[ \t]{1,2}(?:uhr|uur|heures?|horas?|hrs?|o'clock|godz\.?|ч\.?|tiden|giờ|óra|बजे|baje))${DAY_AFTER}?|${DAY_AFTER}|[ \t]{0,2}[ap]\.?[ \t]?m\.?)`;
const AROUND_AFTER = String.raw`(?:[ \t]{1,2}(?:sularında|sıralarında|civarında|civarı|gibi|suunnilleen|tienoilla|körül|táján|tájban|or so|ish)|-ish|[ \t]?時?半?(?:頃|ごろ|くらい|ぐらい)|[ \t]?(?:시[ \t]?반[ \t]?|시)?(?:경|쯤)|[ \t]?点?左右)`;
const SPELLED = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|eins|zwei|drei|fünf|sechs|sieben|neun|zehn|zwölf)`;
/** "half drie", "halb drei", "kwart over twee", "viertel nach zwei", "quarter past three", "half past two", "three". */
const SPELLED_TIME = String.raw`(?:(?:half|halb|kwart (?:over|voor)|viertel (?:nach|vor)|drei ?viertel|quarter (?:past|to)|half past|ten (?:past|to)|twenty (?:past|to))[ \t]{1,3})?${SPELLED}(?:[ \t]{1,2}(?:uur|uhr|o'clock))?`;

const DAY_PART = String.raw`(?:'s|’s)[ \t](?:ochtends|middags|avonds|nachts|morgens)|(?:vor|nach)mittags|abends|nachts|morgens|frühmorgens|på (?:för|efter)middagen|på (?:morgonen|kvällen|natten)|om (?:morgenen|ettermiddagen|formiddagen|eftermiddagen|kvelden|aftenen|natten)|(?:dans |en fin d'|en début d'|l')après-midi|(?:en fin de |dans la )?(?:matinée|soirée)|(?:le|au) (?:matin|soir)|por la (?:mañana|tarde|noche)|(?:à|de|pela) (?:manhã|tarde|noite)|nel (?:pomeriggio|mattino)|in (?:mattinata|serata)|di (?:mattina|sera|pomeriggio)|öğleden (?:sonra|önce)|sabah(?:ı)?|akşam(?:a doğru)?|rano|po południu|wieczorem|午前|午後|夕方|夜|朝|昼|오전|오후|저녁|上午|下午|晚上|早上|délelőtt|délután|éjjel|reggel|shaam(?: ko)?|subah|dopahar(?: ko)?|raat ko|(?:buổi )?(?:sáng|chiều|tối|trưa|đêm)(?: (?:hôm (?:đó|sau|trước)|nay))?|утром|днём|днем|вечером|ночью|صباحا|صباحاً|مساء|مساءً|ظهرا|ظهراً|(?:بعد|قبل) الظهر|(?:ليلة|صباح|مساء|فجر)(?: (?:يوم )?ال\p{L}{2,10})?|odpoledne|dopoledne|večer`;
/** Before or after a meal or noon ("[sometime after lunch]", "shortly before midnight"). */
const MEAL = String.raw`\[?(?:(?:sometime|some time|shortly|just|right)[ \t]{1,3})?(?:before|after)[ \t]{1,3}(?:lunch(?:time)?|noon|midday|midnight|dinner|breakfast)\]?`;
const GLOSS = String.raw`\((?:early |late |mid-?)?(?:morning|afternoon|evening|night|noon|midday|lunch(?:time)?)\)`;
const STAND_IN = String.raw`\[(?:time|hh:mm|hh:mm:ss|tbd|\?\?:\?\?)\]|[Xx]{2}:[Xx]{2}`;

/** Round 34: no digit after the hour, but a colon may close it ("khoảng 8 giờ sáng: …", "Tầm 9h: …", "around 15: …"). */
const NO_MORE_DIGITS = String.raw`(?![\d.]|:\d)`;
/** Round 33: the half of the day before an hour in Japanese and Korean ("오후 3시쯤", "午後3時頃"). */
const HALF_DAY = String.raw`(?:오전|오후|午前|午後)[ \t]?`;
const FORMS = String.raw`(?:${AROUND_BEFORE}[ \t]{1,3}(?:${CLOCK_WORD}[ \t]{1,2})?(?:${CLOCK_AFTER_AROUND}(?:${HOUR_WORD})?${NO_MORE_DIGITS}|${HOUR}(?:${HOUR_WORD})?${NO_MORE_DIGITS}|${SPELLED_TIME})|(?:saat[ \t]|${HALF_DAY}|(?:${DAY_PART})[ \t]{1,2})?${HOUR}(?:${HOUR_WORD})?${AROUND_AFTER}|${MEAL}|${DAY_PART}|[^\s\d()[\]]{1,20}[ \t]{0,2}${GLOSS}|${STAND_IN})`;

/** A time cell holding only such a time ("| runt 15 |", "| 15 sularında |", "| 's middags |"). */
// Round 39: after a day and month, as a chat or a French table writes them ("05/03 vers 23h").
const CELL = new RegExp(String.raw`^(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?[ \t]{1,2})?${FORMS}$`, 'iu');
/** Such a time at an entry's start, then a separator or a gloss-closed space and the event ("rond half drie: …", "[TIME] helpdesk …"). */
// Round 33: or an ideographic space ("15時ごろ\u3000コールセンターから…"), or a plain space after a time before or after midnight or
// noon ("shortly before midnight Joss leaves").
const LEAD = new RegExp(String.raw`^(${FORMS})(?:[ \t\u3000]{0,3}[-–—:,：][ \t]{0,4}|\u3000{1,3}[ \t]{0,2}|(?<=[)\]])[ \t]{1,4}|(?<=(?:before|after)[ \t]{1,3}(?:midnight|noon|midday))[ \t]{1,3})(?=\S)`, 'iu');

/** The cell's imprecise time as written, or null. */
export function foreignTimeCell(cell: string): string | null {
  const t = cell.replace(/[*_]/g, '').trim();
  return t.length <= 60 && CELL.test(t) ? t : null;
}

/**
 * Round 32: a clock time told in English prose at an entry's start ("A little after half past two, Tom restarts …",
 * "By quarter to four the queue is empty", "Just before ten o'clock: …"): a preposition of time with an optional hedge,
 * then a spelled time with "past", "to", "half" or "o'clock" in it (a bare "after two" or "before one" may be a count),
 * then a separator or the event's first word.
 */
const HEDGE = String.raw`(?:(?:a little|a bit|a few minutes|shortly|just|right|sometime|some time|not long|well|only)[ 	]{1,3})?`;
const PREPOSITION = String.raw`(?:after|before|by|until|till|at|around|about|towards?|near|close to|roughly|approximately)`;
const MINUTES_WORD = String.raw`(?:half|(?:a[ 	])?quarter|five|ten|twenty|twenty-five|twenty five)`;
const PROSE_CLOCK = String.raw`(?:(?:${MINUTES_WORD}[ 	](?:past|to|after|before)|half)[ 	]{1,2}${SPELLED}(?:[ 	]o'clock)?|${SPELLED}[ 	]o'clock)`;
const PROSE_LEAD = new RegExp(String.raw`^((?:${HEDGE}${PREPOSITION}[ 	]{1,3})?${PROSE_CLOCK}(?:[ 	]{1,2}(?:in the (?:morning|afternoon|evening)|at night|[ap]\.?m\.?))?)(?:[ 	]{0,3}[-–—:,][ 	]{0,4}|[ 	]{1,3})(?=\S)`, 'iu');
/** A bare spelled hour after the preposition ("Just before five, the on-call …"), closed by a separator, not a space ("after two retries"). */
const PROSE_HOUR_LEAD = new RegExp(String.raw`^(${HEDGE}${PREPOSITION}[ \t]{1,3}${SPELLED})[ \t]{0,3}[-–—:,][ \t]{0,4}(?=\S)`, 'iu');

/** The imprecise time at a line's start: its text as written and where the event starts, or null. */
export function foreignTimeLead(text: string): { asWritten: string; end: number } | null {
  const head = text.slice(0, 200);
  const m = LEAD.exec(head) ?? PROSE_LEAD.exec(head) ?? PROSE_HOUR_LEAD.exec(head);
  return m === null ? null : { asWritten: m[1]!.trim(), end: m[0].length };
}
