/**
 * Quality bench (with leave-one-writer-out figures of the models, bench/quality.cv.ts, and
 * the cost of rules + lexicon + model beside the rules alone): precision and recall of the blame and vague-action-item detectors on
 * their labelled sets — the tuning split and, separately, the held-out split the rules
 * were never tuned on — per labelled form and per reported form; the cost of the
 * sentence analysis (ms per 1,000 sentences, beside splitting alone); and the time to
 * lint 1,000 generated post-mortems beside the time to only parse them (the baseline).
 *   node bin/run-ts.js bench/quality.bench.ts [--misses]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DEFAULT_QUALITY_CONFIG, actionItemVagueness, blameHits, lintPostmortem } from '../src/domain/quality/index.ts';
import { ruleHits } from '../src/domain/quality/blame.patterns.ts';
import { leaveOneWriterOut, pooled } from './quality.cv.ts';
import { sentences } from '../src/domain/quality/source-text.ts';
import { formatMeasured, isWritten, loadSet, measureSet, TRAINING_SPLITS, type Split } from './quality.labelled.ts';
import { parsePostmortem } from '../src/formats/postmortem/parse-postmortem.ts';

/** A deterministic pseudo-random generator, so every run lints the same documents. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const EVENTS = ['Deploy of checkout-api v2.3 started', 'Alert fired: 5xx > 5%', 'On-call acknowledged', 'Investigating connection pool', 'Decided to roll back', 'Rollback complete', 'Error rate recovered', 'Monitoring for regressions'];
const ITEMS = ['Improve monitoring', 'Add alert for p99 latency > 800 ms on /api/cart', 'Look into the database', 'Set max_connections to 400 on orders-db', 'Write a runbook for Redis failover', 'Be more careful'];
const CAUSES = [
  'A typo in configuration file.',
  'The pool size was not validated because the config schema had no limits, and no staging load test covered it.',
  "Bob's mistake during the migration.",
];

/** One generated post-mortem of about 3 KiB, varied by the index. */
export function generatePostmortem(i: number): string {
  const r = rng(i + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  let minute = 0;
  const rows = Array.from({ length: 6 + Math.floor(r() * 10) }, () => {
    minute += 1 + Math.floor(r() * 8);
    return `| ${String(14 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')} | ${pick(EVENTS)} |`;
  });
  const items = Array.from({ length: 2 + Math.floor(r() * 6) }, (_, k) => `| A${k + 1} | ${pick(ITEMS)} | @team-${k} | 2026-0${1 + (k % 9)}-1${k % 9} |`);
  return [
    '---',
    `title: Incident ${i}`,
    `incident_id: INC-2026-01-${String(1 + (i % 28)).padStart(2, '0')}-${String(i).padStart(3, '0')}`,
    'severity: SEV-2',
    '---',
    `# Post-Mortem: checkout errors ${i}`,
    '',
    '## Summary',
    '',
    `Checkout returned errors for ${10 + (i % 50)} minutes. ${r() < 0.2 ? "John didn't test properly." : 'The deploy pipeline had no staging check.'}`,
    '',
    '## Impact',
    '',
    `- ${1000 + i} failed requests; error rate peaked at ${5 + (i % 30)}%.`,
    '',
    '## Timeline',
    '',
    '| Time (UTC) | Event |',
    '|---|---|',
    ...rows,
    '',
    '## Root Cause',
    '',
    pick(CAUSES),
    '',
    '## What Went Wrong',
    '',
    '- The alert for pool saturation existed but was routed to a retired rotation, so the first page went nowhere.',
    '- The runbook for checkout-api described the old connection pooler and sent the on-call to the wrong dashboard.',
    '- Rolling back needed a manual approval in the deploy tool that only two people could give at that hour.',
    '',
    '## 5 Whys',
    '',
    '**Why 1:** Why did checkout fail? → Because the API ran out of database connections.',
    '**Why 2:** Why did it run out? → Because the new release opened a pool per request handler.',
    '**Why 3:** Why was that not caught? → Because the load test runs with a single handler.',
    '**Why 4:** Why only one handler? → Because the test config was copied from a 2019 template.',
    `**Why 5:** Why was the template not updated? → ${r() < 0.1 ? 'Because the engineer forgot.' : 'Because no one owns the load-test configuration.'}`,
    '',
    '## Lessons Learned',
    '',
    'Pool sizing belongs in the release checklist. We learned that our load tests do not resemble production, and that',
    'alert routing drifts when rotations change; both need an owner and a periodic check.',
    '',
    '## What Went Well',
    '',
    '- The alert fired within 2 minutes. Thanks to Priya for the quick rollback.',
    '',
    '## Action Items',
    '',
    '| ID | Action | Owner | Due |',
    '|---|---|---|---|',
    ...items,
    '',
  ].join('\n');
}

const SPLIT_NOTE: Record<Split, string> = {
  tuning: 'tuning split (the rules were written against it)',
  'third-voice': 'third voice (written after the rules; recall 0.77 when first measured, then tuned on)',
  heldout: 'held-out split (written first, never tuned on)',
  'fourth-voice': 'fourth voice (a separate writer who never saw the rules; blame recall 0.54 and vague 0.74 when first measured, then tuned on)',
  'fifth-voice': 'fifth voice (another separate writer, after the fourth voice\'s forms; measured untuned at blame 1.000 / 0.360 rules alone and 0.986 / 0.690 with the first models, a training voice since)',
  'sixth-voice': 'sixth voice (a separate writer; measured untuned at blame 0.986 / 0.531 rules alone and 0.903 / 0.785 with the first models, vague 1.000 / 0.846 and 1.000 / 1.000; a training voice since)',
  'tuning-3': 'tuning-3 (written for the second round of issue 16 in other registers — idioms, attitude, sarcasm, team omissions, timeline entries, absence — half hard negatives; trained on)',
  'seventh-voice': 'seventh voice (a separate writer who never saw the linter; measured once after the second round at blame 0.924 / 0.813 and vague 1.000 / 0.973, a training voice since the third)',
  'eighth-voice': 'eighth voice (a separate writer who never saw the linter, 2026-12-03; measured once after the third round at blame 0.983 / 0.780 and vague 1.000 / 0.973, a training voice since the fourth)',
  'ninth-voice': 'ninth voice (a separate writer who never saw the linter, 2026-12-03; measured once after the fourth round at blame 0.977 / 0.847 and vague 0.986 / 0.973, a training voice since the fifth)',
  'tuning-4': 'tuning-4 (written for the fifth round of issue 16: executives, understatement, irony, sarcastic thanks, subordinate clauses, chat, metaphors, each with hard-negative twins; trained on)',
  'eleventh-voice': 'eleventh voice (a separate writer who never saw the linter, 2026-12-03; measured once after the sixth round at blame 0.958 / 0.767 and vague 0.972 / 0.933, a training voice since the seventh)',
  'twelfth-voice': 'twelfth voice (a separate writer who never saw the linter, 2026-12-03; measured once after the seventh round at blame 0.967 / 0.780 and vague 0.986 / 0.960, a training voice since the eighth)',
  'thirteenth-voice': 'thirteenth voice (a separate writer who never saw the linter, 2026-12-03; measured once after the eighth round at blame 0.945 / 0.807 and vague 0.987 / 0.987, a training voice since the ninth)',
  'fourteenth-voice': 'fourteenth voice (a separate writer who never saw the linter, asked for subtle forms, 2026-12-03; measured once after the ninth round at blame 0.922 / 0.713 and vague 0.986 / 0.960, a training voice since the tenth)',
  'tuning-5': 'tuning-5 (written for the tenth round of issue 16 by a separate writer: subtle blame with no judging word and near-twin negatives, 400 sentences, no action items; trained on)',
  'tuning-6': 'tuning-6 (written for the tenth round of issue 16 by a separate writer: long sentences where the blaming clause is one part among others, near-twin hard negatives, 200 action items; trained on)',
  'tuning-7': 'tuning-7 (written for the tenth round of issue 16 by a separate writer: sentences as they sit in a document\'s parts, each negative a twin; action items as table rows, checkboxes and ticket titles; trained on)',
  'fifteenth-voice': 'fifteenth voice (a separate writer who never saw the linter, 2026-12-03, mostly the common forms in ordinary engineering voices; measured once after the tenth round at blame 0.901 / 0.787 and vague 1.000 / 0.947, a training voice since the eleventh)',
  'sixteenth-voice': 'sixteenth voice (a separate writer who never saw the linter, 2026-12-03, common and subtle forms in corporate and non-native voices; measured once after the tenth round at blame 0.899 / 0.887 and vague 0.987 / 0.987, a training voice since the eleventh)',
  'seventeenth-voice': 'seventeenth voice (a separate writer who never saw the linter, 2026-12-03, everyday engineering English: team docs, retro notes, review minutes, handovers; measured once after the eleventh round at blame 0.938 / 0.900 and vague 1.000 / 1.000, a training voice since the twelfth)',
  'eighteenth-voice': 'eighteenth voice (a separate writer who never saw the linter, 2026-12-03, formal incident writing: COE documents, problem records, vendor RCAs, audit notes, annoyed emails; measured once after the eleventh round at blame 0.917 / 0.813 and vague 0.986 / 0.973, a training voice since the twelfth)',
  'nineteenth-voice': 'nineteenth voice (a separate writer who never saw the linter, 2026-12-04, on-call handoffs, chat and ticket comments by engineers writing English as a second language, terse SRE shorthand; measured once after the twelfth round at blame 0.950 / 0.880 and vague 1.000 / 0.947, a training voice since the thirteenth)',
  'twentieth-voice': 'twentieth voice (a separate writer who never saw the linter, 2026-12-04, management and customer-facing registers: board summaries, status pages, compliance and legal-cautious prose, blunt senior replies; measured once after the twelfth round at blame 0.950 / 0.880 and vague 1.000 / 0.973, a training voice since the thirteenth)',
  'twenty-first-voice': 'twenty-first voice (a separate writer who never saw the linter, 2026-12-04, retrospective notes and review comments written fast: bullet fragments, table rows, tracker comments, self-blame, team friction; measured once after the twelfth round at blame 0.935 / 0.860 and vague 1.000 / 0.960, a training voice since the thirteenth)',
  'tuning-8': 'tuning-8 (written for the thirteenth round of issue 16 by a separate writer: the hardest forms round 12 missed — euphemism, selective detail, sarcasm, repeat offender, emoji, faint praise, editorial timeline rows, self-blame — each with hard-negative twins; 100 action items; trained on)',
  'twenty-second-voice': 'twenty-second voice (a separate writer who never saw the linter, 2026-12-04, long-form narrative: engineering-blog post-mortems, talk transcripts, long sentences with asides; measured once after the thirteenth round at blame 0.953 / 0.807 and vague 0.986 / 0.907, a training voice since the fourteenth)',
  'twenty-third-voice': 'twenty-third voice (a separate writer who never saw the linter, 2026-12-04, operational reports outside software: hospitals, airports, warehouses, control rooms, shift logs and handovers; measured once after the thirteenth round at blame 0.900 / 0.840 and vague 1.000 / 0.973, a training voice since the fourteenth)',
  'twenty-fourth-voice': 'twenty-fourth voice (a separate writer who never saw the linter, 2026-12-04, mixed world Englishes: British understatement, Australian bluntness, Indian English, US corporate euphemism, reported speech, hedged and passive-aggressive prose; measured once after the thirteenth round at blame 0.963 / 0.860 and vague 1.000 / 0.920, a training voice since the fourteenth)',
  'tuning-9': 'tuning-9 (written for the fourteenth round of issue 16 by a separate writer: the forms round 13 missed — editorial timeline rows, self-blame, faint praise, selective detail, colleague comparison, emoji, judging words in long sentences, imputed motives, doubtful reported speech — each with a hard-negative twin; 100 action items; trained on)',
  'twenty-fifth-voice': 'twenty-fifth voice (a separate writer who never saw the linter, 2026-12-04, people outside engineering: support leads, product and account managers, executives, customer complaints; measured once after the fourteenth round at blame 0.914 / 0.920 and vague 1.000 / 0.973, a training voice since the fifteenth)',
  'twenty-sixth-voice': 'twenty-sixth voice (a separate writer who never saw the linter, 2026-12-04, researchers and data / ML engineers: hedged lab-notebook and paper prose, data-pipeline on-call notes; measured once after the fourteenth round at blame 0.958 / 0.760 and vague 1.000 / 0.853, a training voice since the fifteenth)',
  'twenty-seventh-voice': 'twenty-seventh voice (a separate writer who never saw the linter, 2026-12-04, security: SOC analysts, responders, pen testers, auditors; measured once after the fourteenth round at blame 0.933 / 0.840 and vague 1.000 / 0.960, a training voice since the fifteenth)',
  'tuning-10': 'tuning-10 (written for the fifteenth round of issue 16 by a separate writer: the forms round 14 missed — hedged academic register, metaphors about a person, blame over two short sentences, a timeline row with the person and the judgement in separate cells, colleague comparison, emoji, blame quoted from outside engineering, security findings — each with hard-negative twins; 100 action items; trained on)',
  'twenty-eighth-voice': 'twenty-eighth voice (a separate writer who never saw the linter, 2026-12-04, open-source maintainers and communities: issue threads, review comments, mailing-list post-mortems, release retrospectives; measured once after the fifteenth round at blame 0.971 / 0.893 and vague 1.000 / 0.987, a training voice since the sixteenth)',
  'twenty-ninth-voice': 'twenty-ninth voice (a separate writer who never saw the linter, 2026-12-04, telecom, network and utility operations: NOC shift logs, carrier tickets, field reports, Reason-For-Outage letters; measured once after the fifteenth round at blame 0.933 / 0.833 and vague 0.986 / 0.960, a training voice since the sixteenth)',
  'thirtieth-voice': 'thirtieth voice (a separate writer who never saw the linter, 2026-12-04, game live-ops and very small startups: chat threads pasted into retros, slang, emoji, founders and players; measured once after the fifteenth round at blame 0.888 / 0.580 and vague 1.000 / 1.000, a training voice since the sixteenth)',
  'tuning-11': 'tuning-11 (written for the sixteenth round of issue 16 by a separate writer: the forms round 15 missed — lowercase chat naming people mid-sentence, NOC shorthand, review comments about a contributor, habit, faint praise, chat self-blame — each with hard-negative twins (neutral chat, counts, decisions, customer letters, template prompts); 100 action items in the shapes documents carry them; trained on)',
  'thirty-first-voice': 'thirty-first voice (a separate writer who never saw the linter, 2026-12-04, banking, payments and trading operations: operational-loss reports, regulator notifications, change-advisory minutes, trading-floor chat; measured once after the sixteenth round at blame 0.951 / 0.907 and vague 1.000 / 1.000, a training voice since the seventeenth)',
  'thirty-second-voice': 'thirty-second voice (a separate writer who never saw the linter, 2026-12-04, engineers answering from phones and pagers: lowercase, abbreviations, autocorrect slips, names in lowercase mid-sentence; measured once after the sixteenth round at blame 0.916 / 0.873 and vague 1.000 / 0.920, a training voice since the seventeenth)',
  'thirty-third-voice': 'thirty-third voice (a separate writer who never saw the linter, 2026-12-04, public-sector and education IT: council and university IT, committee minutes, board reports, careful passive wording; measured once after the sixteenth round at blame 0.960 / 0.953 and vague 1.000 / 0.973, a training voice since the seventeenth)',
  'thirty-fourth-voice': 'thirty-fourth voice (a separate writer who never saw the linter, 2026-12-05, a video-game studio\'s launch weekend: Discord-style chat with reactions written out, slang, all-caps bursts, British and Australian spellings, beside the studio\'s formal summary; measured once after the eighteenth round at blame 0.935 / 0.867 and vague 1.000 / 0.987, a training voice since the nineteenth)',
  'thirty-fifth-voice': 'thirty-fifth voice (a separate writer who never saw the linter, 2026-12-05, a hospital and a medical-device maker: CAPA and deviation reports, shift handovers, vendor field engineers, written by people whose first language is not English; measured once after the eighteenth round at blame 0.962 / 0.847 and vague 1.000 / 0.947, a training voice since the nineteenth)',
  'thirty-sixth-voice': 'thirty-sixth voice (a separate writer who never saw the linter, 2026-12-05, an enterprise\'s quarterly incident review and audit-committee papers: nominalisations, passives, diplomatic understatement, acronyms, a senior executive quoted verbatim; measured once after the eighteenth round at blame 0.924 / 0.813 and vague 1.000 / 0.933, a training voice since the nineteenth)',
  'thirty-seventh-voice': 'thirty-seventh voice (a separate writer who never saw the linter, 2026-12-05, a managed-service provider\'s Reasons For Outage and ticket notes: ITIL words, pasted e-mail chains, polite-but-pointed customer service phrasing, engineer IDs and site codes as people; measured once after the twentieth round at blame 0.975 / 0.787 and vague 1.000 / 0.880, a training voice since the twenty-first)',
  'thirty-eighth-voice': 'thirty-eighth voice (a separate writer who never saw the linter, 2026-12-05, a fast-growing e-commerce company\'s shared retro document: product and engineering managers, corporate passive-aggressive phrases, pasted comment threads, agile jargon; measured once after the twentieth round at blame 0.964 / 0.887 and vague 1.000 / 0.973, a training voice since the twenty-first)',
  'thirty-ninth-voice': 'thirty-ninth voice (a separate writer who never saw the linter, 2026-12-05, warehouse, retail-store and field supervisors\' voice memos transcribed by software: run-on sentences, filler words, self-corrections, mis-transcribed words, nicknames; measured once after the twentieth round at blame 0.913 / 0.840 and vague 1.000 / 1.000, a training voice since the twenty-first)',
  'fortieth-voice': 'fortieth voice (a separate writer who never saw the linter, 2026-12-05, engineers writing in English as a second language: German, Indian, Brazilian, Chinese, Polish, Japanese and Arabic speakers, literal translations and honorifics; measured once after the twenty-second round at blame 0.965 / 0.913 and vague 1.000 / 0.947, a training voice since the twenty-third)',
  'forty-first-voice': 'forty-first voice (a separate writer who never saw the linter, 2026-12-05, open-source maintainers on GitHub and GitLab: review comments, revert PRs, commit messages, advisories, @mentions and bots; measured once after the twenty-second round at blame 0.964 / 0.893 and vague 1.000 / 0.933, a training voice since the twenty-third)',
  'forty-second-voice': 'forty-second voice (a separate writer who never saw the linter, 2026-12-05, safety-culture reports from aviation, rail, maritime and hospitals: role abbreviations for people beside abbreviations for systems, just-culture vocabulary; measured once after the twenty-second round at blame 0.939 / 0.713 and vague 1.000 / 0.947, a training voice since the twenty-third)',
  'forty-third-voice': 'forty-third voice (a separate writer who never saw the linter, 2026-12-05, live broadcast and events production crews: job titles and abbreviations as people beside the same words as equipment, show logs with timecodes, regulator reports; measured once after the twenty-third round at blame 0.915 / 0.713 and vague 0.972 / 0.920, a training voice since the twenty-sixth round)',
  'forty-fourth-voice': 'forty-fourth voice (a separate writer who never saw the linter, 2026-12-05, platform teams whose systems and bots have human names and whose people have names that are ordinary words; measured once after the twenty-third round at blame 0.900 / 0.840 and vague 1.000 / 0.987, a training voice since the twenty-sixth round)',
  'forty-fifth-voice': 'forty-fifth voice (a separate writer who never saw the linter, 2026-12-05, outsourcing, consulting and vendor relationships: blame between organisations, contractual and HR euphemism; measured once after the twenty-third round at blame 0.985 / 0.860 and vague 1.000 / 0.933, a training voice since the twenty-sixth round)',
  'forty-sixth-voice': 'forty-sixth voice (a separate writer who never saw the linter, 2026-12-05, ordinary SaaS engineering teams writing ordinary post-mortems: the mainstream voice, blame mostly quiet and matter-of-fact; measured once after the twenty-fourth round at blame 0.945 / 0.920 and vague 1.000 / 1.000, a training voice since the twenty-sixth round)',
  'forty-seventh-voice': 'forty-seventh voice (a separate writer who never saw the linter, 2026-12-05, data-centre facilities and hardware operations: site roles and remote hands beside equipment abbreviations that also fail, trip and miss; measured once after the twenty-fourth round at blame 0.926 / 0.840 and vague 0.987 / 1.000, a training voice since the twenty-sixth round)',
  'forty-eighth-voice': 'forty-eighth voice (a separate writer who never saw the linter, 2026-12-05, mobile and web product teams: release trains, flags, QA, design, growth and marketing in quick retro and chat style; measured once after the twenty-fourth round at blame 0.925 / 0.827 and vague 0.986 / 0.973, a training voice since the twenty-sixth round)',
  'forty-ninth-voice': 'forty-ninth voice (a separate writer who never saw the linter, 2026-12-05, security operations and incident response: SOC analysts, the CISO, red team, pen testers and auditors beside scanners, EDR agents and WAF rules that also block, miss and ignore; measured once after the twenty-fifth round at blame 0.922 / 0.867 and vague 0.986 / 0.947, a training voice since the twenty-sixth round)',
  'fiftieth-voice': 'fiftieth voice (a separate writer who never saw the linter, 2026-12-05, small teams and solo maintainers: open-source projects, agencies and two-person startups, first person and informal, blame of self, of a co-founder and of a contributor; measured once after the twenty-fifth round at blame 0.932 / 0.907 and vague 1.000 / 0.973, a training voice since the twenty-sixth round)',
  'fifty-first-voice': 'fifty-first voice (a separate writer who never saw the linter, 2026-12-05, customer support, billing and trust-and-safety operations: agents, team leads, macros, queues and refunds; measured once after the twenty-fifth round at blame 0.897 / 0.693 and vague 0.974 / 0.987, a training voice since the twenty-sixth round)',
  'fifty-second-voice': 'fifty-second voice (a separate writer who never saw the linter, 2026-12-05, manufacturing and industrial operations: line leads, maintenance technicians, shift supervisors and the integrator beside PLCs, SCADA alarms and interlocks that also trip, fault and miss; measured once after the twenty-sixth round at blame 0.897 / 0.813 and vague 1.000 / 0.973, a training voice since the twenty-seventh round)',
  'fifty-third-voice': 'fifty-third voice (a separate writer who never saw the linter, 2026-12-05, connected devices and firmware fleets: OTA rollouts, the hardware lab, the contract manufacturer, certification, field returns; measured once after the twenty-sixth round at blame 0.921 / 0.860 and vague 1.000 / 0.973, a training voice since the twenty-seventh round)',
  'fifty-fourth-voice': 'fifty-fourth voice (a separate writer who never saw the linter, 2026-12-05, data and analytics engineering and finance reporting: pipelines, models, dashboards with wrong numbers, analysts, the finance close; measured once after the twenty-sixth round at blame 0.978 / 0.893 and vague 1.000 / 0.947, a training voice since the twenty-seventh round)',
  'fifty-fifth-voice': 'fifty-fifth voice (a separate writer who never saw the linter, 2026-12-06, AI and LLM product teams: prompt engineers, annotators and the eval owner beside agents, models and guardrails that also forget, ignore, decide and hallucinate; measured once after the twenty-seventh round at blame 0.939 / 0.927 and vague 0.987 / 0.987, a training voice since the twenty-eighth round)',
  'fifty-sixth-voice': 'fifty-sixth voice (a separate writer who never saw the linter, 2026-12-06, hospitality, restaurants and franchise retail: general managers, shift managers and franchisees beside POS terminals, kitchen displays and ordering tablets that also freeze, drop and skip; measured once after the twenty-seventh round at blame 0.967 / 0.780 and vague 1.000 / 0.960, a training voice since the twenty-eighth round)',
  'fifty-seventh-voice': 'fifty-seventh voice (a separate writer who never saw the linter, 2026-12-06, legal, privacy and compliance teams writing about data incidents: the DPO, counsel and auditors beside retention jobs, access reviews and scanners that also expose, retain and miss; measured once after the twenty-seventh round at blame 0.955 / 0.847 and vague 1.000 / 1.000, a training voice since the twenty-eighth round)',
  'fifty-eighth-voice': 'fifty-eighth voice (a separate writer who never saw the linter, 2026-12-06, logistics and road transport: dispatchers, drivers, planners and the 3PL beside route optimisers, telematics units and a dispatch system that also decide, lose and drop; measured once after the twenty-eighth round at blame 0.866 / 0.773 and vague 0.987 / 0.987, a training voice since the twenty-ninth round)',
  'fifty-ninth-voice': 'fifty-ninth voice (a separate writer who never saw the linter, 2026-12-06, charities and volunteer-run organisations: polite, euphemistic writing by coordinators, treasurers and trustees beside donation platforms, CRMs and rota apps that also forget and double up; measured once after the twenty-eighth round at blame 0.913 / 0.840 and vague 1.000 / 0.960, a training voice since the twenty-ninth round)',
  'sixtieth-voice': 'sixtieth voice (a separate writer who never saw the linter, 2026-12-06, research computing and university labs: PIs, postdocs, students and the HPC sysadmin beside a scheduler, file systems and instrument PCs that also kill, lose and ignore; measured once after the twenty-eighth round at blame 0.915 / 0.787 and vague 1.000 / 1.000, a training voice since the twenty-ninth round)',
  'sixty-first-voice': 'sixty-first voice (a separate writer who never saw the linter, 2026-12-06, insurance claims, underwriting and policy administration: handlers, adjusters, underwriters and the TPA beside a rating engine, triage model and fraud rules that also decide, reject and forget; measured once after the twenty-ninth round at blame 0.969 / 0.840 and vague 1.000 / 0.960, a training voice since the thirtieth round)',
  'sixty-second-voice': 'sixty-second voice (a separate writer who never saw the linter, 2026-12-06, newsrooms and digital publishing: reporters, the night editor, desks and the homepage producer beside a CMS, publish queue and paywall that also publish, kill and miss; measured once after the twenty-ninth round at blame 0.951 / 0.913 and vague 1.000 / 0.973, a training voice since the thirtieth round)',
  'sixty-third-voice': 'sixty-third voice (a separate writer who never saw the linter, 2026-12-06, construction, property and facilities management: site managers, subcontractors, the night guard and the BMS engineer beside a BMS, access control and fire panel that also lock out, ignore and miss; measured once after the twenty-ninth round at blame 0.910 / 0.807 and vague 1.000 / 0.973, a training voice since the thirtieth round)',
  'sixty-fourth-voice': 'sixty-fourth voice (a separate writer who never saw the linter, 2026-12-06, pharmaceutical and medical-device manufacturing quality: operators, the QA reviewer, the QP and the contract cleaner beside an MES, a LIMS and an electronic batch record that also reject, skip and ignore; measured once after the thirtieth round at blame 0.950 / 0.753 and vague 1.000 / 0.973, a training voice since the thirty-first round)',
  'sixty-fifth-voice': 'sixty-fifth voice (a separate writer who never saw the linter, 2026-12-06, emergency dispatch and municipal operations: call-takers, dispatchers, the shift supervisor and the CAD administrator beside a CAD system, a location feed and a radio console that also drop, decide and lose; measured once after the thirtieth round at blame 0.932 / 0.827 and vague 1.000 / 0.987, a training voice since the thirty-first round)',
  'sixty-sixth-voice': 'sixty-sixth voice (a separate writer who never saw the linter, 2026-12-06, crypto exchanges and DeFi protocols: core devs, multisig signers, the deployer and pseudonymous handles beside an oracle, a liquidation bot and a bridge relayer that also decide, miss and drain; measured once after the thirtieth round at blame 0.916 / 0.800 and vague 1.000 / 0.960, a training voice since the thirty-first round)',
  'sixty-seventh-voice': 'sixty-seventh voice (a separate writer who never saw the linter, 2026-12-06, airline operations control and airport ground handling: dispatchers, crew schedulers, the ramp supervisor and the handling agent beside a crew-tracking system, a departure control system and a disruption optimiser that also reject, drop and decide; measured once after the thirty-first round at blame 0.938 / 0.800 and vague 0.987 / 1.000, a training voice since the thirty-second round)',
  'sixty-eighth-voice': 'sixty-eighth voice (a separate writer who never saw the linter, 2026-12-06, HR, payroll and people operations: the payroll specialist, the HRIS administrator, People Ops and the outsourced bureau beside an HRIS, a payroll engine and a provisioning job that also miss, skip and ignore; measured once after the thirty-first round at blame 0.970 / 0.860 and vague 1.000 / 0.973, a training voice since the thirty-second round)',
  'sixty-ninth-voice': 'sixty-ninth voice (a separate writer who never saw the linter, 2026-12-06, advertising technology and online marketplaces: campaign managers, ad-ops traders, pods and the agency beside a bidder, a pacing algorithm and a fraud filter that also decide, overspend and ignore; measured once after the thirty-first round at blame 0.944 / 0.673 and vague 0.987 / 0.987, a training voice since the thirty-second round)',
  'seventieth-voice': 'seventieth voice (a separate writer who never saw the linter, 2026-12-06, casinos and gaming floors: the pit boss, dealers, slot technicians, the cage and Surveillance beside a slot management system, a jackpot controller and a comp engine that also decide, refuse and forget; measured once after the thirty-second round at blame 0.962 / 0.840 and vague 1.000 / 0.987, a training voice since the thirty-third round)',
  'seventy-first-voice': 'seventy-first voice (a separate writer who never saw the linter, 2026-12-06, cruise lines and ferries: the officer of the watch, the purser, Deck, Engine and Guest Services beside a booking engine, a manifest system and a dynamic positioning system that also decide, forget and drift; measured once after the thirty-second round at blame 0.976 / 0.800 and vague 1.000 / 0.987, a training voice since the thirty-third round)',
  'seventy-second-voice': 'seventy-second voice (a separate writer who never saw the linter, 2026-12-06, oil and gas field operations: the company man, the toolpusher, the driller, pumpers and the frac crew beside SCADA, an automated choke and a gas detector that also trip, ignore and miss; measured once after the thirty-second round at blame 0.912 / 0.827 and vague 1.000 / 1.000, a training voice since the thirty-third round)',
  'seventy-third-voice': 'seventy-third voice (a separate writer who never saw the linter, 2026-12-06, mining, underground and open-pit: the shift boss, crews by letter and shift, the jumbo operator, the hoistman and the control room beside a fleet management system, a ventilation-on-demand system and proximity detection that also decide, miss and ignore; measured once after the thirty-third round at blame 0.926 / 0.753 before the round, 0.920 / 0.767 after; vague 1.000 / 0.973 both; a training voice since the thirty-fourth round)',
  'seventy-fourth-voice': 'seventy-fourth voice (a separate writer who never saw the linter, 2026-12-06, newsrooms and broadcast: the night editor, the desk, subs, the MCR operator, the gallery and Legal beside a CMS, a playout system and a wire ingest that also drop, decide and forget; measured once after the thirty-third round at blame 0.945 / 0.807 before the round, 0.953 / 0.813 after; vague 1.000 / 0.973 both; a training voice since the thirty-fourth round)',
  'seventy-fifth-voice': 'seventy-fifth voice (a separate writer who never saw the linter, 2026-12-06, construction and facilities management: the super, the GC, the subs, the foreman, the crane op and the FM helpdesk beside a BMS, a permit-to-work system and an access-control system that also ignore, decide and miss; measured once after the thirty-third round at blame 0.957 / 0.733 before the round, 0.956 / 0.727 after; vague 1.000 / 0.920 both; a training voice since the thirty-fourth round)',
  'tuning-12': 'tuning-12 (written for the thirty-first round of issue 16 by a separate writer as a training set, 2026-12-06, agriculture, food processing and the cold chain: growers, graders, the packhouse shift and the haulier\'s driver beside a reefer monitor, an optical grader and a traceability system that also forget, reject and decide; blame 0.930 / 0.713 and vague 1.000 / 0.960 when measured once at the round\'s start; trained on)',
  'tuning-13': 'tuning-13 (written for the thirty-first round of issue 16 by a separate writer as a training set, 2026-12-06, law firms, courts and legal operations: paralegals, the docketing clerk, associates and the litigation-support vendor beside a docketing system, an e-filing portal and a deadline calculator that also miss, reject and calculate; blame 0.971 / 0.680 and vague 1.000 / 0.973 when measured once at the round\'s start; trained on)',
  'tuning-14': 'tuning-14 (written for the thirty-first round of issue 16 by a separate writer as a training set, 2026-12-06, film, TV post-production and VFX: the colourist, the assistant editor, the render wrangler and the vendor beside a render-farm scheduler, an asset manager and a transcoder that also drop, decide and skip; blame 0.918 / 0.673 and vague 1.000 / 0.947 when measured once at the round\'s start; trained on)',
  'tuning-15': 'tuning-15 (written for the thirty-first round of issue 16 by a separate writer as a training set, 2026-12-06, mortgage lending and real-estate brokerage: loan officers, processors, underwriters, the closer and the title company beside a loan origination system, a pricing engine and automated underwriting that also reject, decide and miss; blame 0.876 / 0.660 and vague 0.987 / 0.987 when measured once at the round\'s start; trained on)',
  'tuning-16': 'tuning-16 (written for the thirty-second round of issue 16 by a separate writer as a training set, 2026-12-06, semiconductor fabs: process and equipment engineers, etch and litho technicians, the lot dispositioner, Metrology, Litho and nights beside an MES, a run-to-run controller, FDC software and SPC charts that also forget, ignore and decide; blame 0.913 / 0.767 and vague 1.000 / 0.933 when measured once at the round\'s start; trained on)',
  'tuning-17': 'tuning-17 (written for the thirty-second round of issue 16 by a separate writer as a training set, 2026-12-06, public transit: operators, dispatchers, line controllers, the TD, the yard master, Scheduling and the North depot beside CAD/AVL, the interlocking, fare gates and a rostering system that also forget, drop and miss; blame 0.905 / 0.700 and vague 1.000 / 0.933 when measured once at the round\'s start; trained on)',
  'tuning-18': 'tuning-18 (written for the thirty-second round of issue 16 by a separate writer as a training set, 2026-12-06, theme parks and live events: ride operators, the ride lead, the TD, the show caller, Guest Services and Overnight beside a ride control PLC, a virtual queue app and show-control that also decide, ignore and refuse; blame 0.946 / 0.700 and vague 1.000 / 0.973 when measured once at the round\'s start; trained on)',
  'tuning-19': 'tuning-19 (written for the thirty-second round of issue 16 by a separate writer as a training set, 2026-12-06, city government and public services: the counter clerk, inspectors, the 311 night agent, the PIO, Code Enforcement, Records and the vendor\'s consultant beside a permitting portal, a 311 CRM and an inspection scheduler that also forget, reject and decide; blame 0.958 / 0.753 and vague 1.000 / 0.947 when measured once at the round\'s start; trained on)',
  'tuning-20': 'tuning-20 (written for the thirty-third round of issue 16 by a separate writer as a training set, 2026-12-06, last-mile delivery and courier hubs: drivers, the hub lead, the twilight sort, dispatch and the yard marshal beside a routing engine, handheld scanners and a sortation conveyor that also forget, skip and decide; blame 0.950 / 0.753 and vague 1.000 / 0.960 when measured once at the round\'s start; trained on)',
  'tuning-21': 'tuning-21 (written for the thirty-third round of issue 16 by a separate writer as a training set, 2026-12-06, restaurant chains and commercial kitchens: the line cook, expo, the closer, FOH and BOH and the franchisee beside a POS, a KDS and an online-ordering platform that also drop, ignore and decide; blame 0.945 / 0.807 and vague 1.000 / 0.947 when measured once at the round\'s start; trained on)',
  'tuning-22': 'tuning-22 (written for the thirty-third round of issue 16 by a separate writer as a training set, 2026-12-06, stadiums, sports clubs and ticketing: stewards, the safety officer, turnstile ops, the box office and Hospitality beside a ticketing platform, turnstile controllers and a queue system that also reject, miss and decide; blame 0.962 / 0.833 and vague 1.000 / 0.920 when measured once at the round\'s start; trained on)',
  'seventy-sixth-voice': 'seventy-sixth voice (a separate writer who never saw the linter, 2026-12-07, agriculture and farm operations: the herdsman, relief milkers, the farm manager, contractors and the agronomist beside milking robots, a herd-management app, grain dryers and irrigation controllers that also forget, decide and miss; measured once after the thirty-fourth round at blame 0.889 / 0.800 before the round, 0.866 / 0.820 after; vague 1.000 / 0.960 both; a training voice since the thirty-fifth)',
  'seventy-seventh-voice': 'seventy-seventh voice (a separate writer who never saw the linter, 2026-12-07, motorsport teams and race operations: the race engineer, the strategist, the pit crew, the truckies and race control beside telemetry, the timing feed, pit-wall software and a fuel rig that also decide, miss and drop; measured once after the thirty-fourth round at blame 0.947 / 0.713 before the round, 0.940 / 0.733 after; vague 0.986 / 0.933 before, 1.000 / 0.933 after; a training voice since the thirty-fifth)',
  'seventy-eighth-voice': 'seventy-eighth voice (a separate writer who never saw the linter, 2026-12-07, satellite and spacecraft operations: the flight director, the spacecraft controller, flight dynamics, ground station ops and the night pass team beside a command system, an auto-sequencer and on-board fault protection that also decide, forget and ignore; measured once after the thirty-fourth round at blame 0.901 / 0.727 before the round, 0.894 / 0.733 after; vague 1.000 / 0.867 both; a training voice since the thirty-fifth)',
  'seventy-ninth-voice': 'seventy-ninth voice (a separate writer who never saw the linter, 2026-12-07, veterinary clinics and animal hospitals: the vet, the locum, the RVN, reception, the kennel assistant and the out-of-hours provider beside a practice management system, an infusion pump and a lab analyser that also decide, forget and miss; measured once after the thirty-fifth round at blame 0.891 / 0.707 before the round, 0.893 / 0.727 after; vague 1.000 / 0.987 before, 1.000 / 1.000 after; a training voice from the thirty-sixth round)',
  'eightieth-voice': 'eightieth voice (a separate writer who never saw the linter, 2026-12-07, container ports and terminal operations: the crane driver, the lashers, the berth planner, the gate clerks, B gang and the shipping line\'s agent beside a terminal operating system, automated stacking cranes and a gate OCR that also drop, decide and ignore; measured once after the thirty-fifth round at blame 0.946 / 0.707 before the round, 0.940 / 0.727 after; vague 0.986 / 0.947 before, 1.000 / 0.947 after; a training voice from the thirty-sixth round)',
  'eighty-first-voice': 'eighty-first voice (a separate writer who never saw the linter, 2026-12-07, wildland firefighting and forestry: the IC, the hotshot crew, the sawyer, the division sup, dispatch and the contract engine crew beside a resource-ordering system, a weather feed and a fire-spread model that also miss, decide and forget; measured once after the thirty-fifth round at blame 0.902 / 0.800 before the round, 0.905 / 0.827 after; vague 1.000 / 0.973 both; a training voice from the thirty-sixth round)',
  'tuning-26': 'tuning-26 (written for the thirty-fifth round of issue 16 by a separate writer as a training set, 2026-12-07, clinical diagnostic laboratories: the biomedical scientist, the phlebotomist, the night BMS, Specimen Reception and the courier beside a LIMS, an autoanalyser track and a middleware rules engine that also reject, forget and decide; blame 0.898 / 0.587 and vague 1.000 / 0.960 when measured once at the round\'s start)',
  'tuning-27': 'tuning-27 (written for the thirty-fifth round of issue 16 by a separate writer as a training set, 2026-12-07, waste collection and recycling: the loader, the driver, the round lead, the weighbridge, Transfer and the subcontractor\'s crew beside in-cab tablets, a route optimiser and a weighbridge system that also skip, miss and decide; blame 0.898 / 0.767 and vague 1.000 / 0.960 when measured once at the round\'s start)',
  'tuning-28': 'tuning-28 (written for the thirty-fifth round of issue 16 by a separate writer as a training set, 2026-12-07, power generation plants: the unit operator, the shift charge engineer, the I&C tech, the turbine hall, C watch and Outage Planning beside a DCS, a turbine governor and a permit system that also trip, ignore and decide; blame 0.902 / 0.673 and vague 1.000 / 0.987 when measured once at the round\'s start)',
  'eighty-second-voice': 'eighty-second voice (a separate writer who never saw the linter, 2026-12-07, video game studios and live operations: the live-ops producer, the build engineer, QA and its outsourced vendor, community managers and the release captain beside matchmaking, anti-cheat, the build farm and Discord bots that also decide, drop and ignore; measured once after the thirty-sixth round at blame 0.899 / 0.833 before the round, 0.912 / 0.833 after; vague 1.000 / 0.933 both; not yet a training voice)',
  'eighty-third-voice': 'eighty-third voice (a separate writer who never saw the linter, 2026-12-07, theme parks and ride operations: ride operators, the zone lead, the fitters and sparks, Guest Services and the manufacturer\'s field engineer beside a ride PLC, block-zone sensors and a virtual queue app that also stop, miss and decide; measured once after the thirty-sixth round at blame 0.908 / 0.720 before the round, 0.909 / 0.733 after; vague 1.000 / 0.973 both; not yet a training voice)',
  'eighty-fourth-voice': 'eighty-fourth voice (a separate writer who never saw the linter, 2026-12-07, commercial fishing and seafood processing: the skipper, the mate, the deckhands, the chief engineer, the graders and QA beside a chart plotter, a vessel monitoring system and a blast freezer controller that also drift, miss and forget; measured once after the thirty-sixth round at blame 0.901 / 0.787 before the round, 0.915 / 0.787 after; vague 1.000 / 0.973 both; not yet a training voice)',
  'tuning-29': 'tuning-29 (written for the thirty-sixth round of issue 16 by a separate writer as a training set, 2026-12-07, hotels and resorts: the FOM, the night auditor, the room attendants, Reservations, the PM shift and the runner beside a PMS, a keycard encoder and a channel manager, with initialism posts, departments acting alone and shifts by name; blame 0.878 / 0.673 when measured once on arrival; trained on)',
  'tuning-30': 'tuning-30 (written for the thirty-sixth round of issue 16 by a separate writer as a training set, 2026-12-07, ambulance services and emergency medical dispatch: the EMD, call handlers, the crews, Control, stations and nights beside CAD, AVLS and triage software, with initialism posts, desks and stations acting alone and shifts by name; blame 0.929 / 0.693 when measured once on arrival; trained on)',
  'tuning-31': 'tuning-31 (written for the thirty-sixth round of issue 16 by a separate writer as a training set, 2026-12-07, platform engineering at a payments company: the IC, the EM, the DBA, the devs, Payments, Risk and the APAC rotation beside a deploy bot, Argo CD, a scheduler and a feature-flag service, with initialism posts, teams acting alone and rotations by name; blame 0.955 / 0.700 when measured once on arrival; trained on)',
  'tuning-23': 'tuning-23 (written for the thirty-fourth round of issue 16 by a separate writer as a training set, 2026-12-07, water and wastewater utilities: the shift operator, C crew, the linesman, Maintenance and the jetting gang beside SCADA, dosing pumps and lift-station controllers that also forget, trip and miss; blame 0.947 / 0.593 and vague 1.000 / 0.960 when measured once at the round\'s start; trained on)',
  'tuning-24': 'tuning-24 (written for the thirty-fourth round of issue 16 by a separate writer as a training set, 2026-12-07, railway maintenance and signalling: the P-way gang, the lookout man, the COSS, the signaller, Nights and Control beside the interlocking, axle counters and a possession-planning system that also drop, decide and miss; blame 0.857 / 0.640 and vague 1.000 / 1.000 when measured once at the round\'s start; trained on)',
  'tuning-25': 'tuning-25 (written for the thirty-fourth round of issue 16 by a separate writer as a training set, 2026-12-07, contact centres and outsourced customer operations: agents, team leads, WFM, QA, Tier 2 and Nights beside an IVR, a dialler and a chatbot that also decide, forget and drop, with predicates only a person carries; blame 0.866 / 0.773 and vague 1.000 / 0.920 when measured once at the round\'s start; trained on)',
  'tenth-voice': 'tenth voice (a separate writer who never saw the linter, 2026-12-03; measured once after the fifth round at blame 0.925 / 0.820 and vague 1.000 / 0.893, a training voice since the sixth)',
  'tuning-2': 'tuning-2 (written for issue 16 in other voices to train the models; rules alone measured 0.960 / 0.565 blame and 1.000 / 0.734 vague when first measured)',
};

/** Prints precision/recall of both labelled sets and the lint time for 1,000 post-mortems vs parsing alone. */
export function runQualityBench(count = 1000): void {
  const showMisses = process.argv.includes('--misses');
  // `--tuning-only` while working on the rules: the held-out split is measured only at the end.
  const splits: Split[] = process.argv.includes('--tuning-only') ? ['tuning'] : ['tuning', 'third-voice', 'fourth-voice', 'tuning-2', 'fifth-voice', 'sixth-voice', 'tuning-3', 'seventh-voice', 'eighth-voice', 'ninth-voice', 'tuning-4', 'tenth-voice', 'eleventh-voice', 'twelfth-voice', 'thirteenth-voice', 'fourteenth-voice', 'tuning-5', 'tuning-6', 'tuning-7', 'fifteenth-voice', 'sixteenth-voice', 'seventeenth-voice', 'eighteenth-voice', 'nineteenth-voice', 'twentieth-voice', 'twenty-first-voice', 'tuning-8', 'twenty-second-voice', 'twenty-third-voice', 'twenty-fourth-voice', 'tuning-9', 'twenty-fifth-voice', 'twenty-sixth-voice', 'twenty-seventh-voice', 'tuning-10', 'twenty-eighth-voice', 'twenty-ninth-voice', 'thirtieth-voice', 'tuning-11', 'thirty-first-voice', 'thirty-second-voice', 'thirty-third-voice', 'thirty-fourth-voice', 'thirty-fifth-voice', 'thirty-sixth-voice', 'thirty-seventh-voice', 'thirty-eighth-voice', 'thirty-ninth-voice', 'fortieth-voice', 'forty-first-voice', 'forty-second-voice', 'forty-third-voice', 'forty-fourth-voice', 'forty-fifth-voice', 'forty-sixth-voice', 'forty-seventh-voice', 'forty-eighth-voice', 'forty-ninth-voice', 'fiftieth-voice', 'fifty-first-voice', 'fifty-second-voice', 'fifty-third-voice', 'fifty-fourth-voice', 'fifty-fifth-voice', 'fifty-sixth-voice', 'fifty-seventh-voice', 'fifty-eighth-voice', 'fifty-ninth-voice', 'sixtieth-voice', 'sixty-first-voice', 'sixty-second-voice', 'sixty-third-voice', 'sixty-fourth-voice', 'sixty-fifth-voice', 'sixty-sixth-voice', 'tuning-12', 'tuning-13', 'tuning-14', 'tuning-15', 'sixty-seventh-voice', 'sixty-eighth-voice', 'sixty-ninth-voice', 'tuning-16', 'tuning-17', 'tuning-18', 'tuning-19', 'seventieth-voice', 'seventy-first-voice', 'seventy-second-voice', 'tuning-20', 'tuning-21', 'tuning-22', 'seventy-third-voice', 'seventy-fourth-voice', 'seventy-fifth-voice', 'tuning-23', 'tuning-24', 'tuning-25', 'seventy-sixth-voice', 'seventy-seventh-voice', 'seventy-eighth-voice', 'tuning-26', 'tuning-27', 'tuning-28', 'seventy-ninth-voice', 'eightieth-voice', 'eighty-first-voice', 'tuning-29', 'tuning-30', 'tuning-31', 'eighty-second-voice', 'eighty-third-voice', 'eighty-fourth-voice', 'heldout'];
  for (const split of splits) {
    if (!isWritten(split)) {
      console.log(`-- ${SPLIT_NOTE[split]}: not in the repository yet`);
      continue;
    }
    const blame = measureSet(loadSet('blame', split), (t) => blameHits(t)[0]?.form ?? null);
    const vague = measureSet(loadSet('vague', split), (t) => actionItemVagueness(t)?.kind ?? null);
    console.log(`-- ${SPLIT_NOTE[split]}`);
    for (const line of formatMeasured(`blame              `, blame)) console.log(line);
    for (const line of formatMeasured(`vague-action-item  `, vague)) console.log(line);
    // Never the misses of an evaluation set (heldout/): their sentences are not read while working on the detectors.
    if (showMisses && TRAINING_SPLITS.includes(split)) {
      for (const m of [...blame.misses, ...vague.misses]) console.log(`    missed      [${m.form}] ${m.text}`);
      for (const m of [...blame.falseAlarms, ...vague.falseAlarms]) console.log(`    false alarm [${m.form}] ${m.text}`);
    }
  }

  // Leave one writer out: the models trained on the other voices, measured on the one left out.
  const folds = leaveOneWriterOut();
  const f3 = (x: number): string => x.toFixed(3);
  console.log('-- leave-one-writer-out (models trained on the other training voices; rules alone beside them, in sample)');
  console.log('    left out         blame P / R (rules alone)        vague P / R (rules alone)');
  for (const f of folds) {
    console.log(`    ${f.left.padEnd(14)}   ${f3(f.blame.precision)} / ${f3(f.blame.recall)} (${f3(f.rulesBlame.precision)} / ${f3(f.rulesBlame.recall)})   ${f3(f.vague.precision)} / ${f3(f.vague.recall)} (${f3(f.rulesVague.precision)} / ${f3(f.rulesVague.recall)})`);
  }
  const pb = pooled(folds, (f) => f.blame);
  const pv = pooled(folds, (f) => f.vague);
  const rb = pooled(folds, (f) => f.rulesBlame);
  const rv = pooled(folds, (f) => f.rulesVague);
  console.log(`    pooled           ${f3(pb.precision)} / ${f3(pb.recall)} (${f3(rb.precision)} / ${f3(rb.recall)})   ${f3(pv.precision)} / ${f3(pv.recall)} (${f3(rv.precision)} / ${f3(rv.recall)})`);

  // The cost of the sentence analysis: tokens, person references and forms, per 1,000 sentences.
  const corpus = [...loadSet('blame', 'tuning'), ...loadSet('blame', 'heldout')].map((x) => x.text);
  const rounds = Math.max(1, Math.ceil(20000 / corpus.length));
  for (const s of corpus) blameHits(s);
  let s0 = performance.now();
  for (let k = 0; k < rounds; k++) for (const s of corpus) sentences(s);
  const splitMs = performance.now() - s0;
  s0 = performance.now();
  for (let k = 0; k < rounds; k++) for (const s of corpus) ruleHits(s);
  const rulesMs = performance.now() - s0;
  s0 = performance.now();
  for (let k = 0; k < rounds; k++) for (const s of corpus) blameHits(s);
  const analysisMs = performance.now() - s0;
  const per1000 = (ms: number): string => ((ms / (rounds * corpus.length)) * 1000).toFixed(1);
  console.log(`sentence analysis, ${rounds * corpus.length} sentences (own tokenizer and word classes; AFINN-165 lexicon and the logistic model where no rule fired):`);
  console.log(`  rules only (baseline, the analysis before the model; 27.9 ms when the issue was briefed)  ${per1000(rulesMs)} ms per 1,000 sentences   (sentence split alone ${per1000(splitMs)} ms)`);
  console.log(`  rules + lexicon + model                                                                ${per1000(analysisMs)} ms per 1,000 sentences   ratio ${(analysisMs / rulesMs).toFixed(2)}×`);

  const texts = Array.from({ length: count }, (_, i) => generatePostmortem(i));
  // Warm up both paths so the JIT and regex compilation are not timed.
  for (const t of texts.slice(0, 50)) lintPostmortem(parsePostmortem(t).doc, t, { config: DEFAULT_QUALITY_CONFIG });

  let t0 = performance.now();
  for (const t of texts) parsePostmortem(t);
  const parseMs = performance.now() - t0;

  // CPU time beside wall time: the machine is shared, and wall time swings between identical runs.
  let cpu = process.cpuUsage();
  for (const t of texts) parsePostmortem(t);
  cpu = process.cpuUsage(cpu);
  const parseCpuMs = (cpu.user + cpu.system) / 1000;

  t0 = performance.now();
  cpu = process.cpuUsage();
  let findings = 0;
  for (const t of texts) findings += lintPostmortem(parsePostmortem(t).doc, t, { config: DEFAULT_QUALITY_CONFIG }).length;
  const totalMs = performance.now() - t0;
  cpu = process.cpuUsage(cpu);
  const totalCpuMs = (cpu.user + cpu.system) / 1000;

  const kib = texts.reduce((n, t) => n + t.length, 0) / 1024 / count;
  console.log(`${count} post-mortems (${kib.toFixed(1)} KiB each), ${findings} findings`);
  console.log(`  parse only (baseline)   ${parseMs.toFixed(0)} ms`);
  console.log(`  parse + lint            ${totalMs.toFixed(0)} ms   ratio ${(totalMs / parseMs).toFixed(2)}×   (lint alone ≈ ${(totalMs - parseMs).toFixed(0)} ms, ${((totalMs - parseMs) / count).toFixed(3)} ms/doc)`);
  console.log(`  CPU time: parse ${parseCpuMs.toFixed(0)} ms, parse + lint ${totalCpuMs.toFixed(0)} ms   (lint alone ≈ ${(totalCpuMs - parseCpuMs).toFixed(0)} ms CPU)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) runQualityBench();
