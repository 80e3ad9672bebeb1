import type { BlameForm } from './blame.forms.ts';

/*
 * A phrase layer for the blame model (issue 16): multi-word expressions of negligence,
 * attitude, sarcasm and accountability that AFINN rates neutral word by word ("sat on the
 * ticket", "threw it over the wall", "couldn't be bothered", "in their infinite wisdom",
 * "thanks a lot, X, for …"). They are written as families of English idiom, not copied
 * from the labelled sets, and they are features, not rules: each family is one feature
 * whose weight the model learns from every writer, so an expression it never saw in
 * training still counts through its family. A finding the model makes on one names the
 * family's form and quotes the expression.
 *
 * The patterns run over the masked sentence (§¤¤ for a person, π¤¤ for his/her/their; see
 * person-references.ts) and use bounded repetition only: linear in the sentence length.
 */

export type PhraseFamily = 'idiom' | 'attitude' | 'praise-opener' | 'sarcasm' | 'accountability' | 'absence' | 'habit';

const P = '§¤*';
const POSS = "(?:π¤*|his|her|their|§¤*(?:'s|’s))";
const W = "[\\w'’-]+";
/** Leaving after a handover or once the work was done is not absence. */
const NOT_HANDED_OVER = '(?![^.;]{0,50}\\b(?:after|once|as planned|as agreed|as scheduled|handing|handed|handover|cover|confirmed)\\b)';

