import { describe, expect, it } from 'vitest';
import { loadJsonFixture } from '../../../test/helpers/payload-fixtures.ts';
import { githubAdapter } from './github.adapter.ts';

describe('githubAdapter', () => {
  it('reads a deployment at its created_at, not the repository times', () => {
    const r = githubAdapter(loadJsonFixture('github-deployment.json'), {});
    expect(r.events[0]).toMatchObject({
      at: '2024-03-05T14:22:00Z',
      kind: 'deploy.created',
      actor: 'deploy-bot',
      phase: 'mitigation',
      decisionPoint: true,
      sha: 'c0ffee0000000000000000000000000000000abc',
      idempotencyKey: 'github:deployment:555:created',
      link: 'https://github.com/acme/shop/commit/c0ffee0000000000000000000000000000000abc',
    });
    expect(r.hints[0]).toMatchObject({ service: 'acme/shop', environment: 'production' });
  });

  it('reads a failed deployment status with the state in its key', () => {
    const r = githubAdapter(loadJsonFixture('github-deployment-status-failure.json'), {});
    expect(r.events[0]).toMatchObject({ at: '2024-03-05T13:58:44Z', kind: 'deploy.failure', link: 'https://ci.example.com/runs/9001', idempotencyKey: 'github:deployment_status:554:9001:failure' });
  });

  it('keys events by what the signed payload identifies, never by the unsigned delivery id', () => {
    const plain = githubAdapter(loadJsonFixture('github-deployment.json'), {}).events[0]?.idempotencyKey;
    expect(plain).toMatch(/^github:deployment:/);
    expect(githubAdapter(loadJsonFixture('github-deployment.json'), { headers: { 'X-GitHub-Delivery': 'd-123' } }).events[0]?.idempotencyKey).toBe(plain);
    expect(githubAdapter(loadJsonFixture('github-deployment.json'), { deliveryId: 'd-9' }).events[0]?.idempotencyKey).toBe(plain);
  });

  it('reads a push as one event at the push time', () => {
    const r = githubAdapter(loadJsonFixture('github-push.json'), {});
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ kind: 'push', at: '2024-03-05T14:20:20Z', actor: 'anadev', sha: 'c0ffee0000000000000000000000000000000abc', decisionPoint: true });
    expect(r.events[0]?.text).toBe('Push to main of acme/shop: 1 commit, head c0ffee0 "Revert "Enable new pricing cache""');
  });

  it('keeps other events (header or shape) as generic events', () => {
    const r = githubAdapter(loadJsonFixture('github-workflow-run.json'), { headers: { 'x-github-event': 'workflow_run' } });
    expect(r.events[0]).toMatchObject({ kind: 'workflow_run.completed', at: '2024-03-05T14:23:30Z', link: 'https://github.com/acme/shop/actions/runs/321' });
    const noHeader = githubAdapter(loadJsonFixture('github-workflow-run.json'), {});
    expect(noHeader.events[0]?.kind).toBe('github.completed');
    expect(noHeader.warnings.length).toBeGreaterThan(0);
  });

  it('refuses a payload that is not GitHub’s', () => {
    expect(() => githubAdapter(loadJsonFixture('opsgenie-acknowledge.json'), {})).toThrow(/github: "deployment" must be an object/);
  });
});
