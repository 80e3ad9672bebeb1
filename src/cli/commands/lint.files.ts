/** Finds the Markdown files `debrief lint` reads: files as given, directories walked for `*.md`. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'coverage']);

export type Collected = { files: string[]; unreadable: { path: string; reason: string }[] };

function errCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}

/** Expands the paths into files, sorted per directory; paths that cannot be read are listed, not thrown. */
export function collectMarkdown(paths: readonly string[]): Collected {
  const out: Collected = { files: [], unreadable: [] };
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      out.unreadable.push({ path: dir, reason: errCode(e) });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
      const full = join(dir, name);
      let isDir: boolean;
      try {
        isDir = statSync(full).isDirectory();
      } catch (e) {
        out.unreadable.push({ path: full, reason: errCode(e) });
        continue;
      }
      if (isDir) walk(full);
      else if (name.toLowerCase().endsWith('.md')) out.files.push(full);
    }
  };
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) walk(path);
      else out.files.push(path);
    } catch (e) {
      out.unreadable.push({ path, reason: errCode(e) });
    }
  }
  return out;
}
