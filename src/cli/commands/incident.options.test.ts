import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addIncidentFieldOptions, incidentFieldsBody } from './incident.options.ts';
import { formatIncidentDetail } from './incident.format.ts';
import { buildDeadline, buildIncident, buildMetrics, buildPolicy } from '../../../web/src/test-support/factories.ts';

const parse = (...args: string[]) => {
  const cmd = addIncidentFieldOptions(new Command('update').exitOverride().option('-t, --title <t>'));
  cmd.parse(args, { from: 'user' });
  return incidentFieldsBody(cmd.opts());
};

describe('incident fields from the command line', () => {
  it('sets every policy flag as yes, no or unknown, and numbers as numbers', () => {
    expect(parse('--customer-visible', '--data-loss', 'no', '--security', 'unknown', '--external-complaints', '3')).toEqual({
      customerVisible: true, dataLoss: false, security: null, externalComplaints: 3,
    });
  });

  it('sets the SLO, key times, services and environments', () => {
    expect(parse('--slo', '99.9', '--slo-window', '28', '--resolved-at', '2026-03-10T10:00:00Z', '--service', 'api', 'db', '--environment', 'prod')).toEqual({
      slo: { target: 99.9, windowDays: 28 }, resolvedAt: '2026-03-10T10:00:00Z', services: ['api', 'db'], primaryService: 'api', environments: ['prod'],
    });
    expect(parse('--slo', 'none', '--mitigated-at', 'none')).toEqual({ slo: null, mitigatedAt: null });
  });

  it('refuses a flag value it cannot read, naming the option', () => {
    expect(() => parse('--data-loss', 'maybe')).toThrow(/--data-loss takes yes, no or unknown/);
    expect(() => parse('--slo-window', '7')).toThrow(/--slo-window needs --slo/);
  });

  it('shows the numbers and deadlines the help promises', () => {
    const text = formatIncidentDetail(buildIncident({
      id: 'INC-1', title: 'T', severity: 'SEV-2', status: 'resolved', version: 1,
      policy: buildPolicy({
        verdict: { level: 'required', reasons: [], unknown: [], pending: [] },
        metrics: buildMetrics({ durationMinutes: 75, timeToDetectMinutes: 5, timeToAcknowledgeMinutes: null, timeToMitigateMinutes: 30, timeToResolveMinutes: 70, customerImpactMinutes: 60, errorBudgetConsumedPercent: 12.5, ongoing: false }),
        deadlines: { draft: buildDeadline({ label: 'draft written', at: '2026-03-12T10:00:00.000Z' }) },
      }),
    }));
    expect(text).toContain('duration 1 h 15 min');
    expect(text).toContain('error budget consumed 12.5%');
    expect(text).toMatch(/draft written\s+2026-03-12T10:00:00.000Z/);
  });
});
