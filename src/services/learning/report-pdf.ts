/** The report as a PDF (pdfkit, built-in Helvetica): the same figures as the Markdown export. */
import PDFDocument from 'pdfkit';
import type { Report } from '../../domain/learning/report.ts';

const pct = (r: number | null) => (r === null ? 'n/a' : `${Math.round(r * 1000) / 10}%`);
const val = (v: number | null) => (v === null ? 'n/a' : String(v));

/** Renders the report; resolves with the PDF bytes. */
export function reportPdf(r: Report): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Debrief ${r.kind} report ${r.period.label}` } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const h = (t: string) => doc.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text(t).font('Helvetica').fontSize(10);
  const line = (t: string) => doc.text(t.replace(/[^\x20-\x7E\u00A0-\u00FF]/g, '-'));
  doc.font('Helvetica-Bold').fontSize(18).text(`${r.kind[0]!.toUpperCase()}${r.kind.slice(1)} report ${r.period.label}`);
  doc.font('Helvetica').fontSize(9).fillColor('#555').text(`${r.definitions.period}. ${r.definitions.mttd}; ${r.definitions.mttr}.`).fillColor('#000').fontSize(10);
  h('Incidents');
  line(`Total: ${r.incidents.total}`);
  line(`By severity: ${Object.entries(r.incidents.bySeverity).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  line(`By service: ${Object.entries(r.incidents.byService).slice(0, 15).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  line(`By type: ${Object.entries(r.incidents.byType).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  h('Time to detect and resolve (minutes)');
  line(`MTTD mean ${val(r.mttdMinutes.mean)} (trend ${r.mttdMinutes.trend ?? 'n/a'}); MTTR mean ${val(r.mttrMinutes.mean)} (trend ${r.mttrMinutes.trend ?? 'n/a'})`);
  r.mttrMinutes.byMonth.forEach((m, i) => line(`${m.month}: MTTD ${val(r.mttdMinutes.byMonth[i]!.mean)}, MTTR ${val(m.mean)}, incidents ${r.incidents.byMonth[i]!.count}`));
  h('Metrics and goals');
  for (const t of r.targets) line(`${t.metric}: target ${t.target}, actual ${t.metric.startsWith('Mean time') ? val(t.actual) : pct(t.actual)}, ${t.met === null ? 'n/a' : t.met ? 'met' : 'not met'}`);
  h('Post-mortems');
  line(`Required (${r.postmortems.severities.join('/')}) ${r.postmortems.required}, published ${r.postmortems.published} (${pct(r.postmortems.completionRate)}); drafted within 48 h ${r.postmortems.draftWithin48h} of ${r.postmortems.written}`);
  h('Action items');
  line(`Due ${r.actionItems.due}, done by due ${r.actionItems.doneByDue} (${pct(r.actionItems.completionRate)}, target > ${Math.round(r.actionItems.target * 100)}%); open ${r.actionItems.open}, overdue ${r.actionItems.overdue}`);
  h('Patterns');
  line(`Contributing factors: technical ${r.contributingFactors.technical}, process ${r.contributingFactors.process}, organizational ${r.contributingFactors.organizational}`);
  line(`Recurring failure terms: ${r.topTerms.map((t) => `${t.term} (${t.count})`).join(', ') || 'none'}`);
  line(`Repeats ${r.repeats.count}; mean time between repeats ${val(r.repeats.meanDaysBetween)} days; recurred after the fix: ${r.repeats.recurredAfterFix.join(', ') || 'none'}`);
  doc.end();
  return done;
}
