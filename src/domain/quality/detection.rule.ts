import type { Rule } from './lint.context.ts';
import { cut, spansOf } from './source-text.ts';
import { timedEntries } from './timeline.rules.ts';

const STATED: readonly RegExp[] = [
  /\b(?:time[ -]to[ -](?:detect(?:ion)?|detection)|detection (?:time|lag|delay|latency)|mttd|ttd)\b/i,
  /\b(?:detected|noticed|spotted|caught|alerted|paged|discovered|identified) (?:\w+ ){0,3}(?:after|within|in) (?:about |around |~|roughly )?\d+/i,
  /\b\d+\s?(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|days?) (?:after|later|into|before) (?:\w+ ){0,4}(?:start|began|begin|onset|impact|detect\w*|notic\w*|alert\w*|the (?:incident|outage|deploy|change))/i,
  /\b(?:undetected|unnoticed) for\b/i,
  /\btook (?:us )?(?:about |around |~)?\d+\s?\w+ to (?:detect|notice|alert|spot)/i,
];
const DETECTED = /\b(?:alert(?:ed|s)? (?:fired|triggered|went off)|alert fired|detected|paged|noticed|reported|spotted|first alert|pagerduty|opsgenie|alarm)\b/i;

/** `detection-lag`: the time from start to detection is stated nowhere (nor derivable from the timeline). */
export const detectionLagRule: Rule = ({ doc, src }) => {
  if (src.lines.some((l) => l.kind !== 'frontMatter' && STATED.some((re) => re.test(l.raw)))) return [];
  const extra = doc.meta.extra;
  if (['detected', 'detectedAt', 'detected_at', 'timeToDetect', 'time_to_detect'].some((k) => extra[k] != null)) return [];
  // Start and detection both in the timeline, the start before the detection: the lag can be read off.
  const timed = timedEntries(doc.timeline.entries);
  const detection = timed.findIndex((t) => t.entry.phase === 'detection' || DETECTED.test(t.entry.text));
  const first = timed[0];
  const found = timed[detection];
  if (detection > 0 && first !== undefined && found !== undefined && first.ms < found.ms) return [];
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
