import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { Report } from '../../domain/learning/report.ts';
import { ensureOk, withApi } from '../api-client.ts';
import { CliError } from '../cli-error.ts';
import { printJson } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

/** `debrief report monthly|quarterly|annual --period …`: the review figures, or an export. */
export function registerReportCommand(program: Command): void {
  addClientOptions(program.command('report'))
    .description('Monthly / quarterly / annual review: incidents, MTTD/MTTR, post-mortems, action items, patterns, repeats, targets')
    .argument('<kind>', 'monthly, quarterly or annual').requiredOption('--period <p>', '2026-05, 2026-Q2 or 2026')
    .addOption(new Option('--format <f>', 'output format').choices(['json', 'md', 'csv', 'pdf']).default('json'))
    .option('--json', 'same as --format json').option('--target <rate>', 'action-item completion target (0..1, default 0.9)')
    .option('-o, --output <file>', 'write to a file (needed for pdf)')
    .action(async (kind: string, o: GlobalClientOptions & { period: string; format: string; json?: boolean; target?: string; output?: string }) => withApi(o, async (api) => {
      const format = o.json ? 'json' : o.format;
      const qs = new URLSearchParams({ period: o.period, format: format === 'pdf' ? 'json' : format });
      if (o.target) qs.set('target', o.target);
      const res = ensureOk(await api.request('GET', `/api/v1/reports/${encodeURIComponent(kind)}?${qs}`));
      if (format === 'pdf') {
        if (!o.output) throw new CliError('--format pdf needs --output <file.pdf>', 2);
        const { reportPdf } = await import('../../services/learning/report-pdf.ts');
        writeFileSync(o.output, await reportPdf(res.body as Report));
        return;
      }
      if (format === 'json') {
        if (o.output) { writeFileSync(o.output, `${JSON.stringify(res.body, null, 2)}\n`); return; }
        return printJson(res.body);
      }
      if (o.output) writeFileSync(o.output, res.text);
      else process.stdout.write(res.text);
    }));
}
