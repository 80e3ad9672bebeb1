import type { Rule } from './lint.context.ts';
import { cut, spanBody, spansOf, type SourceText } from './source-text.ts';
import { moreDetected, moreDetectionStated } from './timeline-words.more.ts';
import { timedEntries } from './timeline.rules.ts';
import { detectedByShape } from './detection.shapes.ts';
import { detectedRound39, lagStatedAfter } from './detection.words.round39.ts';
import { labelledInterval } from './timeline.shapes.ts';


const STATED: readonly RegExp[] = [
  /\b(?:time[ -]to[ -](?:detect(?:ion)?|detection)|detection (?:time|lag|delay|latency)|mttd|ttd)\b/i,
  /\b(?:detected|noticed|spotted|caught|alerted|paged|discovered|identified) (?:\w+ ){0,3}(?:after|within|in) (?:about |around |~|roughly )?\d+/i,
  /\b\d+\s?(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|days?) (?:after|later|into|before) (?:\w+ ){0,4}(?:start|began|begin|onset|impact|detect\w*|notic\w*|alert\w*|the (?:incident|outage|deploy|change))/i,
  /\b(?:undetected|unnoticed) for\b/i,
  /\btook (?:us )?(?:about |around |~)?\d+\s?\w+ to (?:detect|notice|alert|spot)/i,
  // Round 8: the lag in other words — "detection took 22 minutes", "Detection took 4 h 36 min", "detection came after 5 hours".
  /\bdetection (?:took|was|lasted|came|happened|occurred|needed)(?: only| just)? (?:after |about |around |roughly |some |~)?\d+/i,
  // Round 34: the "time to detect" label in the other languages writers use ("検知までの時間：0分", "发现耗时", "탐지 시간",
  // "Zeit bis zur Erkennung", "délai de détection", "tiempo de detección", "thời gian phát hiện", "время обнаружения").
  /(?:検知|検出|発見)(?:まで)?(?:の)?時間|(?:发现|检测|發現|檢測)(?:耗时|耗時|时间|時間)|(?:탐지|감지|발견)(?:까지)?[ \t]?(?:걸린[ \t]?)?시간|(?<!\p{L})(?:zeit bis zur (?:erkennung|entdeckung)|erkennungs(?:zeit|dauer)|d[ée]lai de d[ée]tection|temps (?:de|avant (?:la )?) ?d[ée]tection|tiempo (?:de|hasta (?:la )?)\s?detecci[óo]n|tempo (?:de|até (?:a )?)\s?detec[çc][ãa]o|tempo di rilevamento|(?:detectietijd|tijd tot detectie)|thời gian (?:phát hiện|đến khi phát hiện)|doba (?:do )?(?:detekce|zjištění)|čas do (?:detekce|zjištění)|время (?:до )?обнаружения)(?!\p{L})/iu,
];
/** The start and the detection, each with its clock time, on one line: "The drift started at 21:40 … caught it at 22:02". */
const START_AT = /\b(?:started|began|begun)\b[^\n]{0,120}?\b\d{1,2}:\d{2}\b/i;
const DETECTED_AT = /\b(?:detected|noticed|spotted|caught|alerted|paged|flagged|escalated|reported|raised)\b[^\n]{0,80}?\b\d{1,2}:\d{2}\b/i;

