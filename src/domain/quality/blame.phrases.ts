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
/** A word, or a masked person reference ("threw the support team under the bus"). */
const W = "(?:[\\w'’-]+|[§π]¤*)";
/** Leaving after a handover or once the work was done is not absence. */
const NOT_HANDED_OVER = '(?![^.;]{0,50}\\b(?:after|once|as planned|as agreed|as scheduled|handing|handed|handover|(?<!no )cover|confirmed)\\b)';

/**
 * An expression of a family: a pattern, or a pattern with the words one of which must be in the sentence before it is
 * tried (round 4: the families grew, and a gate keeps the layer's cost flat on sentences that have none of them).
 */
type Expression = string | { re: string; gate: readonly string[] };

const FAMILIES: Record<PhraseFamily, Expression[]> = {
  // Idioms of negligence: a person let something go, passed it on or was not really there.
  idiom: [
    `\\b(?:sat|sits|sitting|sit)\\s+on\\s+(?:${W}\\s+){0,3}?(?:ticket|tickets|report|reports|patch|patches|fix|pr|request|requests|change|issue|escalation|alert|alerts|email|emails|page|warning|review|it|this|that|them)\\b`,
    `\\b(?:threw|throws|thrown|throwing|tossed|tosses|chucked|lobbed)\\s+(?:${W}\\s+){0,4}?over\\s+the\\s+(?:wall|fence)\\b`,
    `\\b(?:threw|throws|thrown|throwing)\\s+(?:${W}\\s+){0,3}?under\\s+the\\s+bus\\b`,
    `\\b(?:pass(?:ed|es|ing)?)\\s+the\\s+buck\\b`,
    // Round 15: people likened to children or a blunder ("hammering the button like toddlers", "like a bull in a china shop").
    `\\blike\\s+(?:(?:a|an|some|little)\\s+)?(?:toddlers?|children|kids|babies|amateurs|cavemen|monkeys|headless\\s+chickens|(?:a\\s+)?bull\\s+in\\s+a\\s+china\\s+shop|bulls\\s+in\\s+a\\s+china\\s+shop)\\b`,
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
    // Letting others down (round 4: families, not the labelled sets' words).
    { re: `\\bfell\\s+down\\s+on\\s+the\\s+job\\b|\\basleep\\s+(?:on|at)\\s+the\\s+(?:job|wheel|switch)\\b|\\blet\\s+(?:us|them|everyone|everybody|the\\s+(?:team|side|customers?|business|patients?))\\s+down\\b|\\blet\\s+down\\s+by\\b`, gate: ['job', 'wheel', 'switch', 'down'] },
    { re: `\\bleft\\s+(?:us|them|everyone|everybody|the\\s+team)\\s+(?:in\\s+the\\s+lurch|high\\s+and\\s+dry|hanging|to\\s+(?:it|clean\\s+up))\\b|\\bdid(?:n't|’t|\\s+not)\\s+pull\\s+${POSS}\\s+weight\\b|\\bnot\\s+up\\s+to\\s+the\\s+(?:job|task)\\b|\\bfell\\s+(?:well\\s+|far\\s+|way\\s+|badly\\s+)?short\\s+of\\b`, gate: ['lurch', 'dry', 'hanging', 'left', 'weight', 'up to the', 'short of'] },
    { re: `\\b(?:went|gone|going|goes)\\s+(?:quiet|dark|silent|awol|missing|radio\\s+silent|off\\s+the\\s+radar|off\\s+grid)\\b|\\bmissing\\s+in\\s+action\\b|\\bnowhere\\s+to\\s+be\\s+(?:found|seen)\\b|\\bghost(?:ed|ing)\\b|\\bradio\\s+silence\\b|\\bkept\\s+us\\s+(?:waiting|on\\s+hold|in\\s+the\\s+dark)\\b`, gate: ['quiet', 'dark', 'silent', 'awol', 'missing', 'radar', 'grid', 'nowhere to', 'ghost', 'radio', 'kept us'] },
    // Acting too fast.
    { re: `\\bjump(?:ed|s|ing)?\\s+(?:the\\s+gun|to\\s+conclusions)\\b|\\bgot\\s+ahead\\s+of\\s+(?:himself|herself|themselves)\\b|\\bsh(?:oo|o)t\\s+first\\b|\\ball\\s+guns\\s+blazing\\b|\\btrigger-happy\\b|\\b(?:rushed|rushing|rushes)\\s+(?:it|in|ahead|into|through)\\b|\\bwithout\\s+a\\s+second\\s+thought\\b`, gate: ['gun', 'conclusions', 'ahead of', 'shot first', 'shoot first', 'blazing', 'trigger', 'rush', 'second thought'] },
    { re: `\\bhoped\\s+for\\s+the\\s+best\\b|\\bfingers\\s+crossed\\b|\\bcrossed\\s+${POSS}\\s+fingers\\b|\\brolled\\s+the\\s+dice\\b|\\btook\\s+a\\s+(?:punt|gamble)\\b|\\byolo\\b|\\bleap(?:ed|t)\\s+before\\b|\\bship\\s+first\\b|\\bhalf-cocked\\b|\\bwent\\s+off\\s+script\\b|\\bbull\\s+in\\s+a\\s+china\\s+shop\\b`, gate: ['best', 'fingers', 'dice', 'punt', 'gamble', 'yolo', 'leap', 'ship first', 'half-cocked', 'script', 'china'] },
    // Not really doing it.
    { re: `\\bwent\\s+through\\s+the\\s+motions\\b|\\blip\\s+service\\b|\\bbare\\s+minimum\\b|\\bbox-?ticking\\b|\\bticked\\s+(?:a|the)\\s+box(?:es)?\\b|\\b(?:skimmed|skim-read|glanced\\s+at)\\b|\\bdid(?:n't|’t|\\s+not)\\s+lift\\s+a\\s+finger\\b|\\bphon(?:ed|es|ing)\\s+in\\s+(?:the|a|an|${POSS})\\b|\\bsleep-?walk(?:ed|ing|s)?\\b`, gate: ['motions', 'lip', 'bare', 'tick', 'skim', 'glanced', 'finger', 'phon', 'sleep'] },
    // Acting alone (round 18: not a thing "on its own" after "not the problem").
    { re: `\\btook\\s+it\\s+upon\\s+(?:himself|herself|themselves|themself)\\b|\\bon\\s+${POSS}\\s+own\\s+(?:authority|initiative|say-so)\\b|\\boff\\s+${POSS}\\s+own\\s+bat\\b|\\bwent\\s+it\\s+alone\\b|\\bwithout\\s+(?:asking|telling|consulting|checking\\s+with|warning)\\s+(?:anyone|anybody|a\\s+soul|a\\s+single\\s+\\w+|the\\s+team)\\b|(?<!\\b(?:problem|issue|cause|enough|harmless|fine|safe|benign|rare|risky|dangerous)\\s{1,3})\\bon\\s+${POSS}\\s+own\\s*[.,;]`, gate: ['upon', 'own authority', 'own initiative', 'own say', 'own bat', 'own.', 'own,', 'own;', 'alone', 'without'] },
    { re: `\\bcowboys?\\b|\\bsigned\\s+off\\s+on\\s+(?:${W}\\s+){1,4}?(?:neither|none|nobody|no\\s+one)\\s+(?:of\\s+\\S+\\s+)?(?:had|has|have)?\\s*(?:read|opened|checked|tested|looked)\\b`, gate: ['cowboy', 'signed off'] },
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
    { re: `\\b(?:thought|decided|figured)\\s+it\\s+would\\s+be\\s+(?:fun|funny|a\\s+laugh|a\\s+good\\s+idea|clever|smart|wise|sensible)\\b`, gate: ['would be'] },
    { re: `\\b(?:showed|shows|displayed|had|took|takes)\\s+(?:zero|no|little|not\\s+the\\s+slightest|scant|minimal)\\s+(?:interest|concern|urgency|care|curiosity|initiative|ownership|remorse|regard|accountability)\\b|\\bcould(?:n't|’t|\\s+not)\\s+care\\s+less\\b`, gate: ['zero', 'little', 'slightest', 'scant', 'minimal', 'care less', 'no interest', 'no concern', 'no urgency', 'no care', 'no curiosity', 'no initiative', 'no ownership', 'no remorse', 'no regard', 'no accountability'] },
    // A negated quantifier over a group, then not bothering: "nobody in legal could be bothered".
    { re: `\\b(?:nobody|no\\s+one|no-one|not\\s+one|none)\\s+(?:(?:on|in|from|at|of)\\s+(?:${W}\\s+){1,3}?)?(?:could|would|can|will)\\s+be\\s+(?:bothered|arsed|assed)\\b`, gate: ['bothered', 'arsed', 'assed'] },
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
    `\\b(?:a|the)\\s+(?:reasonable|sensible|smart|clever|bright|great|good|perfect|fine)\\s+(?:thing|idea|move|time|place|day|moment)\\s+to\\b`,
    // Insinuation and ironic tags: "Draw your own conclusions.", ", really smart.", "no thanks to", "because of course he did".
    { re: `\\bmake\\s+of\\s+(?:that|this|it)\\s+what\\s+you\\s+(?:will|like|want)\\b|\\bsays\\s+it\\s+all\\b|\\bneed\\s+i\\s+say\\s+more\\b|\\benough\\s+said\\b|\\bi\\s+rest\\s+my\\s+case\\b|\\bgo\\s+figure\\b|\\bspeaks\\s+for\\s+itself\\b|\\blet\\s+that\\s+sink\\s+in\\b`, gate: ['make of', 'says it all', 'say more', 'enough said', 'rest my case', 'go figure', 'speaks for', 'sink in'] },
    { re: `,\\s*(?:really|very|so|truly|just|how)\\s+(?:smart|clever|bright|helpful|professional|mature|thoughtful|considerate|sensible|wise|impressive|responsible|brilliant)\\s*[.!]*\\s*$|\\bno\\s+thanks\\s+to\\b|\\b(?:nice|good|kind|thoughtful|decent|big)\\s+of\\s+${P}\\s+to\\b|\\bbecause\\s+of\\s+course\\s+(?:he|she|they|§¤*)\\s+(?:did|does|do|would|is|was)\\b`, gate: ['smart', 'clever', 'bright', 'helpful', 'professional', 'mature', 'thoughtful', 'considerate', 'sensible', 'wise', 'impressive', 'responsible', 'brilliant', 'no thanks', 'nice of', 'good of', 'kind of', 'decent of', 'big of', 'of course'] },
    { re: `\\b(?:our|that|this|the)\\s+(?:fearless|estimable|esteemed|beloved|illustrious|resident|local|in-house)\\s+(?:leader|genius|expert|guru|hero|wizard|mastermind)\\b|\\b(?:that|this|our|some)\\s+genius\\b`, gate: ['fearless', 'estimable', 'esteemed', 'beloved', 'illustrious', 'resident', 'local', 'in-house', 'genius'] },
    `\\bfinally\\s+(?:responds|responded|answers|answered|acknowledges|acknowledged|replies|replied|shows\\s+up|showed\\s+up|turns\\s+up|turned\\s+up|wakes\\s+up|woke\\s+up|joins|joined|logs\\s+on|bothered)\\b`,
    `(?:^|[,.;]\\s*)(?:once\\s+more|once\\s+again|yet\\s+again|as\\s+usual|as\\s+always|predictably|naturally|of\\s+course),`,
    `["“'‘][^"”'’]{1,30}["”'’]\\s+(?:${W}\\s+){0,2}?(?:architect|engineer|expert|consultant|lead|senior|fix|setup|solution|upgrade|transformation|hardening|tidying|testing|review)\\b`,
  ],
  // Accountability put on a person: "bears responsibility", "this one's on Marco", "needs to explain".
  accountability: [
    // What a person deserves, or has been made to answer for: "deserves to be on call for it forever", "has been spoken to".
    { re: `\\b(?:was|were|been)\\s+(?:told|warned|informed|notified|alerted|reminded|asked)\\s+(?:${W}\\s+){0,8}?(?:and|but)\\s+(?:still|never|yet)\\s+(?:had(?:n't|’t|\\s+not)|did(?:n't|’t|\\s+not)|has(?:n't|’t|\\s+not)|never|did\\s+nothing|ignored)\\b`, gate: ['still', 'never', 'yet'] },
    { re: `\\bdeserves?\\s+to\\s+(?:be|get|have|spend|lose|answer|explain|clean|fix)\\b|\\bshould\\s+be\\s+(?:the\\s+one|made\\s+to)\\b|\\bowes\\s+(?:us|everyone|the\\s+team)\\b`, gate: ['deserve', 'should be', 'owes'] },
    { re: `\\bbeen\\s+spoken\\s+to\\b|\\breminded\\s+of\\s+${POSS}\\s+(?:duties|responsibilities|obligations)\\b|\\b(?:formal|written|verbal|final)\\s+warning\\b|\\bdisciplinary\\b|\\bperformance\\s+improvement\\s+plan\\b|\\b(?:was|were|been|be|got|get)\\s+(?:let\\s+go|sacked|fired|suspended|reprimanded|disciplined|written\\s+up|demoted|counsell?ed)\\b|§¤*\\s+(?:responsible|concerned|in\\s+question|at\\s+fault)\\b`, gate: ['spoken', 'reminded', 'warning', 'disciplinary', 'improvement', 'let go', 'sacked', 'been fired', 'was fired', 'were fired', 'be fired', 'got fired', 'get fired', 'suspended', 'reprimanded', 'disciplined', 'written up', 'demoted', 'counsel', 'responsible', 'concerned', 'question', 'fault'] },
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
    { re: `[.!]\\s+(?:again|as usual|as always|typical|classic|yet again|every time)\\s*[.!]*\\s*$|\\bhas\\s+form\\b|\\btrack\\s+record\\b|\\busual\\s+suspects?\\b|\\balways\\s+the\\s+same\\b|\\bsame\\s+old\\b|\\b(?:second|third|fourth|fifth|nth|umpteenth)\\s+time\\s+(?:this|that)\\s+(?:week|month|quarter|year|sprint)\\b`, gate: ['again', 'usual', 'always', 'typical', 'classic', 'every time', 'form', 'track record', 'suspect', 'same', 'time this', 'time that'] },
    { re: `\\b(?:keeps?|kept)\\s+(?:on\\s+)?(?:pushing|breaking|ignoring|skipping|making|forgetting|deploying|merging|missing|shipping|changing|leaving|turning|closing)\\b`, gate: ['keep', 'kept'] },
  ],
  // Away from the post while it burned: "leaves for dinner", "from the pub", "logged off for the weekend"; not after a handover.
  absence: [
    `\\b(?:left|leaves|leaving|went|goes|headed|heads)\\s+(?:for|to)\\s+(?:dinner|lunch|the\\s+pub|the\\s+gym|the\\s+weekend|the\\s+day|home|a\\s+(?:coffee|smoke|drink))\\b${NOT_HANDED_OVER}|\\bfrom\\s+the\\s+pub\\b|\\bat\\s+the\\s+pub\\b`,
    { re: `\\b(?:finish(?:ed|es|ing)?|enjoy(?:ed|s|ing)?|eat(?:s|ing)?|ate|grab(?:bed|bing|s)?)\\s+(?:${POSS}\\s+|a\\s+|the\\s+)?(?:\\w+\\s+)?(?:lunch|dinner|breakfast|coffee|smoke|cigarette|sandwich|meal|pint|beer|drink|nap|tea)\\b`, gate: ['lunch', 'dinner', 'breakfast', 'coffee', 'smoke', 'cigarette', 'sandwich', 'meal', 'pint', 'beer', 'drink', 'nap', 'tea'] },
    { re: `${POSS}\\s+(?:phone|pager|mobile|laptop|handset|radio|notifications?)\\s+(?:was|were|had\\s+been|stayed)\\s+(?:off|on\\s+silent|switched\\s+off|muted|on\\s+mute|on\\s+do\\s+not\\s+disturb)\\b`, gate: ['phone', 'pager', 'mobile', 'laptop', 'handset', 'radio', 'notification'] },
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
const FAMILY_RE: readonly { family: PhraseFamily; re: RegExp; ci: RegExp; gate?: readonly string[] }[] = (Object.keys(FAMILIES) as PhraseFamily[]).flatMap((family) => {
  const plain = FAMILIES[family].filter((x): x is string => typeof x === 'string');
  const src = plain.map((x) => `(?:${x})`).join('|');
  const gated = FAMILIES[family].filter((x): x is { re: string; gate: readonly string[] } => typeof x !== 'string');
  return [{ family, re: new RegExp(src, 'g'), ci: new RegExp(src, 'gi') }, ...gated.map((x) => ({ family, re: new RegExp(x.re, 'g'), ci: new RegExp(x.re, 'gi'), gate: x.gate }))];
});

/** Every gate word in one scan: when none is in the sentence, no gated expression is tried. */
const ANY_GATE = new RegExp(
  [...new Set(FAMILY_RE.flatMap((f) => f.gate ?? []))].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
);

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
  const gated = ANY_GATE.test(lower);
  for (const { family, re, ci, gate } of FAMILY_RE) {
    if (gate !== undefined && (!gated || !gate.some((w) => lower.includes(w)))) continue;
    for (const m of same ? lower.matchAll(re) : masked.matchAll(ci)) {
      const lead = /^[\s,.;!]+/.exec(m[0])?.[0].length ?? 0;
      out.push({ family, start: m.index + lead, end: m.index + m[0].length });
    }
  }
  return out;
}
