import { describe, expect, it } from 'vitest';
import { relaunchArgs, snapshotBlobName, SNAPSHOT_FLAGS } from '../../bin/relaunch.js';

const base = { execArgv: [] as string[], env: {}, script: '/opt/debrief/bin/debrief.js', blob: null };

describe('how `debrief` starts itself again for lint', () => {
  it('starts lint from the snapshot when there is one, with the flags it was built with and the arguments after them', () => {
    expect(relaunchArgs({ ...base, args: ['lint', 'a.md', '--format', 'json'], blob: '/opt/debrief/dist/lint/x.blob' }))
      .toEqual([...SNAPSHOT_FLAGS, '--snapshot-blob', '/opt/debrief/dist/lint/x.blob', 'lint', 'a.md', '--format', 'json']);
  });

  it('starts the script again with the flags when there is no snapshot', () => {
    expect(relaunchArgs({ ...base, args: ['lint', 'docs/'] })).toEqual([...SNAPSHOT_FLAGS, '/opt/debrief/bin/debrief.js', 'lint', 'docs/']);
  });

  it('keeps node\'s own flags', () => {
    expect(relaunchArgs({ ...base, execArgv: ['--max-old-space-size=512'], args: ['lint', 'a.md'] })?.slice(0, 2)).toEqual(['--max-old-space-size=512', ...SNAPSHOT_FLAGS]);
  });

  it('finds lint after options', () => {
    expect(relaunchArgs({ ...base, args: ['--no-color', 'lint', 'a.md'] })).not.toBeNull();
  });

  it('runs every other command in this process', () => {
    for (const args of [[], ['--help'], ['serve'], ['incident', 'list', '--json'], ['new', 'lint.md']]) {
      expect(relaunchArgs({ ...base, args })).toBeNull();
    }
  });

  it('never starts twice: the flags already set mean this is the second start', () => {
    expect(relaunchArgs({ ...base, execArgv: [...SNAPSHOT_FLAGS], args: ['lint', 'a.md'] })).toBeNull();
  });

  it('stays in one process with V8\'s defaults when DEBRIEF_REGEXP_TIER_UP=1', () => {
    expect(relaunchArgs({ ...base, env: { DEBRIEF_REGEXP_TIER_UP: '1' }, args: ['lint', 'a.md'] })).toBeNull();
  });

  it('names the snapshot for the Node.js that built it, which is the only one it starts on', () => {
    expect(snapshotBlobName({ version: 'v20.20.2', platform: 'linux', arch: 'x64' })).toBe('lint-v20.20.2-linux-x64.blob');
  });
});
