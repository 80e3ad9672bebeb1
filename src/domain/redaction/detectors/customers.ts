/**
 * Customers: the names the team lists in config, "customer X" / "client X" and company
 * names with a legal suffix ("Acme Corp", "Globex Ltd"). Token-based, linear.
 */
import type { Span } from '../types.ts';
import { isWordChar, onlySpaces, wordTokens, type Token } from '../text.ts';
import { COMPANY_SUFFIXES, CUSTOMER_GENERIC, NOT_NAMES, TECH_TERMS } from '../vocabulary.ts';

const CUSTOMER = 'a customer';
const TRIGGERS = new Set(['customer', 'customers', 'client', 'clients', 'tenant', 'tenants', 'merchant', 'merchants', 'partner', 'partners']);

const capitalised = (t: Token) => /^\p{Lu}[\p{L}\p{N}&'’.-]*$/u.test(t.text) && !/^[\p{Lu}\d]{1,4}$/u.test(t.text)
  && !NOT_NAMES.has(t.text.toLowerCase()) && !CUSTOMER_GENERIC.has(t.text.toLowerCase()) && !TECH_TERMS.has(t.text.toLowerCase());

/** Every occurrence of the given names (whole words; case-insensitive unless `caseSensitive`). */
export function findNamed(text: string, from: number, names: readonly string[], detector: Span['detector'], replacement: string, caseSensitive = false): Span[] {
  const out: Span[] = [];
  const lower = caseSensitive ? text : text.toLowerCase();
  for (const raw of new Set(names.map((n) => (caseSensitive ? n.trim() : n.trim().toLowerCase())).filter((n) => n.length >= 2))) {
    for (let i = lower.indexOf(raw, from); i !== -1; i = lower.indexOf(raw, i + raw.length)) {
      const e = i + raw.length;
      if ((isWordChar(raw[0]) && isWordChar(text[i - 1])) || (isWordChar(raw[raw.length - 1]) && isWordChar(text[e]))) continue;
      out.push({ start: i, end: e, detector, replacement });
    }
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
