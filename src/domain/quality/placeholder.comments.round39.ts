/**
 * Issue 16, round 39: an HTML comment that is the template's instruction or a note to self, in shapes the English
 * prompt list did not read: the imperative of a writing verb (fill in, complete, add, describe, explain, specify,
 * confirm, link, copy, remove) in the languages the linter reads, a comment that names itself a template, and such a
 * comment inside a line of text or a table cell ("<p><!-- add the graph here --></p>"). Bounded patterns only.
 */

/** The writing verbs, as a template's instruction opens with them, by language. */
const VERBS = [
  // English, beyond the round-11 list: the verbs of a note to self.
  'link|copy|confirm|remove|delete|verify|attach|paste|insert|enter|provide|specify|clarify',
  // Spanish, Portuguese
  'añad[ae]|añadir|agreg[ae]|agregar|describ[ae]|describir|complet[ae]|completar|rellen[ae]|rellenar|indic[ae]|indicar|inclu(?:ye|ya|ir)|escrib[ae]|escribir|confirm[ae]|confirmar|adicion[ae]|adicionar|descrev[ae]|descrever|preench[ae]|preencher|inclua|escreva|indique|confirme',
  // French
  'à (?:remplir|compléter|confirmer|préciser|renseigner)|ajout(?:er|ez)|décri(?:re|vez)|complét(?:er|ez)|rempli(?:r|ssez)|indiqu(?:er|ez)|précis(?:er|ez)|renseign(?:er|ez)',
  // Italian, German, Dutch
  'aggiung(?:i|ere)|descriv(?:i|ere)|compila(?:re)?|inserisci|inserire|ergänz(?:e|en)|ausfüllen|beschreib(?:e|en)|eintragen|hinzufügen|angeben|bestätigen|vul (?:in|aan)|invullen|aanvullen|voeg toe|toevoegen|beschrijf|beschrijven|bevestig(?:en)?',
  // Romanian, Malay / Indonesian, Tagalog
  'completa(?:ți|ti)|completează|descrie(?:ți|ti)?|adăuga(?:ți|ti)|adaugă|preciza(?:ți|ti)|terangkan|jelaskan|tambahkan|isikan|lengkapi|lengkapkan|huraikan|nyatakan|sahkan|punan|ilagay|ilarawan|isulat|idagdag',
  // Ukrainian, Russian
  'уточнит[иь]|уточніть|уточните|додайте|додати|добавьте|добавить|опишіть|опишите|описати|заповніть|заполните|вкажіть|укажите|підтвердіть|подтвердите',
].join('|');

/** A comment that opens with a writing verb, after a polite word ("please", "bitte", "por favor"). */
const OPENS_WITH_VERB = new RegExp(String.raw`^<!--\s{0,4}(?:(?:please|bitte|por favor|s'il vous plaît|per favore|graag|vă rugăm|будь ласка|пожалуйста)[,:]?\s{1,3})?(?:${VERBS})(?![\p{L}\p{N}])`, 'iu');

/** "Template" in the languages the linter reads, as a comment names itself ("Acme incident template v2.", "Șablon: …"). */
const TEMPLATE_WORD = String.raw`(?:template|șablon|sablon|šablona|plantilla|modèle|modello|vorlage|sjabloon|szablon|шаблон|templat)`;
const NAMES_TEMPLATE = new RegExp(String.raw`^<!--\s{0,4}(?:[^\s<>]{1,30}\s{1,3}){0,5}?${TEMPLATE_WORD}(?![\p{L}])`, 'iu');

/** A comment's text that is the template's instruction or a note to self, by the shapes above. */
export function instructionComment(comment: string): boolean {
  const c = comment.trim();
  return OPENS_WITH_VERB.test(c) || NAMES_TEMPLATE.test(c);
}

/** The comments inside a line of other text ("<p><!-- … --></p>", a table cell's "… <!-- … -->"), each as "<!-- … -->". */
export function embeddedComments(raw: string): string[] {
  return raw.match(/<!--[^<>]{0,300}?-->/g) ?? [];
}
