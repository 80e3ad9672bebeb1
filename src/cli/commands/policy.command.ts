/**
 * `debrief policy show|check`: the effective post-mortem policy, and the verdict,
 * deadlines and numbers for one incident read as JSON. No server or database needed.
 */
import { Option, type Command } from 'commander';
import { readConfigFile } from '../../config/config-file.ts';
import { describePolicy } from '../../domain/policy/describe.ts';
import { evaluatePolicy } from '../../domain/policy/evaluate.ts';
import { parseIncidentJson } from '../../domain/policy/incident-input.ts';
import { VERDICT_LEVELS, type VerdictLevel } from '../../domain/policy/policy-config.ts';
import { loadPolicy, type Policy } from '../../domain/policy/resolve-policy.ts';
import { CliError } from '../cli-error.ts';
import { printJson, readInput } from '../io.ts';
import { formatEvaluation, formatPolicy } from './policy.format.ts';

type ShowOpts = { json?: boolean; config?: string };
type CheckOpts = ShowOpts & { now?: string; failOn?: VerdictLevel };

/** Loads the `policy` section of the config file (or the defaults), every problem listed at once. */
export function policyFromConfig(file: string | undefined): Policy {
  return loadPolicy(readConfigFile(file)['policy']);
}

function parseNow(text: string | undefined): Date {
  if (text === undefined) return new Date();
  const d = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(d.getTime())) {
    throw new CliError(`--now must be an ISO 8601 date-time, e.g. 2026-03-01T12:00:00Z (got "${text}")`, 2);
  }
  return d;
}

const RANK: Record<VerdictLevel, number> = { required: 3, recommended: 2, optional: 1, not_needed: 0 };

/** Registers `debrief policy show` and `debrief policy check`. */
export function registerPolicyCommand(program: Command): void {
  const policy = program.command('policy').description('The post-mortem policy: show it, or check an incident against it');

  policy
    .command('show')
    .description('Print the effective policy: severity scale, rules, deadlines, priorities')
    .option('--json', 'machine-readable output')
    .option('--config <file>', 'config file (default debrief.config.yaml or $DEBRIEF_CONFIG)')
    .action((opts: ShowOpts) => {
      const view = describePolicy(policyFromConfig(opts.config));
      if (opts.json === true) printJson(view);
      else process.stdout.write(formatPolicy(view));
    });

  policy
    .command('check')
    .description('Read one incident as JSON (file or - for stdin) and print the verdict, deadlines and numbers')
    .argument('[file]', 'incident JSON file, or - for standard input', '-')
    .option('--json', 'machine-readable output')
    .option('--now <iso>', 'the time to measure an unresolved incident to (default: now)')
    .option('--config <file>', 'config file (default debrief.config.yaml or $DEBRIEF_CONFIG)')
    .addOption(new Option('--fail-on <level>', 'exit 1 when the verdict is at least this level').choices([...VERDICT_LEVELS]))
    .action(async (file: string, opts: CheckOpts) => {
      const now = parseNow(opts.now);
      const loaded = policyFromConfig(opts.config);
      const text = await readInput(file);
      const incident = parseIncidentJson(text, file === '-' ? 'standard input' : file);
      const result = evaluatePolicy(incident, loaded, now);
      if (opts.json === true) printJson(result);
      else {
        const name = [incident.id, incident.title].filter((v) => v != null).join(' ');
        process.stdout.write(formatEvaluation(result, name === '' ? undefined : name));
      }
      if (opts.failOn !== undefined && RANK[result.verdict.level] >= RANK[opts.failOn]) process.exitCode = 1;
    });
}
