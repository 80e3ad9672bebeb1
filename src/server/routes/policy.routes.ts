/** HTTP routes for the effective policy and ad-hoc checks. */
import { describePolicy, evaluatePolicy, parsePolicyIncident } from '../../domain/policy/index.ts';
import { requireRole } from '../../services/access.ts';
import type { ServiceContext } from '../../services/context.ts';
import { z } from 'zod';
import { route, type RouteDef } from '../route.ts';

/** Policy routes under /api/v1. */
export function policyRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/policy', tag: 'policy', auth: 'token',
      summary: 'The effective policy: severity scale, rules with thresholds, deadline sources, priorities',
      handler: async ({ actor }) => {
        requireRole(actor, 'viewer', 'reading the policy');
        return describePolicy(ctx.config.policy);
      },
    }),
    route({
      method: 'POST', url: '/api/v1/policy/check', tag: 'policy', auth: 'token',
      summary: 'Evaluate an incident given as JSON (the incident fields) without storing it',
      body: z.record(z.string(), z.unknown()),
      handler: async ({ actor, body }) => {
        requireRole(actor, 'viewer', 'checking the policy');
        return evaluatePolicy(parsePolicyIncident(body), ctx.config.policy, ctx.now());
      },
    }),
  ];
}