function startAndDetection(raw: string): boolean {
  const start = START_AT.exec(raw);
  if (start === null) return false;
  const after = start.index + start[0].length;
  return DETECTED_AT.test(raw.slice(after, after + 300));
}
/** A statement whose value is still the template's ("Time to detect: [X minutes]", "?? minutes", "XX min", "TBD"): not stated. */
// Round 34: or "unknown" as its value, in English or another language ("Thời gian phát hiện: chưa rõ", "検知までの時間：不明").
const UNSTATED = /\[[^\]]{0,40}\](?!\()|\?\?|\bX{1,3}\s?(?:min|minutes|hours|h)\b|\bTB[DC]\b|\bN\/A\b|[:：][ \t]{0,3}(?:\*\*|__)?[ \t]{0,2}(?:unknown|unclear|not known|chưa rõ|không rõ|unbekannt|unklar|inconnue?|desconocido|desconhecido|sconosciuto|onbekend|nieznany|okänd|neznám[ýáé]|неизвестно|غير معروف|不明|未知|불명|알 수 없음)(?![\p{L}])/iu;
/**
 * An entry where someone or something becomes aware of the problem: an alert or page, or a verb of noticing or reporting
 * in any tense ("notices", "saw", "sees", "reports", "spots"), or the first complaint or report from outside.
 */
// Round 10: an alert named between the word and its verb, in any tense ("Alert "results-not-published" fires in #ops").
// Round 19: an alerting tool's own row ("Alert created: error rate > 20%").
// Round 11: a call to the on-call or the service desk from outside ("Control centre calls the IT on-call"), a ticket
// raised or opened ("Support raises SRCH-1203"). Round 14: or to the front desk ("Applicant phones the front desk").
const DETECTED =
  /\b(?:alert(?:ed|s)? (?:[^.;|]{1,60}? )?(?:fires|fired|firing|triggers|triggered|goes off|went off|pages)|alert fired|alert (?:created|opened|raised)|detect(?:s|ed)|paged|warn(?:s|ed)|notic(?:es|ed)|(?:check|comparison|test|inspection|sample|reading) (?:shows|showed|reveals|revealed)|report(?:s|ed)|spot(?:s|ted)|sees|saw|discover(?:s|ed)|first (?:alert|page|complaint|report|ticket|call)|(?:customer|user|client) (?:complaints?|reports?|tickets?)|complain(?:s|ed)|pagerduty|opsgenie|alarm)\b|\b(?:calls?|called|pages|rings?|rang|phones?|phoned|pings?|pinged|escalates? to|escalated to) (?:the |our )?(?:[\w-]+ ){0,3}?(?:on[- ]?call|sre|ops|support|help ?desk|service ?desk|front ?desk|reception|hotline|switchboard|noc|duty (?:manager|engineer|officer))\b|\bpost(?:s|ed)? (?:in|to) #[\w-]{2,40}|\b(?:raises?|raised|opens?|opened|files?|filed) (?:a |an )?(?:\w+ ){0,2}?(?:ticket|incident|case|bug report)\b/iu;

/**
 * Round 29: the same in Spanish, Portuguese, French, German and Italian: an alert that fires ("Alerta de Grafana … salta",
 * "alerta dispara", "l'alerte se déclenche", "Alarm löst aus"), a first complaint or report ("primeras reclamaciones",
 * "primeiras reclamações", "premières plaintes"), noticing or detecting ("detecta", "bemerkt", "remarque", "nota").
 */
const DETECTED_FOREIGN =
  /\b(?:alerta|alerte|alarme?|allarme)\b[^.;|]{0,60}?\b(?:salta|saltó|dispara|disparou|disparó|se d[ée]clenche|d[ée]clench[ée]e?|l[öo]st aus|ausgel[öo]st|scatta|scattato)(?!\p{L})|\b(?:primer[ao]s?|premi[eè]res?|ersten?|prim[ei])\s(?:reclama\p{L}*|quejas?|plaintes?|signalements?|beschwerden?|meldungen?|segnalazioni|reclami)|\b(?:reclamaç(?:ão|ões)|quejas?|plaintes?|beschwerden?|reclami)(?!\p{L})|\b(?:detecta(?:do|da|mos)?|detectou|detectó|d[ée]tect[ée]e?|bemerkt|erkannt|remarqu(?:e|é)|rileva(?:to)?|notato|percebe(?:u)?)(?!\p{L})/iu;

/**
 * Round 31: the same in Swedish, Norwegian, Danish, Dutch, Turkish, Portuguese and Polish, and in Japanese, Korean and
 * Chinese: an alarm that goes off or goes to the on-call ("Larmet … går till jourhavande", "alarmen går", "alarm gaat
 * af", "alarm tetikleniyor"), an on-call who acknowledges it ("kvitterar larmet"), noticing or detecting ("upptäcker",
 * "oppdager", "opdager", "merkt", "ontdekt", "fark ediyor", "tespit ediyor", "zauważa"), a report or a first ticket
 * ("bildiriyor", "meldt", "meldet", "rapporterar", "registra o primeiro chamado", "zgłasza"), "発報", "検知", "気づ", "감지", "告警".
 */
const DETECTED_OTHER =
  /(?<!\p{L})(?:larm(?:et)?|alarm(?:en|et|ı)?)(?!\p{L})[^.;|]{0,60}?(?<!\p{L})(?:går|gick|utlöses|utlöstes|löser ut|løser ut|udløses|gaat af|ging af|tetiklen\p{L}*|çal\p{L}*)(?!\p{L})|(?<!\p{L})(?:kvitterar|kvitterer|kvitterade|bekräftar larm\p{L}*)(?!\p{L})|(?<!\p{L})(?:upptäck(?:er|te)|märk(?:er|te)|oppdag(?:er|et)|opdag(?:er|ede)|ontdek(?:t|ken)|merk(?:t|te|en) (?:dat|op)|fark ed\p{L}*|tespit ed\p{L}*|zauważ\p{L}*|wykry\p{L}*|bildir\p{L}*|rapporter(?:ar|ade|er|te)|meld(?:t|et|er|te)|zgłasza\p{L}*|(?:registra|abre|abriu|registrou) (?:o |um )?(?:primeiro )?chamado|primeir[oa]s? (?:chamados?|reclama\p{L}*|alertas?))(?!\p{L})|発報|検知|気づ|감지|告警/iu;

/** A form field's value: a clock time, after a date or not ("2025-05-19 07:55", "07:55 UTC"). */
const FIELD_TIME = /^\s{0,3}(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2} \w{3,9} \d{4},? )?\d{1,2}:\d{2}\b/;
const STARTED_FIELD = /\b(?:start(?:ed|s)?|began|begun|onset)\b/i;
const DETECTED_FIELD = /\bdetect(?:ed|ion)\b/i;

