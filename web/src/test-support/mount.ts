/** Component tests: where a component is rendered, made fresh for each test and taken down after it. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';

export type MountPoint = { host: HTMLElement; root: Root };

/** A new element in the document and a React root on it. */
export function mountPoint(): MountPoint {
  const host = document.createElement('div');
  document.body.append(host);
  return { host, root: createRoot(host) };
}

/** Unmounts the root, removes its element and undoes the test's global stubs (the fake `fetch`). */
export async function unmount({ host, root }: MountPoint): Promise<void> {
  await act(async () => { root.unmount(); });
  host.remove();
  vi.unstubAllGlobals();
}
