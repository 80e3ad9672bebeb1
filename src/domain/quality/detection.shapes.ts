/*
 * Round 37 (issue 16): a timeline entry that records the detection, read by shapes the word lists of detection.rule.ts
 * did not cover, across writers:
 * - an alerting or monitoring product named as the source of the row ("Triggered through Datadog", "تنبيه من Grafana",
 *   "Sentry issue opened"): the product names are a closed class and the same in every language;
 * - someone writing to the people who answer ("Reception emails support", "messages the service desk", "texts the
 *   on-call"), as the calls and pages detection.rule.ts reads (not "contacts", which is as often an escalation);
 * - the alert's verb before its noun, as Romance languages write it ("Se dispara la alerta", "se declanșează alerta"), and
 *   the Romanian verb after it ("Alerta … se declanșează");
 * - the writer's own phase label, a sentence of one word of the "detect" family ("… Detectat.", "Detection.",
 *   "**Detectado.**").
 */

/** Alerting, paging and monitoring products: a row they are the source of is an alert. */
const ALERTING_PRODUCT =
  /(?<![\p{L}\p{N}])(?:datadog|grafana|prometheus|alertmanager|sentry|new relic|newrelic|zabbix|nagios|icinga|cloudwatch|pingdom|uptimerobot|uptime robot|statuscake|splunk|dynatrace|appdynamics|honeycomb|victorops|splunk on-call|incident\.io|rootly|firehydrant|betteruptime|better stack|checkly|site24x7|stackdriver|azure monitor|elastalert|kibana alert)(?![\p{L}\p{N}])/iu;

/** Writing to the people who answer: support, a desk, the on-call, the NOC. */
const WRITES_TO_RESPONDERS =
  /\b(?:e-?mails?|e-?mailed|messages?|messaged|writes? to|wrote to|slacks?|slacked|dms?|dm'd|texts?|texted|tickets?) (?:the |our |their )?(?:[\w-]+ ){0,3}?(?:on[- ]?call|sre|ops|support|help ?desk|service ?desk|front ?desk|it desk|noc|soc|duty (?:manager|engineer|officer)|incident (?:line|channel))\b/i;

/** The alert's verb before the noun (Spanish, Portuguese, French, Italian, Romanian), or the Romanian verb after it. */
const ALERT_VERB_FIRST =
  /(?<!\p{L})(?:se )?(?:dispara|disparó|disparou|déclenche|salta|saltó|scatta|declanșează|declanşează|activa|activó)(?:[ \t]+(?:la|el|a|o|l'|l’|una|un|uma|le|il))?[ \t]*(?:alerta|alerte|alarma|alarme|allarme)(?!\p{L})|(?<!\p{L})(?:alerta|alarma)(?!\p{L})[^.;|]{0,60}?(?<!\p{L})(?:se )?declan[șş]\p{L}*/iu;

/** A sentence of one word of the "detect" family: the writer's phase label on the row. */
const PHASE_LABEL = /(?:^|[.;:!?][ \t]{1,3})(?:\*\*|__|\*|_)?(?:dete[cç]\p{L}{0,6}|d[ée]tect\p{L}{0,6})(?:\*\*|__|\*|_)?[.!](?:\*\*|__|\*|_)?[ \t]*(?=$|\p{Lu}|\()/iu;

/** A product named as where a reading was seen ("on the Datadog dashboard", "Grafana board"): no alert. */
const PLACE_WORD = /(?<![\p{L}\p{N}])(?:board|dashboard|panel|graph|chart|screen)s?(?![\p{L}\p{N}])/iu;
/** A note in brackets ("(Grafana "Seat holds" board)") names where a reading came from, not the row's source. */
const BRACKETED = /\([^()]{0,80}\)/g;

/**
 * Round 38: an alert named by its condition, a measure compared with a threshold ("Alert `unlock_success_rate < 80 %`
 * feuert", "Alerta SearchZeroResultRate > 30% trimite pagină", "Alert payment_decline_rate > 20% w Grafanie"), with the
 * alert's word of the Latin stem most languages share ("alert", "alerta", "alerte", "alarm", "allarme"): the row is the
 * alert whatever the language of its verb.
 */
const ALERT_STEM = /(?<![\p{L}\p{N}])(?:aler[ct]\p{L}{0,5}|alarm\p{L}{0,5}|allarm\p{L}{0,5})(?![\p{L}\p{N}])/iu;
const CONDITION = /[\p{L}\p{N}_)\]`][ \t]{0,2}(?:>=?|<=?|≥|≤)[ \t]{0,2}\d/u;

/** Whether a timeline entry records the detection by one of these shapes. */
export function detectedByShape(text: string): boolean {
  const productAlert = !PLACE_WORD.test(text) && ALERTING_PRODUCT.test(text.replace(BRACKETED, ' '));
  const conditionAlert = ALERT_STEM.test(text) && CONDITION.test(text);
  return productAlert || conditionAlert || WRITES_TO_RESPONDERS.test(text) || ALERT_VERB_FIRST.test(text) || PHASE_LABEL.test(text);
}
