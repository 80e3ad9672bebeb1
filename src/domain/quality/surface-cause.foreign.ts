/**
 * Round 27: a declared root cause in the other languages the linter knows (Portuguese, Spanish, Italian, French,
 * German, Dutch, Polish, Swedish), read by the same structure as English (surface-cause.ts): the label or the sentence
 * that declares the cause, a trigger (human error, a wrong setting, an expired key, a typo), and what the system lacked
 * (a missing check, "allowed"). Only the label and the forms; the rule that judges them is the English one.
 * Every pattern is bounded (linear time).
 */

/** A word boundary that knows accented letters ("caducó", "Prüfung"): JavaScript's \\b counts only ASCII letters. */
const B = String.raw`(?:(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_])|(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_]))`;

/** "Causa raiz: …", "Ursache: …", "Cause racine : …", "Oorzaak: …", "Przyczyna: …", "Grundorsak: …". */
const ROOT = String.raw`(?:causa(?:s)?(?: (?:ra[ií]z|radice|principal(?:e)?|fundamental|primaria|primária|profonda))?|(?:grund|haupt|kern)?ursache|cause(?:s)?(?: (?:racine|premi[eè]re|profonde|principale))?|(?:hoofd|grond|kern)?oorzaak|przyczyna(?: (?:źródłowa|główna|pierwotna))?|(?:grund|rot)?orsak(?:en)?)`;
export const FOREIGN_LABEL = new RegExp(
  String.raw`^\s*(?:[-*+]\s+|>\s*|\d{1,2}[.)][ \t]+)?(?:\*\*|__)?${ROOT}(?:\*\*|__)?[ \t]{0,2}(?::|—|–)[ \t]*(?:\*\*|__)?[ \t]*(.+)$`,
  'iu',
);
/** "La causa raíz fue que …", "A causa raiz foi …", "Die Ursache war …", "La cause racine était …", "De oorzaak was …". */
export const FOREIGN_SENTENCE = new RegExp(
  String.raw`(?:^|[.;]\s+)(?:(?:la|a|il|die|le|de|het)\s+)?${ROOT}\s+(?:fue|foi|era|è stat[ao]|è|war|ist|était|est|a été|was|is|była|był|var|är)\s+(?:que\s+|dass\s+|che\s+|que\s+|dat\s+|att\s+)?(?!(?:no|não|non|nicht|kein\w*|pas|niet|geen|nie|inte)${B})(.+)$`,
  'iu',
);

/** A trigger in those languages: human error, a wrong or bad setting, an expired thing, a typo, a person's slip. */
export const FOREIGN_TRIGGER = new RegExp(
  [
    String.raw`${B}(?:erro|error|errore|erreur|fout|błąd|fel|fehler) (?:humano|humana|umano|humaine|menselijke|ludzki|mänskligt)${B}`,
    String.raw`${B}(?:menschliches versagen|menschlicher fehler|menselijke fout|mänskligt fel|błąd ludzki)${B}`,
    String.raw`${B}(?:errore|erro|error|erreur|fehler) (?:di|de|d') ?(?:distrazione|distracción|distração|inattention|digitação|digitación|battitura|frappe|configura\w+)${B}`,
    String.raw`${B}(?:tippfehler|flüchtigkeitsfehler|tikfout|literówk\w*|stavfel|errata|coquille)${B}`,
    String.raw`${B}(?:falsch|fehl)(?: |-)?konfiguriert${B}|${B}mal configurad[oa]s?${B}|${B}mal configur[ée]e?s?${B}|${B}configurat[oa] male${B}|${B}verkeerd (?:geconfigureerd|ingesteld)${B}|${B}felkonfigurerad${B}|${B}źle skonfigurowan\w*`,
    String.raw`${B}(?:caduc(?:ó|ado|ada|ou|ata|ato)|expir(?:ó|ou|ado|ada|ée?|at[oa])|scadut[oa]|abgelaufen|verlopen|wygasł[aoy]?|gick ut|utgånge?n?)${B}`,
    String.raw`${B}(?:valor|valore|valeur|wert|waarde|wartość|värde) (?:errad[oa]|equivocad[oa]|sbagliat[oa]|incorrect[oe]?|erron[ée]e?|falsch(?:er|e)?|verkeerde?|błędn\w+|fel(?:aktig)?)${B}`,
    String.raw`${B}(?:falsche|verkeerde|errad[oa]|equivocad[oa]|sbagliat[oa]|mauvaise?|błędn\w+|felaktig) (?:konfiguration|configuratie|configuração|configuración|configurazione|configuration|konfiguracja|wert|waarde|valor|valore|valeur|datei|bestand|archivo|arquivo|file|fichier|plik|fil)${B}`,
  ].join('|'),
  'iu',
);

/** What the system lacked, in those languages: a missing check, nothing that checks, something allowed. */
const SAFEGUARD = String.raw`(?:valida\w*|validierung|prüfung|überprüfung|kontrolle|test\w*|prueba\w*|revis\w*|review\w*|controllo|controlli|contrôle\w*|controle|verifica\w*|vérification|alert\w*|alarm\w*|allarm\w*|monitor\w*|überwachung|bewaking|kontroll\w*|granska\w*|przegląd\w*|walidacj\w*)`;
export const FOREIGN_DEEPER = new RegExp(
  [
    String.raw`${B}(?:falta|ausencia|ausência|mancanza|assenza|manque|absence|fehlen|fehlende[rn]?|gebrek|brak|avsaknad) (?:de|di|d'|van|an|av)?\s?`,
    String.raw`${B}(?:sin|sem|senza|sans|ohne|zonder|bez|utan|kein(?:e|en)?|geen|nessun[ao]?|ningún|ninguna|nenhum[a]?|aucune?) (?:[\p{L}-]{1,20} ){0,2}${SAFEGUARD}`,
    String.raw`${B}(?:permit(?:ía|ia|iu|ió|e|ait|tait)|consent(?:iva|e|ito)|permett(?:eva|e)|erlaubt(?:e)?|zuließ|zugelassen|liet toe|toestond|pozwala(?:ł|ło)?|tillät|tillåter)${B}`,
  ].join('|'),
  'iu',
);

/** The cause declared on a foreign line, or null. */
export function foreignDeclared(text: string): string | null {
  return FOREIGN_LABEL.exec(text)?.[1] ?? FOREIGN_SENTENCE.exec(text)?.[1] ?? null;
}

/** A negation in those languages: the declaration says what did not happen, not only the event. */
export const FOREIGN_NEGATION = new RegExp(String.raw`${B}(?:não|nunca|ningu[eé]m|nadie|nada|nicht|kein\w*|niemand|nie|nichts|non|nessuno|niente|mai|pas|personne|rien|jamais|niet|geen|nooit|niets|inte|ingen|aldrig|nikt|nic)${B}`, 'iu');
