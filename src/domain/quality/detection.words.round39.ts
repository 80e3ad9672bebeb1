/*
 * Round 39 (issue 16): a timeline entry that records the detection, in shapes and languages detection.rule.ts and
 * detection.shapes.ts did not read:
 * - the detection phase named as a label on the row, in the languages whose timelines the reader already reads ("Détection :
 *   un abonné signale…", "… Rilevamento.", "… Zjištění.", "Ito ang detection"), as detection.shapes.ts reads "Detected.";
 * - the lag stated with the participle and "after" in another language ("Upptäckt efter 2 timmar", "entdeckt nach 40
 *   Minuten", "détecté après 25 minutes");
 * - verbs of reporting, noticing and alerting in Hungarian, Greek, Spanish, French, Italian, Czech, Swedish, Hinglish and
 *   Tagalog ("jelzi", "észreveszi", "riasztást kap", "αναφέρει", "avisa al NOC", "signale", "segnalazione", "hlásí",
 *   "larmar", "call kiya", "ni-report"), and in Bengali, Thai, Korean and Arabic ("অভিযোগ", "แจ้ง", "문의", "يلاحظ");
 * - a complaint passed on to the people who answer ("Support escalates the complaint", "receives a complaint").
 * A ticket key is read with its capitals only: "file ftl-2024-06.yaml uploaded" raises no ticket (detection.rule.ts read
 * it case-blind and took a file name for a detection, so a later alert was measured from nothing).
 */

const word = (alt: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'iu');

/** The name of the detection phase, in the languages the timeline reader reads. */
const PHASE_NOUN =
  'detection|detectie|detecci[óo]n|detec[çc][ãa]o|d[ée]tection|erkennung|entdeckung|rilevamento|rilevazione|zji[šs]t[ěe]n[íi]|detekce|wykrycie|uppt[äa]ckt|oppdagelse|opdagelse|ontdekking|tespit|észlelés|εντοπισμός|ανίχνευση|phát hiện';

/** The phase name opening the row as a label ("Détection : …", "Erkennung: …"), or a sentence of its own ("… Rilevamento."). */
const PHASE_LABEL = new RegExp(
  `(?:^|[.;!?][ \\t]{1,3})(?:\\*\\*|__|\\*|_)?(?:${PHASE_NOUN})(?:\\*\\*|__|\\*|_)?(?:[ \\t]?[:：]|[.!](?:\\*\\*|__|\\*|_)?[ \\t]*(?=$|\\p{Lu}|\\())`,
  'iu',
);

/** "This is the detection" and the Tagalog "Ito ang detection": the writer marks the row as the detection. */
const THIS_IS_DETECTION = word('(?:this|that|it) (?:is|was) (?:the |our )?detection|ito ang (?:detection|pagtuklas)');

/** The detection participle, then "after" and a length, in another language: the lag stated in words. */
const LAG_AFTER = word(
  '(?:uppt[äa]ckt|oppdaget|opdaget|entdeckt|erkannt|bemerkt|d[ée]tect[ée]e?|detectad[oa]|detectad[oa]|rilevat[oa]|zji[šs]t[ěe]no|wykryt[oa]|ontdekt|opgemerkt) (?:efter|etter|nach|apr[èe]s|tras|despu[ée]s de|ap[óo]s|dopo|po|na|na een) (?:\\p{L}+ )?\\d{1,3}',
);

/** Verbs and nouns of reporting, noticing and alerting in languages written with spaces between words. */
const REPORTS = word(
  [
    // Hungarian: signals, reports, notices, detects, receives an alarm, a complaint.
    'jelzi|jelez|jelezte|bejelent\\p{L}{0,4}|észreveszi|észrevette|észlel\\p{L}{0,4}|riasztás(?:t|ok)? (?:kap\\p{L}{0,3}|érkez\\p{L}{0,3}|jön|jött|megszólal\\p{L}{0,3})|panasz\\p{L}{0,4}',
    // Greek: reports, detects, notices, alerts, the alarm, a complaint.
    'αναφέρει|ανέφερε|αναφέρουν|εντοπίζει|εντόπισε|παρατηρεί|παρατήρησε|ειδοποιεί|ειδοποίησε|ειδοποίηση|συναγερμός|παράπονα',
    // Spanish, Portuguese, French, Italian: notifies the responders, signals, a report.
    '(?:avisa|avisó|avisou|alerta) (?:a|al|à|ao) (?:\\p{L}+ ){0,2}?(?:noc|soc|sre|soporte|suporte|guardia|plant[ãa]o|on-?call)|signale(?:nt)?|a signalé|segnala(?:no)?|segnalazion[ei]|ha segnalato',
    // Czech and Slovak: reports, alerts, pages.
    'hlásí|nahlásil\\p{L}{0,2}|nahlásí|upozorňuje|upozornil\\p{L}{0,2}|pageuje|pagoval\\p{L}{0,2}',
    // Swedish, Norwegian, Danish: alarms the on-call.
    'larmar|larmade|varsler|varslet|alarmerer|alarmerede',
    // Hinglish and Tagalog: an English verb of detection with the Hindi auxiliary or the Tagalog prefix.
    '(?:call|report|notice|page|alert|complain|escalate) (?:kiya|kiye|ki|karta|karti)|(?:ni|nag|na|mag|i)-(?:report|notice|page|alert|detect|flag)',
  ].join('|'),
);

/**
 * The same in scripts written without spaces or with joined marks: a complaint, a notice, an inquiry, noticing, a ticket.
 * A Thai notice after its negation ("ไม่มีการแจ้งเตือน", no alert) is the silence before the detection.
 */
const REPORTS_UNSPACED = /অভিযোগ|শনাক্ত|(?<!ไม่มีการ|ไม่มี|ไม่)แจ้ง|ร้องเรียน|ตรวจพบ|문의|신고|제보|يلاحظ|لاحظ|بلاغ|شكوى|شكاوى|(?:يفتح|فتح|تفتح) (?:ال)?تذكرة/u;

/** A complaint passed on to, or received by, the people who answer. */
const COMPLAINT_PASSED = /\b(?:escalat\w{0,3}|forward\w{0,3}|relay\w{0,3}|pass(?:es|ed)? on|receiv\w{0,3}|gets?|got|logs?|logged) (?:the |a |an |one )?(?:\w+ ){0,2}?complaints?\b/i;

/** A ticket key, with its capitals (not a file name's lower-case stem: "file ftl-2024-06.yaml"). */
const TICKET_RAISED = /\b(?:[Rr]aise[sd]?|[Oo]pen(?:s|ed)?|[Ff]ile[sd]?) (?:a |an )?(?:[\w-]+ ){0,2}?\p{Lu}{2,10}-\d{1,6}\b/u;

/** Whether a timeline entry records the detection by one of the round's shapes or words. */
export function detectedRound39(text: string): boolean {
  return (
    PHASE_LABEL.test(text) ||
    THIS_IS_DETECTION.test(text) ||
    LAG_AFTER.test(text) ||
    REPORTS.test(text) ||
    REPORTS_UNSPACED.test(text) ||
    COMPLAINT_PASSED.test(text) ||
    TICKET_RAISED.test(text)
  );
}

/** Whether a line states the lag with a foreign detection participle and "after" a length ("entdeckt nach 40 Minuten"). */
export const lagStatedAfter = (text: string): boolean => LAG_AFTER.test(text);
