import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { detectedByShape } from './detection.shapes.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 37: a chat export pasted into a code block (each message under its "[10:53 AM] Name" header) and the
 * detection read by shape: an alerting product as a row's source, a message to the people who answer, the alert's verb
 * before its noun, the writer's one-word phase label; a start above the detection that is not the first row.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const rulesOf = (text: string): string[] => lint(text).map((f) => f.rule);
const timeline = (body: string): string => withSection('Timeline', body, GOOD_POSTMORTEM);

describe('a chat export in a code block: each message is its header\'s entry (round 37)', () => {
  const chat = (message: string): string => timeline(['```', '[10:53 AM] Kelvin Lim', 'TXT record added, TTL 60', '',
    '[11:05 AM] Darren Tan', message, '```'].join('\n'));

  it('reads the message under the header, so a wait it states explains the gap', () => {
    expect(parsePostmortem(chat('still waiting for the CA')).doc.timeline.entries[1]?.text).toContain('still waiting for the CA');
    expect(rulesOf(chat('still waiting for the CA, validation pending'))).not.toContain('timeline-gap');
  });

  it('hard negative: a message that says nothing of the interval leaves the gap reported', () => {
    expect(rulesOf(chat('cert issued, deploying to the first node'))).toContain('timeline-gap');
  });
});

describe('the detection read by shape (round 37)', () => {
  it('reads an alerting product as the row\'s source, in any language', () => {
    expect(detectedByShape('Triggered through Datadog: queue wait > 180s')).toBe(true);
    expect(detectedByShape('تنبيه من Grafana: نسبة أخطاء rx-viewer أعلى من 50%')).toBe(true);
  });
  it('hard negative: a product named as where a reading was seen is no alert', () => {
    expect(detectedByShape('Seat-hold p95 latency rises above 4 s (Grafana "Seat holds" board)')).toBe(false);
    expect(detectedByShape('Mia opens the Datadog dashboard to compare the regions')).toBe(false);
  });
  it('reads a message to the people who answer, the alert\'s verb before its noun and a one-word phase label', () => {
    expect(detectedByShape('Reception at the clinic emails support: no online bookings since opening')).toBe(true);
    expect(detectedByShape('Se dispara la alerta de latencia p95 mayor a 5 s.')).toBe(true);
    expect(detectedByShape('Alerta upload_error_rate > 5% se declanșează.')).toBe(true);
    expect(detectedByShape('Gateway calls fail for all clients. Detectat.')).toBe(true);
  });
  it('hard negative: contacting a vendor, a word of the detect family inside a sentence', () => {
    expect(detectedByShape('The laboratory contacted the vendor about the upgrade')).toBe(false);
    expect(detectedByShape('We deploy the detection rule for the new region')).toBe(false);
  });

  it('reads the lag off a start above the detection when the first row is a change of the day before', () => {
    const rows = (third: string): string => timeline(['- Thu 29 Feb 11:40pm — Release v4.18 deployed.', '- 1:52pm — Timeouts start on transfers.', `- 2:25pm — ${third}`].join('\n'));
    expect(rulesOf(rows('Contact centre escalates to the NOC on WhatsApp.'))).not.toContain('detection-lag');
    expect(rulesOf(rows('Transfers keep timing out.'))).toContain('detection-lag');
  });
});
