// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatTime } from '../lib/format.ts';
import { buildPostmortem } from '../test-support/factories.ts';
import { mountPoint, unmount, type MountPoint } from '../test-support/mount.ts';
import { TimelineEntries } from './TimelineEntries.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let mount: MountPoint;
beforeEach(() => { mount = mountPoint(); });
afterEach(async () => { await unmount(mount); });

describe('timeline entries', () => {
  it('shows an ISO time from the incident in local time and a time the author wrote as written', async () => {
    const pm = buildPostmortem({
      timeline: {
        entries: [
          { asWritten: '2026-12-03T05:03Z', at: '2026-12-03T05:03:00.000Z', precision: 'minute', text: 'Alert fired', line: 0, source: 'incident' },
          { asWritten: '05:20 UTC', at: '2026-12-03T05:20:00.000Z', precision: 'minute', text: 'Rolled back', line: 0, source: null },
        ],
        outOfOrder: false,
      },
    });
    await act(async () => { mount.root.render(<TimelineEntries pm={pm} canEdit={false} onRefreshed={() => undefined} />); });
    const times = [...mount.host.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent);
    expect(times).toEqual([formatTime('2026-12-03T05:03:00.000Z'), '05:20 UTC']);
    expect(times[0]).not.toContain('T05:03Z');
  });
});
