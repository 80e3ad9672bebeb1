/** `npm run bench`: every benchmark, each figure printed beside its baseline from the same run. */
import { runApiBench } from './api.bench.ts';
import { runIngestBench } from './ingest.bench.ts';
import { runParseBench } from './parse.bench.ts';
import { runQualityBench } from './quality.bench.ts';
import { runAllDocumentsBench } from './quality.documents.ts';
import { runLearningBench } from './learning.bench.ts';
import { runEvidenceBench } from './evidence.bench.ts';
import { runCliBench } from './cli.bench.ts';
import { runJobsBench } from './jobs.bench.ts';
import { runScaleBench } from './scale.bench.ts';

const only = process.argv[2];
const benches: [string, () => Promise<void> | void][] = [
  ['parse', runParseBench],
  ['quality', () => runQualityBench()],
  ['documents', () => runAllDocumentsBench()],
  ['ingest', runIngestBench],
  ['api', () => runApiBench()],
  ['learning', () => runLearningBench()],
  ['evidence', () => runEvidenceBench()],
  ['cli', () => runCliBench()],
  ['jobs', () => runJobsBench()],
  ['scale', () => runScaleBench()],
];
for (const [name, run] of benches) {
  if (only && only !== name) continue;
  console.log(`\n== ${name}`);
  await run();
}
