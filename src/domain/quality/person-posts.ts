/*
 * Round 32 (issue 16): groups and posts named by what they are. Blame is found when a person reference carries a
 * judgement, so a person the reader does not see is never blamed. Four shapes were missed:
 *
 * - a post written as an acronym ("the PE for etch", "the ME on bay 3", "TD loads the wrong cue stack", "the AM's
 *   heads-up"): a head of its phrase (a determiner or a clause opening before it, no noun after it that it qualifies)
 *   is a person when it is a post people hold (POST_ACRONYM), or, for any acronym, when the sentence gives it what only
 *   a person takes — "for <area>", "on <bay / shift / nights>", "who", "alone", he / she later on;
 * - a compound post whose head is a person-only noun or also a thing ("the yard master", "the lot dispositioner", "the
 *   media buyer", "North depot's fuel clerk", "the district 2 inspector"): a trade or a place before the head makes it a
 *   person; a device, software or data before it ("the database master", "the first buyer") does not;
 * - a group named by its function ("Scheduling has missed the board deadline", "Guest Services told guests", "Code
 *   Enforcement ran the sweep", "Nights ignored the OOC flag"): a capitalised gerund, a two-word function name ("Guest
 *   Services", "Customer Info") or a shift's name as the subject of a clause, or after "by", "chasing", "for … to";
 *   a verb only a machine does ("crashed", "timed out") or a system noun after it ("Ticketing gates") keeps it a thing;
 *   a function noun that is also a measure ("Growth", "Yield", "Security") needs a person's clue (they / their, who, a
 *   person's act or possession);
 * - a handle in chat shapes: "u/ads_ops_dan" (a bare "kestrel_dev" is left alone: config keys share its shape).
 * Verbs that systems also do (forgot, ignored, decided, missed, dropped) are no clue on their own for an acronym.
 * Linear: each candidate looks at a bounded window of tokens and characters.
 */
import { BREAKS, DETERMINERS, IRREGULAR_PAST } from './person-words.ts';
import { DEPARTMENT, DEPARTMENT_GERUND, DEPARTMENT_NOUN, FUNCTION_NOUN, FUNCTION_TAIL } from './person-departments.ts';
import type { Token } from './person-tokens.ts';
import type { PersonSpan } from './person-mask.ts';

/** Posts people hold that are written as acronyms (not machines: "the MES", "the PLC", "the AMHS"). */
const POST_ACRONYM = /^(?:PE|PEs|ME|MEs|FSE|FSEs|FE|TD|TDs|AM|AMs|CM|PIO|OOW|GM|GMs|DM|AE|AEs|CSM|TAM|SDM|EHS|DOM|ADM|ATC|SM|PM|PMs|TPM|EM|EMs)$/;
/** Any acronym as a head (two to five capitals or digits), judged by its context. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,4}$/u;

/** Determiners and quantifiers before a post. */
const POST_DET = /^(?:the|that|our|their|this|any|every|no|other|another|your|my|his|her)$/i;
/** A modifier between the determiner and the acronym: a shift, a rank, a judging or quoting adjective. */
const POST_MOD = /^(?:night|day|late|early|weekend|overnight|duty|relief|new|previous|old|current|other|same|senior|junior|lead|acting|experienced|on-call|oncall|outgoing|incoming|main|regional|local|site)$/i;

/** What follows a head: it ends the phrase (a verb, an auxiliary, a preposition, punctuation). */
const HEAD_NEXT = /^(?:for|on|at|in|who|whose|alone|about|before|after|when|while|because|as|so|here|there|during|until|over|into|even|finally|again|never|just|also|then|still|only|clearly|apparently|probably|obviously|simply|really|did|does|do|didn't|doesn't|was|wasn't|is|isn't|were|are|had|has|have|hasn't|hadn't|should|shouldn't|should've|could|couldn't|could've|would|wouldn't|would've|must|might|will|won't|can|can't|may|and|or|but|to|from|with|without|by|took|let|made|went|kept|left|ran|chose|sent|put|set|told|forgot|lost|got|gave|thought|knew|sat|said|saw|cut|hit|held|caught|built)$/i;

/** A verb in the third person ("loads", "arrives", "posts", "receives"), past ("released") or an -ly adverb. */
const VERB_FORM = /^\p{Ll}{2,}(?:ed|s|ly)$/u;