/**
 * Round 16: a form's fields as headings ("## 3. Date/time incident started" over "2025-05-19 06:40", "## 4. Date/time
 * detected" over "2025-05-19 07:55"): the start and the detection each stated with its time, so the lag can be read off.
 */
function formFields(src: SourceText): boolean {
  const valued = (re: RegExp): boolean =>
    src.spans.some((span) => {
      if (!re.test(src.lines[span.start - 1]?.raw ?? '')) return false;
      const body = spanBody(src, span).find((l) => l.kind !== 'blank');
      return body !== undefined && FIELD_TIME.test(body.raw);
    });
  return valued(DETECTED_FIELD) && valued(STARTED_FIELD);
}

/** `detection-lag`: the time from start to detection is stated nowhere (nor derivable from the timeline). */
export const detectionLagRule: Rule = ({ doc, src }) => {
  if (src.lines.some((l) => l.kind !== 'frontMatter' && (STATED.some((re) => re.test(l.raw)) || moreDetectionStated(l.raw) || lagStatedAfter(l.raw) || startAndDetection(l.raw) || labelledInterval(l.raw)) && !UNSTATED.test(l.raw))) return [];
  if (formFields(src)) return [];
  const extra = doc.meta.extra;
  if (['detected', 'detectedAt', 'detected_at', 'timeToDetect', 'time_to_detect'].some((k) => extra[k] != null)) return [];
  // Start and detection both in the timeline, the start before the detection: the lag can be read off.
  const timed = timedEntries(doc.timeline.entries, false, src);
  const detects = (t: (typeof timed)[number]): boolean => t.entry.phase === 'detection' || DETECTED.test(t.entry.text) || DETECTED_FOREIGN.test(t.entry.text) || DETECTED_OTHER.test(t.entry.text) || moreDetected(t.entry.text) || detectedByShape(t.entry.text) || detectedRound39(t.entry.text);
  // Round 37: any entry above the detection and earlier than it (the first row may be a change made the day before,
  // written with its own date, that the rows after it do not repeat).
  const detection = timed.findIndex(detects);
  const found = timed[detection];
  if (detection > 0 && found !== undefined && timed.slice(0, detection).some((t) => t.ms < found.ms)) return [];
  const at = spansOf(src, 'detection')[0]?.start ?? spansOf(src, 'timeline')[0]?.start ?? 1;
  return [
    {
      rule: 'detection-lag',
      message:
        'The time between the start of the incident and its detection is not stated. Add "Time to detect: N minutes" (or put both the start and the first alert in the timeline).',
      line: at,
      quote: cut(src.lines[at - 1]?.raw ?? ''),
      section: spansOf(src, 'detection').length > 0 ? 'detection' : 'timeline',
    },
  ];
};
