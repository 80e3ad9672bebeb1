/**
 * The incident fields and policy flags as CLI options, shared by `incident declare` and
 * `incident update`: every field the API takes can be set from the terminal.
 */
import { Option, type Command } from 'commander';
import { FLAG_KEYS, INCIDENT_TYPES, KEY_TIME_KEYS } from '../../domain/incident/incident.schema.ts';
import { CliError } from '../cli-error.ts';

const kebab = (k: string): string => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const NUMBER_FLAGS = new Set<string>(['errorBudgetConsumedPercent', 'externalComplaints']);

export type IncidentFieldOptions = Record<string, string | string[] | boolean | undefined>;

/** Adds the field options (title and severity optional here; declare makes them required itself). */
export function addIncidentFieldOptions(cmd: Command): Command {
  cmd
    .addOption(new Option('--type <type>', 'incident type').choices([...INCIDENT_TYPES]))
    .option('--service <name...>', 'affected services (first is primary)')
    .option('--environment <name...>', 'affected environments')
    .option('--summary <text>', 'short summary')
    .option('--commander <name>', 'incident commander')
    .option('--slo <target>', 'SLO target the incident is measured against, e.g. 99.9 (or "none")')
    .option('--slo-window <days>', 'SLO window in days (default 30)');
  for (const k of KEY_TIME_KEYS) cmd.option(`--${kebab(k)} <iso>`, `${kebab(k).replace(/-at$/, '')} time, ISO 8601 (or "none")`);
  for (const k of FLAG_KEYS) {
    if (NUMBER_FLAGS.has(k)) cmd.option(`--${kebab(k)} <n>`, `${kebab(k).replace(/-/g, ' ')} (a number, or "unknown")`);
    else cmd.option(`--${kebab(k)} [yes|no|unknown]`, `policy flag: ${kebab(k).replace(/-/g, ' ')} (alone: yes)`);
  }
  return cmd;
}

function flagValue(name: string, v: string | boolean): boolean | null {
  if (v === true) return true;
  const s = String(v).trim().toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(s)) return true;
  if (['no', 'n', 'false', '0'].includes(s)) return false;
  if (['unknown', 'null', '?'].includes(s)) return null;
  throw new CliError(`--${kebab(name)} takes yes, no or unknown, not "${String(v)}"`, 2);
}

function numberValue(name: string, v: string): number | null {
  if (['unknown', 'null'].includes(v.trim().toLowerCase())) return null;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new CliError(`--${kebab(name)} takes a number, not "${v}"`, 2);
  return n;
}

/** The API body the given options stand for (only what was given). */
export function incidentFieldsBody(o: IncidentFieldOptions): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const k of ['title', 'severity', 'type', 'summary', 'commander'] as const) if (typeof o[k] === 'string') body[k] = o[k];
  const services = o['service'];
  if (Array.isArray(services) && services.length) { body['services'] = services; body['primaryService'] = services[0]; }
  const envs = o['environment'];
  if (Array.isArray(envs) && envs.length) body['environments'] = envs;
  for (const k of KEY_TIME_KEYS) {
    const v = o[k];
    if (typeof v === 'string') body[k] = v.toLowerCase() === 'none' ? null : v;
  }
  for (const k of FLAG_KEYS) {
    const v = o[k];
    if (v === undefined || Array.isArray(v)) continue;
    body[k] = NUMBER_FLAGS.has(k) ? numberValue(k, String(v)) : flagValue(k, v);
  }
  const slo = o['slo'];
  if (typeof slo === 'string') {
    if (slo.toLowerCase() === 'none') body['slo'] = null;
    else {
      const target = Number(slo.replace(/%$/, ''));
      if (!Number.isFinite(target)) throw new CliError(`--slo takes a target such as 99.9, not "${slo}"`, 2);
      const window = o['sloWindow'];
      body['slo'] = { target, ...(typeof window === 'string' ? { windowDays: Number(window) } : {}) };
    }
  } else if (typeof o['sloWindow'] === 'string') throw new CliError('--slo-window needs --slo', 2);
  return body;
}
