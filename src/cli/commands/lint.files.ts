/**
 * Finds the Markdown files `debrief lint` reads: files as given, directories walked for
 * `*.md`, glob patterns expanded (tinyglobby), and anything matched by `.debriefignore`
 * (gitignore syntax, in the working directory; `--ignore-path` to use another) left out.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'coverage']);

export type Collected = { files: string[]; unreadable: { path: string; reason: string }[]; ignored: number };

function errCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}

/** The ignore rules of a file in gitignore syntax; none when it does not exist. */
export function loadIgnore(path: string | null, cwd = process.cwd()): Ignore {
  const ig = ignore();
  const file = path ?? join(cwd, '.debriefignore');
  if (existsSync(file)) ig.add(readFileSync(file, 'utf8'));
  return ig;
}

/** Expands the paths into files, sorted per directory; paths that cannot be read are listed, not thrown. */
export function collectMarkdown(paths: readonly string[], ig: Ignore = ignore(), cwd = process.cwd()): Collected {
  const out: Collected = { files: [], unreadable: [], ignored: 0 };
  const seen = new Set<string>();
  const add = (file: string, explicit: boolean): void => {
    const rel = relative(cwd, resolve(cwd, file));
    if (!explicit && !rel.startsWith('..') && rel !== '' && ig.ignores(rel)) { out.ignored++; return; }
    if (seen.has(rel)) return;
    seen.add(rel);
    out.files.push(file);
  };
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
      const rel = relative(cwd, resolve(cwd, full));
      let isDir: boolean;
      try {
        isDir = statSync(full).isDirectory();
      } catch (e) {
        out.unreadable.push({ path: full, reason: errCode(e) });
        continue;
      }
      if (isDir) {
        if (!rel.startsWith('..') && ig.ignores(`${rel}/`)) { out.ignored++; continue; }
        walk(full);
      } else if (name.toLowerCase().endsWith('.md')) add(full, false);
    }
  };
  for (const path of paths) {
    if (isDynamicPattern(path)) {
      const matched = globSync(path, { cwd, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true }).sort();
      if (matched.length === 0) out.unreadable.push({ path, reason: 'no file matches this pattern' });
      for (const m of matched) if (m.toLowerCase().endsWith('.md')) add(m, false);
      continue;
    }
    try {
      if (statSync(path).isDirectory()) walk(path);
      else add(path, true);
    } catch (e) {
      out.unreadable.push({ path, reason: errCode(e) });
    }
  }
  return out;
}