/**
 * Context that only a person takes after a head: "for etch", "on bay 3", "on nights", "who", "alone". After "for" / "on",
 * a weekday, a month or an order word is a date or a thing, not an area ("approved the PO on Tuesday").
 */
const PERSON_CONTEXT = /^(?:'s|’s)?\s{0,2},?\s{1,2}(?:who\b|alone\b|(?:for|on)\s{1,2}(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|time|schedule|hold|order|site|call|leave)\b)(?:the\s{1,2})?(?:nights|days|bay\s{1,2}\w{1,4}|the\s{1,2}account|(?:night|day|late|early|weekend)\s{1,2}shift|[\p{Ll}\p{Lu}]{2,12}\s{0,2}(?:[,.;!?]|$|should|could|would|did|was|had|has|is|never|even|just))|(?:on|in)\s{1,2}(?:his|her)\s{1,2}first)/u;

/** Posts that are compound heads: a person-only noun or one that also names a thing or a customer. */
const COMPOUND_HEAD = /^(?:masters?|buyers?|sellers?|callers?|traders?|clerks?|techs?|dispositioners?|keepers?|marshals?|wardens?|inspectors?|analysts?)$/i;
/** Heads that name someone a service serves when alone ("the buyer", "the caller"): the qualifier must be a trade. */
const SERVED_HEAD = /^(?:buyers?|sellers?|callers?|agents?|controllers?|analysts?|planners?|inspectors?)$/i;
/** Qualifiers that make the compound a thing or a customer. */
const THING_QUALIFIER = /^(?:database|db|redis|mysql|postgres|sql|dns|kafka|build|git|replica|cluster|node|boot|record|data|config|key|clock|time|spindle|primary|secondary|first|repeat|new|returning|online|anonymous|frequent|prank|potential|prospective|private|cash|home|first-time|average|typical|other|same|one|that|this|each|every|any|some|many|most|few|angry|irate|elderly|international|domestic|overseas|bulk|retail|major|big|small|large|third-party|user|ai|bot|auto|automatic|software|system|service|job|batch|cron|task|event|api|web|network|memory|cache|load|flow|traffic|ticket|route|routing|signal|power|temperature|pressure|fuel-level|level|speed|motor|valve|pump|bus|device|print|test|unit|integration|partner)$/i;
/** Qualifiers that make it a person whatever the head: a shift, a place of work or a trade. */
const TRADE_QUALIFIER = /^(?:yard|lot|media|show|fuel|litho|lithography|etch|district|precinct|ward|depot|station|terminal|floor|line|desk|counter|shift|night|day|weekend|stage|ride|pit|crew|dock|ramp|signal-box|ticket-office|quiz|harbour|harbor|dock|toll|parking|space|print-buyer|stock|floor-trade|deck|front-desk)$/i;

/** A shift or a region that names a crew: "the AM crew", "the EMEA pod", "the B crew". */
const CREW_NAME = /^(?:AM|PM|EMEA|APAC|LATAM|AMER|NA|EU|UK|US|ANZ|DACH|[A-D])$/;
const CREW_HEAD = /^(?:crews?|pods?|squads?|shifts?)$/i;

/** A capitalised gerund that names a function ("Scheduling", "Ticketing", "Permitting"), not a process. */
const GERUND = /^\p{Lu}\p{Ll}{3,}ing$/u;
/** Gerunds that name a process or a machine's work, not a department. */
const PROCESS_GERUND = /^(?:Caching|Logging|Retrying|Batching|Polling|Indexing|Sharding|Throttling|Rendering|Streaming|Loading|Parsing|Scaling|Autoscaling|Deploying|Building|Running|Nothing|Everything|Something|Anything|Morning|Evening|During|Following|According|Regarding|Including|During|Being|Having|Doing|Going|Getting|Making|Trying|Adding|Setting|Using|Switching|Moving|Changing|Testing|Monitoring|Routing|Pricing|Booking|Handling|Processing|Training|Working|Waiting|Reading|Looking|Checking|Starting|Restarting|Rolling|Rebooting|Failing|Missing|Leaving|Keeping|Putting|Taking|Giving|Sending|Opening|Closing|Pending|Bring|Spring|String|Thing|King|Ring|Wing|Ceiling|Swing|Timing|Boring|Meeting|Ping|Earning|Warning|Onboarding|Offboarding|Provisioning|Patching|Upgrading|Migrating|Backfilling|Replicating|Syncing|Importing|Exporting|Uploading|Downloading|Installing|Reindexing|Compiling|Linting|Scanning|Sorting|Matching|Filtering|Ranking|Bidding|Pacing|Targeting|Retargeting|Tracking|Queueing|Queuing|Hashing|Encoding|Decoding|Signing|Hosting|Mapping|Tagging|Labelling|Labeling|Calling|Blaming|Saying|Asking)$/;
/** What opens a gerund's object: then the gerund is a verb. */
const GERUND_OBJECT = /^(?:this|that|these|those|it|them|him|her|us|me|you|the|a|an|our|their|his|its|my|your|every|each|all|any|some|more|less|up|out|off|down|back|over|in|on)$/i;
/** A shift named by when it works, written in lower case: "nights ignored the flag", "a handover from nights". */
const SHIFT_NAME = /^(?:nights|days|lates|earlies|overnights)$/i;

/** Verbs only a machine does: then a function name is a system ("Ticketing crashed"). */
const MACHINE_VERB = /^(?:crashed|crashes|rebooted|reboots|restarted|restarts|hung|hangs|froze|freezes|errored|errors|timed|times|stalled|stalls|glitched|lagged|lags|threw|throws|returned|returns|rejected|rejects|broke|breaks|failed|fails|went|goes|came|comes|dropped|drops|fell|falls|stopped|stops|showed|shows|displayed|displays|printed|prints|scanned|scans|synced|syncs|imported|imports|exported|exports|spiked|spikes|rose|rises|increased|increases|decreased|decreases|grew|grows|doubled|halved|climbed|improved|recovered|is|are|has|was|were)$/i;
/** Nouns after the function name that make it a modifier of a system: "Ticketing gates", "Scheduling tool". */
const SYSTEM_AFTER = /^(?:system|systems|tool|tools|portal|app|module|gates?|service|server|platform|software|database|queue|screen|page|feed|report|data|rate|numbers?|figures?)$/i;

/** Acts and clues that only a person gives after a function noun: bound they / their, who, person acts, possessions. */
const GROUP_CLUE = /^(?:'s|’s)?\s{0,2},?\s{1,2}(?:who\b|alone\b|(?:\S+\s{1,2}){0,12}?(?:they|their|them|themselves)\b|(?:\p{Ll}+\s{1,2}){0,2}(?:walked\s{1,2}away|lit\s{1,2}the|promised|apologi[sz]ed|told|answered|signed\s{1,2}off|decided\s{1,2}to|chose|wanted|panicked|shrugged|considers|thinks|thought))/u;

/** Conjunctions before a subject: "because Permitting kept sending …", "and Guest Services told …". */
const SUBJECT_BEFORE = /^(?:because|when|while|and|but|so|that|until|since|after|before|as|though|although|if|then|where|unless)$/i;

/** Words before a function name that make it an agent or a party ("by Scheduling", "chasing Scheduling"). */
const AGENT_BEFORE = /^(?:by|chasing|blame|with|know|see|for|to|from)$/i;

function isVerbNext(t: Token | undefined, s: string, at: number): boolean {
  if (t === undefined) return false;
  const between = s.slice(at, t.start);
  // A quote before the verb: Nights "handed over", Ticketing 'tested'.
  if (/^\s{0,2}["“'‘]$/.test(between.trim() === '' ? '' : between.trim()) || /^\s{1,2}["“'‘]/.test(between)) return /^\p{Ll}{2,}(?:ed|s)$/u.test(t.stem) || IRREGULAR_PAST.test(t.stem);
  if (/[^\s]/.test(between)) return false;
  return HEAD_NEXT.test(t.text) && !/^(?:and|or|but|to|from|with|without|by|for|on|at|in|about|before|after|when|while|because|as|so|here|there|during|until|over|into)$/i.test(t.text) || VERB_FORM.test(t.text) || IRREGULAR_PAST.test(t.text);
}

/** Whether the acronym at `i` is the head of its phrase: nothing after it that it qualifies. */
function acronymHead(s: string, toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  if (t.text !== t.stem) return true;
  if (next === undefined || next.gap) return true;
  if (/^\p{Lu}/u.test(next.text)) return false;
  return HEAD_NEXT.test(next.text) || VERB_FORM.test(next.text) || IRREGULAR_PAST.test(next.text) || /^\s{1,2}["“'‘]/.test(s.slice(t.end, next.start));
}

/** Where a clause opens: the first word, the first after a clock time or a table bar, or after a colon or dash. */
function opens(toks: readonly Token[], i: number, lead: number, s: string): boolean {
  if (i === 0 || toks[i]!.opens || i === lead) return true;
  const before = s.slice(toks[i - 1]!.end, toks[i]!.start);
  return /\|/.test(before) || (/,\s*$/.test(before) && i <= 4 && toks.slice(0, i).every((x) => /^\p{Ll}|^[A-Z][a-z]+$/u.test(x.text)) && /^(?:usual|again|ever|expected|honestly|frankly|clearly|predictably|sure|course)$/i.test(toks[i - 1]!.text));
}

/** The sentence's person spans with posts and groups named by what they are added, in order. */
export function withPosts(s: string, toks: readonly Token[], spans: PersonSpan[]): PersonSpan[] {
  const added: PersonSpan[] = [];
  let lead = 0;
  while (lead < toks.length && /^\d{1,2}$/.test(toks[lead]!.text)) lead++;
  // A span the reader found inside a new phrase ("Info" of "Customer Info", "peak crew at Eastgate ran" of "the AM peak
  // crew") gives way to it; one that reaches outside it keeps its place. Spans are in order: a pointer moves once.
  const replaced = new Set<PersonSpan>();
  let k = 0;
  const add = (a: Token, b: Token): void => {
    const start = a.start;
    const end = b.start + b.stem.length;
    const last = added[added.length - 1];
    if (last !== undefined && start < last.end) return;
    while (k < spans.length && spans[k]!.end <= start) k++;
    const inside: PersonSpan[] = [];
    for (let m = k; m < spans.length && spans[m]!.start < end; m++) {
      if (spans[m]!.start < start || (spans[m]!.end > end && spans[m]!.start === start)) return;
      inside.push(spans[m]!);
    }
    for (const sp of inside) replaced.add(sp);
    added.push({ start, end, possessive: false });
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const w = t.stem;
    // A handle: "u/ads_ops_dan could have …" (the tokeniser splits it at the slash).
    if (t.text === 'u' && toks[i + 1] !== undefined && s.slice(t.end, toks[i + 1]!.start) === '/' && /^[\w-]{3,30}$/.test(toks[i + 1]!.text)) {
      add(t, toks[i + 1]!);
      i++;
      continue;
    }
    // A post as an acronym.
    if ((ACRONYM.test(w) && !/^\p{Lu}{2,4}S$/u.test(w) && !DEPARTMENT.test(w)) || POST_ACRONYM.test(w)) {
      if (!acronymHead(s, toks, i)) continue;
      const known = POST_ACRONYM.test(w);
      // Its phrase: a determiner and up to one modifier (a quoted one too: "Our 'experienced' TD").
      let from = i;
      const p1 = toks[i - 1];
      const p2 = toks[i - 2];
      if (p1 !== undefined && POST_DET.test(p1.text)) from = i - 1;
      else if (p1 !== undefined && p2 !== undefined && POST_DET.test(p2.text) && (POST_MOD.test(p1.stem) || /['‘"“’]$/.test(p1.text) || /['‘"“]\s*$/.test(s.slice(p1.end, t.start)))) from = i - 2;
      const prevWord = toks[from - 1]?.text ?? '';
      const atOpen = from === i && opens(toks, i, lead, s);
      const afterBy = from === i && /^by$/i.test(prevWord);
      if (from === i && !atOpen && !afterBy) continue;
      // A number before it is a clock time or a measure ("8 AM", "5 CM").
      if (/^\d/.test(prevWord) && from === i && !atOpen) continue;
      if (/^\d/.test(toks[i - 1]?.text ?? '') && !atOpen) continue;
      const ahead = s.slice(t.start + t.stem.length, t.start + t.stem.length + 60);
      if (known || PERSON_CONTEXT.test(ahead)) add(toks[from]!, t);
      continue;
    }
    // A crew or a pod named by its shift or region: "the AM crew", "the EMEA pod", "the AM peak crew at Eastgate".
    if (POST_DET.test(t.text) && toks[i + 1] !== undefined && toks[i + 2] !== undefined && !toks[i + 1]!.gap && !toks[i + 2]!.gap && CREW_NAME.test(toks[i + 1]!.text)) {
      let j = i + 2;
      if (/^peak$/i.test(toks[j]!.text) && toks[j + 1] !== undefined && !toks[j + 1]!.gap) j++;
      if (CREW_HEAD.test(toks[j]!.stem)) {
        add(t, toks[j]!);
        i = j;
        continue;
      }
    }
    // "the agency" that acts or owns: "the agency sent the wrong creative", "the agency's failure to send".
    if (/^(?:the|our|that)$/i.test(t.text) && toks[i + 1] !== undefined && !toks[i + 1]!.gap && /^agency$/i.test(toks[i + 1]!.stem)) {
      const a = toks[i + 1]!;
      if (a.text !== a.stem ? /^(?:'s|’s)\s{1,2}(?:failure|media|fault|mistake|decision)/.test(s.slice(a.start + a.stem.length)) : isVerbNext(toks[i + 2], s, a.end) || /^\s{1,2}alone\b/.test(s.slice(a.end))) {
        add(t, a);
        i++;
        continue;
      }
    }
    // A compound post: a trade or a place before a head noun ("the yard master", "North depot's fuel clerk").
    if (COMPOUND_HEAD.test(w) && i > 0) {
      const q = toks[i - 1]!;
      if (t.gap || q.text !== q.stem) continue;
      let from = i - 1;
      let qual = q.text.toLowerCase();
      // "the district 2 inspector": a number after the place.
      if (/^\d{1,3}$/.test(q.text) && toks[i - 2] !== undefined && !q.gap) {
        from = i - 2;
        qual = toks[i - 2]!.text.toLowerCase();
      }
      if (!/^\p{L}[\p{L}-]+$/u.test(qual) || BREAKS.has(qual) || DETERMINERS.has(qual) || THING_QUALIFIER.test(qual)) continue;
      const trade = TRADE_QUALIFIER.test(qual);
      if (!trade && (SERVED_HEAD.test(w) || !/^\p{Ll}/u.test(toks[from]!.text))) continue;
      if (!trade && !/^(?:masters?|dispositioners?|clerks?|techs?|keepers?|marshals?|wardens?)$/i.test(w)) continue;
      // Back to a determiner or a place's possessive ("North depot's").
      let start = from;
      const d = toks[from - 1];
      if (d !== undefined && !toks[from]!.gap && (POST_DET.test(d.text) || (d.text !== d.stem && /^\p{Lu}|depot|station|office|branch|agency/u.test(d.stem)))) {
        start = from - 1;
        if (d.text !== d.stem && toks[from - 2] !== undefined && /^\p{Lu}/u.test(toks[from - 2]!.text) && !toks[from - 1]!.gap) start = from - 2;
      } else if (!opens(toks, from, lead, s) && !/^(?:by|from|with|to)$/i.test(d?.text ?? '')) continue;
      add(toks[start]!, t);
      continue;
    }
    // A group named by its function or its shift.
    const capital = /^\p{Lu}/u.test(w);
    let end = i;
    let kind: 'gerund' | 'pair' | 'noun' | 'shift' | 'dept' | '' = '';
    const n1 = toks[i + 1];
    if (capital && n1 !== undefined && !n1.gap && t.text === t.stem && FUNCTION_TAIL.test(n1.stem) && /^\p{Lu}\p{Ll}+$/u.test(w) && !BREAKS.has(w.toLowerCase())) {
      end = i + 1;
      kind = 'pair';
      // A gerund before its object is a verb ("Calling this operator error …", "Labelling it …"), not a function's name.
    } else if (GERUND.test(w) && !PROCESS_GERUND.test(w) && !(n1 !== undefined && !n1.gap && GERUND_OBJECT.test(n1.text))) kind = 'gerund';
    else if (DEPARTMENT_NOUN.test(w)) kind = 'dept';
    else if (FUNCTION_NOUN.test(w)) kind = 'noun';
    else if (DEPARTMENT.test(w) && t.text !== t.stem) kind = 'noun';
    else if (SHIFT_NAME.test(w)) kind = 'shift';
    if (kind === '') continue;
    const last = toks[end]!;
    const after = toks[end + 1];
    const prev = toks[i - 1];
    const open = opens(toks, i, lead, s);
    const agentBefore = prev !== undefined && !t.gap && AGENT_BEFORE.test(prev.text);
    if (kind === 'shift') {
      // "on nights", "all nights", "two nights" are times; a subject or a party after "from / to / by / with" is the crew.
      if (!(open || (agentBefore && /^(?:from|to|by|with)$/i.test(prev.text)))) continue;
      if (open && !isVerbNext(after, s, last.end) && !/^\s{1,2}(?:were|was|had)\b/.test(s.slice(last.end))) continue;
      add(t, last);
      i = end;
      continue;
    }
    // A system noun after it: "Ticketing gates", "Scheduling tool".
    if (after !== undefined && !after.gap && last.text === last.stem && SYSTEM_AFTER.test(after.text)) continue;
    const ahead = s.slice(last.start + last.stem.length, last.start + last.stem.length + 120);
    const clue = GROUP_CLUE.test(ahead);
    // Addressed: "Scheduling, your holiday timetable broke …".
    if (open && /^\s{0,2},\s{1,2}(?:your|you)\b/.test(ahead)) {
      add(t, last);
      i = end;
      continue;
    }
    // Its possessive where a clause opens: "Scheduling's run cut", "IT's 'quick fix'", "Finance's reconciliation".
    if (open && last.text !== last.stem && /^(?:'s|’s)\s{1,2}["“'‘]?\p{Ll}/u.test(ahead)) {
      add(t, last);
      i = end;
      continue;
    }
    if (kind === 'noun' && !clue && !(prev !== undefined && /^by$/i.test(prev.text))) continue;
    // A gerund whose capital its place gives it (the sentence's first word, after a clock time or a colon) needs a clue.
    if (kind === 'gerund' && (i === 0 || i === lead || toks[i]!.opens === true) && !clue && !DEPARTMENT_GERUND.test(w)) continue;
    const subject = open || (prev !== undefined && SUBJECT_BEFORE.test(prev.text) && !t.gap);
    if (subject) {
      if (last.text !== last.stem) {
        // "Scheduling's run cut", "Permitting's failure to", "Code Enforcement's 'site visit'".
        add(t, last);
        i = end;
        continue;
      }
      // What only a machine should have done: "Matchmaking should have fallen back to wider bands".
      if (/^\s{1,2}(?:should|could|would)(?:n't)?\s{1,2}have\s{1,2}(?:fallen\s{1,2}back|failed\s{1,2}over|retried|rebooted|restarted|timed\s{1,2}out|thrown|returned|scaled|cached|synced)\b/.test(ahead)) continue;
      if (after === undefined || (MACHINE_VERB.test(after.text) && !/^(?:has|was|is|were|are)$/i.test(after.text))) continue;
      if (/^(?:is|are|has)$/i.test(after.text) && !clue && !/^\s{1,2}(?:has\s{1,2}(?:been\s{1,2}\p{Ll}+ing|\p{Ll}+ed|missed|lost|sat|kept|let)|(?:is|are)\s{1,2}\p{Ll}+ing)\b/u.test(ahead)) continue;
      if (isVerbNext(after, s, last.end) || clue || /^\s{1,2}(?:alone|at\s{1,2}least|probably|never|finally)\b/.test(ahead)) {
        add(t, last);
        i = end;
      }
      continue;
    }
    if (agentBefore) {
      const pw = prev.text.toLowerCase();
      // "for Ticketing to answer", "Thanks to Ticketing for discovering": a party, not a purpose ("the fix for Ticketing").
      if (pw === 'from') continue;
      if ((pw === 'for' || pw === 'to') && !/^\s{1,2}(?:to\s{1,2}\p{Ll}|for\s{1,2}\p{Ll}+ing|alone)/u.test(ahead)) continue;
      if ((pw === 'know' || pw === 'see') && !/^\s{1,2}\p{Ll}{2,}s\b/u.test(ahead)) continue;
      add(t, last);
      i = end;
    }
  }
  return added.length === 0 ? spans : [...spans.filter((sp) => !replaced.has(sp)), ...added].sort((a, b) => a.start - b.start);
}
