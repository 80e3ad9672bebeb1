/** HTTP routes for the effective policy and ad-hoc checks. */
import { describePolicy, evaluatePolicy, parsePolicyIncident } from '../../domain/policy/index.ts';
import { requireRole } from '../../services/access.ts';
import type { ServiceContext } from '../../services/context.ts';
import { z } from 'zod';
import { PolicyViewSchema } from '../../domain/policy/describe.ts';
import { PolicyEvaluationSchema } from '../../domain/policy/evaluation.view.ts';
import { route, type RouteDef } from '../route.ts';

/** Policy routes under /api/v1. */
export function policyRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/policy', tag: 'policy', auth: 'token',
      summary: 'The effective policy: severity scale, incident types, flags, rules with thresholds, deadline sources, priorities',
      response: PolicyViewSchema,
      handler: async ({ actor }) => {
        requireRole(actor, 'viewer', 'reading the policy');
        return describePolicy(ctx.config.policy);
      },
    }),
    route({
      method: 'POST', url: '/api/v1/policy/check', tag: 'policy', auth: 'token',
      summary: 'Evaluate an incident given as JSON (the incident fields) without storing it',
      body: z.record(z.string(), z.unknown()), response: PolicyEvaluationSchema,
      handler: async ({ actor, body }) => {
        requireRole(actor, 'viewer', 'checking the policy');
        return evaluatePolicy(parsePolicyIncident(body), ctx.config.policy, ctx.now());
      },
    }),
  ];
}
