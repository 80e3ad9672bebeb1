/**
 * Customers: the names the team lists in config, "customer X" / "client X" and company
 * names with a legal suffix ("Acme Corp", "Globex Ltd"). Token-based, linear.
 */
import type { Span } from '../types.ts';
import { onlySpaces, wordTokens, type Token } from '../text.ts';
import { COMPANY_SUFFIXES, CUSTOMER_GENERIC, NOT_NAMES, TECH_TERMS } from '../vocabulary.ts';

const CUSTOMER = 'a customer';
const TRIGGERS = new Set(['customer', 'customers', 'client', 'clients', 'tenant', 'tenants', 'merchant', 'merchants', 'partner', 'partners']);

const capitalised = (t: Token) => /^\p{Lu}[\p{L}\p{N}&'’.-]*$/u.test(t.text) && !/^[\p{Lu}\d]{1,4}$/u.test(t.text)
  && !NOT_NAMES.has(t.text.toLowerCase()) && !CUSTOMER_GENERIC.has(t.text.toLowerCase()) && !TECH_TERMS.has(t.text.toLowerCase());

type Trie = { end: boolean; next: Map<string, Trie> };

/**
 * Every occurrence of the given names (whole words; case-insensitive unless `caseSensitive`).
 * The names go into a trie of word tokens, walked once from each token of the text: linear
 * in the text whatever the number of names.
 */
export function findNamed(text: string, from: number, names: readonly string[], detector: Span['detector'], replacement: string, caseSensitive = false): Span[] {
  const norm = (w: string) => (caseSensitive ? w : w.toLowerCase());
  const root: Trie = { end: false, next: new Map() };
  let longest = 0;
  for (const name of names) {
    const words = wordTokens(name.trim()).map((t) => norm(t.text));
    if (words.length === 0 || name.trim().length < 2) continue;
    longest = Math.max(longest, words.length);
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) { child = { end: false, next: new Map() }; node.next.set(w, child); }
      node = child;
    }
    node.end = true;
  }
  if (longest === 0) return [];
  const tokens = wordTokens(text, from);
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let node: Trie | undefined = root;
    let matched = -1;
    for (let j = i; j < tokens.length && j < i + longest && node; j++) {
      if (j > i && !/^[ \t]{1,2}$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      node = node.next.get(norm(tokens[j]!.text));
      if (node?.end) matched = j;
    }
    if (matched === -1) continue;
    out.push({ start: tokens[i]!.start, end: tokens[matched]!.end, detector, replacement });
    i = matched;
  }
  return out;
}

/** "customer Acme", "for Acme Corp", "Globex Ltd's". */
export function findCustomerPatterns(text: string, from: number): Span[] {
  const tokens = wordTokens(text, from);
  const out: Span[] = [];
  const gap = (a: Token, b: Token) => b.start - a.end <= 3 && /^[\s:"“'(]*$/.test(text.slice(a.end, b.start));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (TRIGGERS.has(t.text.toLowerCase())) {
      let j = i + 1;
      while (j < tokens.length && j <= i + 7) {
        const first = tokens[j];
        if (!first || !gap(tokens[j - 1]!, first) || !capitalised(first)) break;
        let k = j;
        while (k < j + 2 && tokens[k + 1] && capitalised(tokens[k + 1]!) && onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start)) k++;
        // The trigger goes too when it stands right before the first name: "customer Acme saw" → "a customer saw".
        const lead = j === i + 1 && onlySpaces(text, t.end, first.start) ? t.start : first.start;
        out.push({ start: lead, end: tokens[k]!.end, detector: 'customer', replacement: CUSTOMER });
        // "customers Acme and Globex", "clients Acme, Globex"
        const sep = tokens[k + 1];
        if (sep && /^(?:and|or|&)$/i.test(sep.text)) j = k + 2;
        else if (text[tokens[k]!.end] === ',') j = k + 1;
        else break;
      }
    }
    if (COMPANY_SUFFIXES.has(t.text.toLowerCase()) && /^\p{Lu}/u.test(t.text) && i > 0) {
      let s = i;
      while (s > i - 3 && s > 0 && capitalised(tokens[s - 1]!) && onlySpaces(text, tokens[s - 1]!.end, tokens[s]!.start)) s--;
      if (s < i) out.push({ start: tokens[s]!.start, end: t.end + (text[t.end] === '.' ? 1 : 0), detector: 'customer', replacement: CUSTOMER });
    }
  }
  return out;
}
