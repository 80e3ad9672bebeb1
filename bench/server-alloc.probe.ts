/**
 * Where a list request's bytes are allocated (issue 18, session 36): the server started in this process, V8's
 * sampling heap profiler with collected objects counted, list requests sent from a child process (so the
 * client's allocations are not counted), and the bytes per request by the function that allocated them.
 *
 *   node bin/run-ts.js bench/server-alloc.probe.ts DATA_DIR [requests=400] > /dev/null 2> report.txt
 * (the server's log goes to stdout; the report to stderr).
 */
import { spawn } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { loadConfig } from '../src/config/config.ts';
import { SYSTEM_PRINCIPAL } from '../src/domain/access/roles.ts';
import { createToken } from '../src/services/token.service.ts';
import { openDatabase } from '../src/store/database.ts';
import { startServer } from '../src/server/start.ts';

const [dataDir, count = '400'] = process.argv.slice(2);
if (dataDir === undefined) throw new Error('usage: server-alloc.probe.ts DATA_DIR [requests]');
const requests = Number(count);
const env = { DEBRIEF_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_FORMAT: 'json', NODE_ENV: 'production' };
const database = await openDatabase({ dataDir, databaseUrl: null, command: 'bench' });
const token = (await createToken({ db: database.db, config: loadConfig({ env, cwd: dataDir }), now: () => new Date() }, SYSTEM_PRINCIPAL, { name: 'probe', role: 'admin' })).token;
await database.close();
const server = await startServer(loadConfig({ env, cwd: dataDir }));
const client = (n: number): Promise<void> => new Promise((resolve, reject) => {
  const script = `
    const http = require('node:http');
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const urls = ['/api/v1/incidents?limit=50', '/api/v1/incidents?limit=50&severity=SEV-1', '/api/v1/incidents?limit=50&status=mitigated', '/api/v1/incidents?limit=50&service=payments'];
    const get = (u) => new Promise((ok, ko) => http.get('${server.url.replace('localhost', '127.0.0.1')}' + u, { agent, headers: { authorization: 'Bearer ${token}' } }, (r) => { r.resume(); r.on('end', ok); }).on('error', ko));
    (async () => { for (let i = 0; i < ${n}; i++) await get(urls[i % 4]); agent.destroy(); })();`;
  const c = spawn(process.execPath, ['-e', script], { stdio: 'inherit' });
  c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`client exited ${code}`))));
});
await client(200);
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
await client(requests);
const { profile } = await session.post('HeapProfiler.stopSampling');
type Node = { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: Node[] };
const bySelf = new Map<string, number>();
const byPackage = new Map<string, number>();
let total = 0;
const stacks = new Map<string, number>();
const walk = (n: Node, stack: string[] = []): void => {
  const where = n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/src\//, 'src/');
  const key = `${n.callFrame.functionName || '(anonymous)'} ${where}:${n.callFrame.lineNumber + 1}`;
  bySelf.set(key, (bySelf.get(key) ?? 0) + n.selfSize);
  const pkg = /^(@[^/]+\/[^/]+|[^/]+)/.exec(where)?.[1] ?? '(native)';
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + n.selfSize);
  total += n.selfSize;
  const here = [...stack, key];
  if (process.env.PROBE_STACK !== undefined && key.includes(process.env.PROBE_STACK)) {
    const s = here.slice(-12).join('\n      ');
    stacks.set(s, (stacks.get(s) ?? 0) + n.selfSize);
  }
  for (const c of n.children) walk(c, here);
};
walk(profile.head);
const kB = (b: number): string => (b / requests / 1024).toFixed(1);
process.stderr.write(`${kB(total)} kB allocated per list request (${requests} requests)\nby package:\n`);
for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15)) process.stderr.write(`  ${kB(v).padStart(7)} ${k}\n`);
process.stderr.write('by function:\n');
for (const [k, v] of [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, 40)) process.stderr.write(`  ${kB(v).padStart(7)} ${k}\n`);
for (const [s, v] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 3)) process.stderr.write(`stack ${kB(v)} kB:\n      ${s}\n`);
session.disconnect();
await server.stop();
