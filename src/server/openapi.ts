/** Builds the OpenAPI 3.1 document from the same route declarations and zod schemas. */
import { z } from 'zod';
import type { RouteDef } from './route.ts';

type Json = Record<string, unknown>;

function schemaOf(s: z.ZodType, io: 'input' | 'output'): Json {
  try {
    const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json;
    return rest;
  } catch {
    return {};
  }
}

const PROBLEM: Json = {
  description: 'Problem details (RFC 9457)',
  content: {
    'application/problem+json': {
      schema: {
        type: 'object',
        properties: {
          type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' },
          code: { type: 'string' }, instance: { type: 'string' },
          errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
        },
        required: ['type', 'title', 'status', 'code'],
      },
    },
  },
};

/** The OpenAPI document for a set of routes. */
export function buildOpenApi(routes: RouteDef[], version: string): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const parameters: Json[] = [];
    for (const [where, schema] of [['path', r.params], ['query', r.query]] as const) {
      if (!schema) continue;
      const js = schemaOf(schema, 'input');
      const props = (js['properties'] ?? {}) as Record<string, Json>;
      const required = new Set((js['required'] as string[] | undefined) ?? []);
      for (const [name, s] of Object.entries(props)) {
        parameters.push({ name, in: where, required: where === 'path' || required.has(name), schema: s });
      }
    }
    const op: Json = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/[^a-zA-Z0-9]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
      parameters,
      responses: {
        [String(r.status ?? 200)]: {
          description: r.responseDescription ?? 'OK',
          ...(r.response ? { content: { [r.produces ?? 'application/json']: { schema: schemaOf(r.response, 'output') } } } : {}),
        },
        '400': PROBLEM, '401': PROBLEM, '403': PROBLEM, '404': PROBLEM, '409': PROBLEM, '413': PROBLEM, '415': PROBLEM, '422': PROBLEM,
      },
    };
    if (r.auth === 'token') op['security'] = [{ bearer: [] }, { session: [] }];
    if (r.role) op['x-least-role'] = r.role;
    if (r.body) {
      const consumes = r.consumes ?? ['application/json'];
      op['requestBody'] = {
        required: true,
        content: Object.fromEntries(consumes.map((c) => [c, { schema: c.includes('json') ? schemaOf(r.body!, 'input') : { type: 'string' } }])),
      };
    }
    if (r.stream) op['requestBody'] = { required: false, content: { '*/*': { schema: { type: 'string', format: 'binary' } } } };
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Debrief API',
      version,
      description: 'Blameless post-mortems: incidents, timelines, policy, post-mortems, reviews and action items. Errors are RFC 9457 problem details with a stable `code`.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API token from `debrief token create`.' },
        session: { type: 'apiKey', in: 'cookie', name: 'debrief_session' },
      },
    },
    paths,
  };
}