const FAMILIES: Record<PhraseFamily, string[]> = {
  // Idioms of negligence: a person let something go, passed it on or was not really there.
  idiom: [
    `\\b(?:sat|sits|sitting|sit)\\s+on\\s+(?:${W}\\s+){0,3}?(?:ticket|tickets|report|reports|patch|patches|fix|pr|request|requests|change|issue|escalation|alert|alerts|email|emails|page|warning|review|it|this|that|them)\\b`,
    `\\b(?:threw|throws|thrown|throwing|tossed|tosses|chucked|lobbed)\\s+(?:${W}\\s+){0,4}?over\\s+the\\s+(?:wall|fence)\\b`,
    `\\b(?:threw|throws|thrown|throwing)\\s+(?:${W}\\s+){0,3}?under\\s+the\\s+bus\\b`,
    `\\b(?:pass(?:ed|es|ing)?)\\s+the\\s+buck\\b`,
    `\\b(?:hung|left|hang|leaves)\\s+(?:${W}\\s+){0,2}?(?:out\\s+to\\s+dry|holding\\s+the\\s+(?:bag|baby))\\b`,
    `\\b(?:head|heads)\\s+in\\s+the\\s+sand\\b|\\bburied\\s+${POSS}\\s+heads?\\b`,
    `\\bswept\\s+(?:${W}\\s+){0,3}?under\\s+the\\s+(?:rug|carpet)\\b|\\bkicked\\s+the\\s+can\\b`,
    `\\b(?:took|takes|taken)\\s+${POSS}\\s+eyes?\\s+off\\s+the\\s+ball\\b|\\bdropp(?:ed|ing)\\s+the\\s+ball\\b`,
    `\\basleep\\s+at\\s+the\\s+(?:wheel|switch)\\b|\\b(?:went|gone|going|goes)\\s+rogue\\b|\\b(?:winged|winging|wing)\\s+it\\b`,
    `\\b(?:dozed|dozing|nodded|nodding|drifted)\\s+off\\b|\\bfell\\s+asleep\\b|\\b(?:checked|checks)\\s+out\\s+(?:mentally|early|completely)\\b`,
    `\\bhalf-(?:arsed|assed|hearted)\\b|\\bphoned\\s+it\\s+in\\b|\\bon\\s+autopilot\\b|\\bcut(?:ting)?\\s+corners\\b`,
    `\\bivory\\s+towers?\\b|\\binfinite\\s+wisdom\\b|\\bout\\s+of\\s+${POSS}\\s+depth\\b|\\bin\\s+over\\s+${POSS}\\s+heads?\\b`,
    `\\bmade\\s+(?:a|an)\\s+(?:\\w+\\s+)?(?:hash|mess|meal|pig's ear|dog's breakfast)\\s+of\\b|\\bcowboy\\b|\\bfire\\s+and\\s+forget\\b`,
    `\\bshot\\s+(?:himself|herself|themselves|us|everyone)\\s+in\\s+the\\s+foot\\b|\\bplay(?:ed|ing)\\s+fast\\s+and\\s+loose\\b`,
    `\\b(?:brushed|brushes|fobbed|palmed|laughed|shrugged|waved)\\s+(?:${W}\\s+){0,3}?(?:off|aside|away)\\b`,
  ],
  // Attitude and competence: not caring, not able, not bothering, too proud to ask.
  attitude: [
    `\\b(?:could(?:n't|’t| not)|can(?:'t|’t|not| not)|would(?:n't| not))\\s+be\\s+(?:bothered|arsed|assed|trusted)\\b`,
    `\\b(?:did(?:n't| not)|does(?:n't| not)|never)\\s+(?:really\\s+|even\\s+|seem\\s+to\\s+)?care(?:d)?\\b|\\bcared\\s+more\\s+about\\b|\\bmore\\s+interested\\s+in\\b`,
    `\\btoo\\s+(?:proud|lazy|busy|arrogant|stubborn|important|scared|impatient|senior|clever)\\s+to\\b`,
    `\\b(?:can(?:'t|’t|not)|could(?:n't|’t| not))\\s+(?:even\\s+)?(?:read|follow|spell|count|understand|use)\\b`,
    `\\b(?:has|had|have)\\s+(?:no|zero|not the faintest|not a)\\s+(?:idea|clue)\\b|\\bclueless\\b`,
    `\\bfor\\s+no\\s+(?:good\\s+|apparent\\s+|obvious\\s+)?reason\\b|\\bno\\s+good\\s+reason\\b`,
    `\\btreat(?:s|ed|ing)?\\s+(?:${W}\\s+){1,4}?as\\s+(?:a|an|merely|just)\\s+(?:\\w+\\s+)?(?:suggestion|formality|afterthought|optional|joke|nuisance|guideline)\\b`,
    `\\bnot\\s+(?:my|${POSS})\\s+(?:job|problem|department)\\b|\\babove\\s+${POSS}\\s+pay\\s*grade\\b`,
    `\\bshall\\s+remain\\s+nameless\\b|\\bin\\s+name\\s+only\\b|\\bso-called\\b`,
    `\\b(?:arrogance|hubris|complacency|laziness|incompetence|stubbornness|sloppiness|indifference|apathy|carelessness|cluelessness|recklessness|negligence)\\b`,
    `\\b(?:thought|thinks|decided|figured|deemed|felt)\\s+(?:it\\s+)?(?:was|would be|is)?\\s*(?:a\\s+)?(?:good|great|smart|clever|reasonable|fine)\\s+(?:idea|thing|plan)\\b`,
    `\\b(?:decided|declared|assumed|figured|reckoned|felt)\\s+(?:that\\s+)?(?:${W}\\s+){0,3}?(?:was|were|would be)\\s+["“']?(?:probably|surely|obviously|clearly)?\\s*(?:fine|ok|okay|good enough|safe|harmless)\\b`,
  ],
  // Thanks or praise addressed to someone ("Thanks a lot, X, …"): sarcasm only with something bad in the sentence.
  'praise-opener': [
    `(?:^|[.!]\\s*)(?:(?:great|nice|good|fine|stellar|brilliant|excellent|fantastic|top)\\s+(?:job|work|one|going|call|move|stuff)|well\\s+done|bravo|kudos|congrat\\w*|thanks\\s+(?:a\\s+(?:lot|bunch|million)|so\\s+much|for\\s+nothing|again)|many\\s+thanks|way\\s+to\\s+go|nice\\s+one|cheers)\\s*,\\s*(?:§¤*|(?:${W}\\s+){0,2}?${W})\\s*,`,
  ],
  // Sarcasm: praise addressed to someone about a failure, mock admiration, rhetorical despair.
  sarcasm: [
    `\\b(?:really|truly|so|very)\\s+(?:impressive|amazing|great|brilliant|inspiring|reassuring|helpful)\\s+(?:how|that|to\\s+see)\\b|\\btrust\\s+${P}\\s+to\\b`,
    `\\bour\\s+(?:brilliant|estimable|esteemed|beloved|fearless|illustrious|glorious|wonderful|favourite|favorite|genius)\\b|\\b(?:our|my)\\s+friends\\s+(?:in|on|at|over\\s+in)\\b`,
    `\\bwho\\s+(?:on\\s+earth|in\\s+their\\s+right\\s+mind|in\\s+the\\s+world)\\b|\\bwhat\\s+(?:was|were)\\s+${P}\\s+thinking\\b|\\bwhat\\s+could\\s+possibly\\s+go\\s+wrong\\b`,
    `\\bdraw\\s+your\\s+own\\s+conclusions?\\b|\\b(?:so|and)\\s+here\\s+we\\s+are\\b|\\btoo\\s+much\\s+to\\s+ask\\b|\\bsurprise,?\\s+surprise\\b|\\bwho\\s+could\\s+have\\s+(?:guessed|predicted|known)\\b`,
    `\\b(?:a|the)\\s+(?:reasonable|sensible|smart|clever|bright|great)\\s+(?:thing|idea|move|time)\\s+to\\b`,
    `\\bfinally\\s+(?:responds|responded|answers|answered|acknowledges|acknowledged|replies|replied|shows\\s+up|showed\\s+up|turns\\s+up|turned\\s+up|wakes\\s+up|woke\\s+up|joins|joined|logs\\s+on|bothered)\\b`,
    `(?:^|[,.;]\\s*)(?:once\\s+more|once\\s+again|yet\\s+again|as\\s+usual|as\\s+always|predictably|naturally|of\\s+course),`,
    `["“'‘][^"”'’]{1,30}["”'’]\\s+(?:${W}\\s+){0,2}?(?:architect|engineer|expert|consultant|lead|senior|fix|setup|solution|upgrade|transformation|hardening|tidying|testing|review)\\b`,
  ],
  // Accountability put on a person: "bears responsibility", "this one's on Marco", "needs to explain".
  accountability: [
    `\\bbears?\\s+(?:full\\s+|sole\\s+|the\\s+|ultimate\\s+)?(?:responsibility|the\\s+blame|blame)\\b|\\bfailed\\s+in\\s+${POSS}\\s+(?:duty|obligations?|responsibilit\\w+)\\b`,
    `\\b(?:this|that|it)(?:'s|’s|\\s+is|\\s+was|\\s+one(?:'s|’s|\\s+is))\\s+(?:all\\s+|squarely\\s+|entirely\\s+)?on\\s+${P}\\b|\\bon\\s+${POSS}\\s+watch\\b`,
    `\\bneeds?\\s+to\\s+(?:explain|answer\\s+for|justify)\\b|\\bshould(?:n't|\\s+not)\\s+be\\s+(?:allowed|trusted|let)\\b|\\banswer\\s+for\\b|\\bheld\\s+(?:to\\s+)?account(?:able)?\\b`,
    `\\b(?:dereliction|insistence|refusal|unwillingness)\\b|\\bthe\\s+real\\s+reason\\b|\\btraces?\\s+back\\s+to\\s+(?:one\\s+)?${P}`,
    `\\bchose\\s+to\\s+(?:do\\s+nothing|ignore|finish|wait|leave|skip|go|keep|ship|push|sit)\\b|\\b(?:knew|had\\s+known)\\s+(?:${W}\\s+){1,8}?and\\s+(?:still|chose|did\\s+nothing|went\\s+ahead|shipped|ignored)\\b`,
    `\\b(?:told|warned|asked|reminded)\\s+(?:${W}\\s+){1,8}?(?:and|but)\\s+(?:§¤*|he|she|they)\\s+(?:just\\s+)?(?:laughed|ignored|shrugged|didn't|did\\s+not|brushed|dismissed|waved|refused)\\b`,
  ],
  // Again, as usual, anyway: the act is the person's habit or done against advice ("… straight to prod, again.").
  habit: [
    `(?:,|\\band)\\s+(?:again|as usual|as always|as ever|yet again|once again|once more|anyway|regardless|of course)\\s*[.!]*\\s*$`,
    `\\b(?:for the (?:second|third|fourth|fifth|nth|umpteenth) time|not for the first time|same as last time|like last time|every single time)\\b`,
  ],
  // Away from the post while it burned: "leaves for dinner", "from the pub", "logged off for the weekend"; not after a handover.
  absence: [
    `\\b(?:left|leaves|leaving|went|goes|headed|heads)\\s+(?:for|to)\\s+(?:dinner|lunch|the\\s+pub|the\\s+gym|the\\s+weekend|the\\s+day|home|a\\s+(?:coffee|smoke|drink))\\b${NOT_HANDED_OVER}|\\bfrom\\s+the\\s+pub\\b|\\bat\\s+the\\s+pub\\b`,
    `\\b(?:logged|logs|clocked|clocks|signed|signs)\\s+off\\s+(?:for\\s+the\\s+(?:weekend|night|day)|early|anyway)\\b|\\bcoffee\\s+break\\b`,
    `\\b(?:unplugged|switched\\s+off|turned\\s+off)\\s+(?:${W}\\s+){0,4}?to\\s+(?:charge|save|stop|silence|get)\\b`,
    `\\b(?:page|pages|call|calls|message)\\s+(?:re-?sent|sent\\s+again|repeated)\\s+to\\s+${P}|\\bno\\s+(?:answer|response|reply)\\s+from\\s+${P}`,
  ],
};

