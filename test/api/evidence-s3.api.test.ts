/**
 * Evidence kept in an S3-compatible bucket (a real s3rver started here), configured by
 * URL: added, stored once, served with its hash checked, and refused once the object is
 * changed behind Debrief's back.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { EvidenceItem, VerifyResult } from '../../src/domain/evidence/index.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('evidence in an S3-compatible bucket on %s', (backend) => {
  let t: TestApp;
  let dir: string;
  let server: S3rver;
  let raw: S3Client;
  let incident: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'debrief-s3-api-'));
    server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'evidence' }] });
    const { port } = await server.run();
    const endpoint = `http://127.0.0.1:${port}`;
    raw = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    const store = `s3://evidence/debrief?endpoint=${encodeURIComponent(endpoint)}&accessKeyId=S3RVER&secretAccessKey=S3RVER`;
    t = await createTestApp(backend, { evidence: { store, maxFileBytes: 1 << 20, maxIncidentBytes: 1 << 22, maxTextBytes: 1 << 20 } });
    incident = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Disk full', severity: 'SEV-3' })).json<{ id: string }>().id;
  });
  afterAll(async () => {
    await t.close();
    raw.destroy();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const add = (caption: string, body: string) => t.app.inject({
    method: 'POST', url: `/api/v1/incidents/${incident}/evidence?caption=${encodeURIComponent(caption)}`,
    headers: { authorization: `Bearer ${t.tokens.responder}`, 'content-type': 'application/octet-stream' }, payload: body,
  });

  it('adds, stores once, serves checked bytes, and refuses them once the object is changed', async () => {
    const body = `df -h\n/dev/sda1  100G  100G  0 100% /var ${backend}\n`;
    const a = (await add('df output', body)).json<EvidenceItem>();
    const b = (await add('df output again', body)).json<EvidenceItem>();
    expect(b.sha256).toBe(a.sha256);
    const listed = await raw.send(new ListObjectsV2Command({ Bucket: 'evidence', Prefix: `debrief/sha256/${a.sha256.slice(0, 2)}/` }));
    expect((listed.Contents ?? []).filter((o) => o.Key === `debrief/sha256/${a.sha256.slice(0, 2)}/${a.sha256.slice(2)}`)).toHaveLength(1);
    const served = await t.call('viewer', 'GET', a.links.content);
    expect(served.statusCode).toBe(200);
    expect(served.body).toBe(body);
    await raw.send(new PutObjectCommand({ Bucket: 'evidence', Key: `debrief/sha256/${a.sha256.slice(0, 2)}/${a.sha256.slice(2)}`, Body: body.replace('100%', ' 12%') }));
    const refused = await t.call('viewer', 'GET', a.links.content);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ detail: string }>().detail).toContain(`evidence ${a.id} failed verification`);
    const verify = (await t.call('viewer', 'POST', `/api/v1/incidents/${incident}/evidence/verify`)).json<VerifyResult>();
    expect(verify.failed.map((f) => f.id).sort()).toEqual([a.id, b.id].sort());
  });
});