/**
 * One alternation per family (one scan each), without the Unicode flag (which slows the scan
 * threefold), matched on the lower-cased sentence (case-insensitive scans are slower still); `i`
 * only when lower-casing would change the length and so the offsets.
 */
const FAMILY_RE: readonly { family: PhraseFamily; re: RegExp; ci: RegExp }[] = (Object.keys(FAMILIES) as PhraseFamily[]).map((family) => {
  const src = FAMILIES[family].map((x) => `(?:${x})`).join('|');
  return { family, re: new RegExp(src, 'g'), ci: new RegExp(src, 'gi') };
});

/** The form a finding names when a phrase of this family weighed most in the model's judgement. */
export const FAMILY_FORM: Record<PhraseFamily, BlameForm> = {
  idiom: 'idiom',
  attitude: 'contempt',
  'praise-opener': 'sarcasm',
  sarcasm: 'sarcasm',
  accountability: 'fault-noun',
  absence: 'omission-verb',
  habit: 'defiance',
};

/** A phrase of the layer: its family and UTF-16 offsets. */
export type PhraseMatch = { family: PhraseFamily; start: number; end: number };

/** Every phrase of the layer in a masked sentence, with its family and UTF-16 offsets. */
export function phraseMatches(masked: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const lower = masked.toLowerCase();
  const same = lower.length === masked.length;
  for (const { family, re, ci } of FAMILY_RE) {
    for (const m of same ? lower.matchAll(re) : masked.matchAll(ci)) {
      const lead = /^[\s,.;!]+/.exec(m[0])?.[0].length ?? 0;
      out.push({ family, start: m.index + lead, end: m.index + m[0].length });
    }
  }
  return out;
}
