/*
 * The common post-mortem section names in German, French, Spanish, Portuguese, Italian and Dutch (issue 16, round 25).
 * Teams write their reviews in their own language with the same template underneath: "Zusammenfassung", "Cronología",
 * "Causa raiz", "Maßnahmen", "Ce qui s'est bien passé". Written from the languages' usual terms for each part of a
 * review, not from any labelled document; an English name always wins (these are tried only when no English rule
 * matches). Matched on the heading as `normaliseHeading` leaves it with its accents taken off ("résumé" → "resume",
 * "ações" → "acoes"), so a heading typed without accents is read the same.
 */
import type { SectionKey } from '../../domain/postmortem/document.types.ts';

/** Ordered as the English rules: the first that matches wins, specific names before general ones. */
export const FOREIGN_RULES: ReadonlyArray<readonly [SectionKey, string]> = [
  ['fiveWhys', '(?:5|funf|fünf) (?:mal |x )?warum|(?:5|cinq) pourquoi|(?:5|cinco) (?:porques|por ques|porquês)|(?:5|cinque) perche|(?:5|vijf) waaroms?|(?:5|piec|pięc) (?:razy )?dlaczego|(?:5|fem) varfor|(?:5|bes) neden|5 nedenler?'],
  ['whatWentWell', [
    'was (?:lief|ging|hat) gut(?: funktioniert| gelaufen)?|was gut (?:lief|ging|funktioniert hat)|das lief gut',
    'ce qui (?:a bien (?:fonctionne|marche)|sest bien passe|a fonctionne)|points? positifs?',
    'lo que (?:salio|funciono|fue) bien|que (?:salio|funciono) bien|aspectos positivos|puntos positivos',
    'o que (?:deu certo|funcionou(?: bem)?|correu bem|foi bem)|pontos positivos',
    'cosa (?:e andato|ha funzionato) bene|cosa e andata bene|punti positivi',
    'wat (?:ging|ging er|liep) goed|wat werkte(?: goed)?',
    'co (?:poszlo|zadzialalo|sie udalo)(?: dobrze)?|mocne strony|vad (?:gick|fungerade) bra|det som gick bra|(?:neler|ne) iyi gitti|iyi gidenler|iyi giden (?:seyler|noktalar)|olumlu (?:yonler|noktalar)',
  ].join('|')],
  ['whatWentWrong', [
    'was (?:lief|ging) (?:schlecht|schief|nicht gut)|was nicht gut (?:lief|ging)|verbesserungspotential|verbesserungspotenzial',
    'ce qui (?:a mal (?:fonctionne|marche)|sest mal passe|na pas (?:fonctionne|marche))|points? (?:negatifs?|damelioration)',
    'lo que (?:salio|funciono) mal|que (?:salio|funciono) mal|lo que no funciono|areas de mejora|que se puede mejorar',
    'o que (?:deu errado|nao funcionou|correu mal|pode melhorar)|pontos (?:de melhoria|negativos)',
    'cosa (?:e andato storto|non ha funzionato|e andata male)|punti di miglioramento',
    'wat (?:ging|liep) (?:er )?(?:fout|mis)|wat kan beter',
    'co (?:poszlo|zadzialalo) (?:zle|nie tak)|co nie zadzialalo|co mozna poprawic|vad gick (?:daligt|fel|mindre bra)|vad kunde (?:ha )?gatt battre|forbattringsomraden|(?:neler|ne) (?:kotu|yanlis) gitti|iyilestirme alanlari',
  ].join('|')],
  ['contributingFactors', 'beitragende faktoren|mitwirkende faktoren|begunstigende faktoren|facteurs contributifs|factores contribuyentes|fatores contribuintes|fattori (?:contribuenti|concomitanti)|bijdragende factoren|czynniki (?:przyczyniajace sie|wspolprzyczyniajace)|bidragande (?:faktorer|orsaker)|katkida bulunan faktorler|katki saglayan faktorler'],
  ['rootCause', [
    'grundursachen?|hauptursachen?|fehlerursachen?|ursachen?(?:analyse)?|wurzelursachen?',
    'causes? (?:racines?|profondes?|premieres?)|analyse des causes|origine (?:du probleme|de lincident|de la panne)',
    'causas? (?:raiz|raices|principal(?:es)?|subyacentes?)|analisis de causa(?: raiz)?',
    'analise de causa(?: raiz)?',
    'cause (?:radice|principali)|causa (?:radice|principale)|analisi delle cause',
    'grondoorzaak|grondoorzaken|hoofdoorzaak|oorzaak|oorzaken|oorzaakanalyse',
    'przyczyn[ay](?: zrodlowa| zrodlowe| glowna| glowne)?|analiza przyczyn|grundorsak(?:er)?|rotorsak(?:er)?|orsak(?:er|sanalys)?|kok nedenl?(?:er)?(?: analizi)?|temel neden|neden analizi',
  ].join('|')],
  ['actionItems', [
    'ma(?:ss|ß)nahmen(?:plan)?|folgema(?:ss|ß)nahmen|korrekturma(?:ss|ß)nahmen|nachste schritte|aufgaben|aktionspunkte',
    'actions(?: correctives| a mener| de suivi| a entreprendre)?|plan daction|prochaines etapes|mesures correctives',
    'acciones(?: correctivas| de seguimiento| a tomar)?|plan de accion|proximos pasos|tareas|medidas correctivas',
    'acoes(?: corretivas| de acompanhamento)?|itens de acao|plano de acao|proximos passos|tarefas',
    'azioni(?: correttive| di follow ?up)?|piano dazione|prossimi passi',
    'acties|actiepunten|vervolgstappen|vervolgacties|maatregelen',
    'dzialania(?: naprawcze| korygujace| nastepcze)?|zadania|plan dzialan|nastepne kroki|atgard(?:er|spunkter|splan)?|nasta steg|aksiyon(?:lar| maddeleri| plani)?|eylem(?:ler| plani| maddeleri)?|yapilacaklar|duzeltici (?:eylemler|faaliyetler)|sonraki adimlar',
  ].join('|')],
  ['lessons', 'erkenntnisse|gelernte lektionen|was wir gelernt haben|lecons apprises|enseignements|retours? dexperience|ce que nous avons appris|lecciones aprendidas|aprendizajes|lo que aprendimos|licoes aprendidas|aprendizados|o que aprendemos|lezioni apprese|cosa abbiamo imparato|geleerde lessen|wat we geleerd hebben|wnioski|czego sie nauczylismy|lekcje|lardomar|vad vi (?:lart oss|har lart)|dersler|ogrenilen(?:ler| dersler)|cikarilan dersler'],
  ['detection', 'erkennung|entdeckung|alarmierung|wie (?:wurde|haben wir) (?:es|der fehler|das problem) (?:entdeckt|erkannt)|detection|deteccion|deteccao|detecao|rilevamento|rilevazione|detectie|wykrycie|wykrywanie|upptackt|upptackten|tespit|algilama'],
  ['resolution', 'losung|behebung|wiederherstellung|entstorung|abhilfe|resolution|retablissement|remediation|resolucion|mitigacion|recuperacion|solucion|resolucao|mitigacao|recuperacao|solucao|risoluzione|mitigazione|ripristino|oplossing|herstel|rozwiazanie|naprawa|przywrocenie|losning|atgardande|aterstallning|cozum'],
  // Round 35: a German compound on "-verlauf" / "-ablauf" ending the heading ("Zeitverlauf", "Störungsverlauf") is the course of events.
  ['timeline', 'zeitlicher ablauf|[a-zß]{2,20}(?:verlauf|ablauf)$|zeitablauf|zeitleiste|zeitlinie|zeitstrahl|ablauf|verlauf|ereignisverlauf|chronologie|deroule|deroulement|frise chronologique|historique des evenements|cronologia|linea (?:de|del) tiempo|secuencia de eventos|linha do tempo|sequencia de eventos|sequenza (?:degli )?eventi|tijdlijn|verloop|os czasu|przebieg(?: zdarzen| incydentu)?|harmonogram|chronologia zdarzen|tidslinje|handelseforlopp|forlopp|zaman cizelgesi|zaman cizgisi|olay akisi|kronoloji'],
  ['impact', 'auswirkungen?|kundenauswirkungen?|ausma(?:ss|ß)|betroffene (?:systeme|dienste|kunden|nutzer)|impacts? (?:client|clients|utilisateurs|metier)|consequences|impacto(?: (?:en|no|nos|para) (?:los |o |os )?(?:clientes?|usuarios|negocio))?|afectacion|impatto(?: sui clienti)?|gevolgen|wplyw(?: na klientow)?|skutki|paverkan|konsekvenser|etki(?:si|ler)?|etki analizi'],
  ['summary', 'zusammenfassung|kurzfassung|uberblick|ubersicht|^resume(?: executif)?$|synthese|sommaire|vue densemble|apercu|resumen(?: ejecutivo)?|descripcion general|resumo(?: executivo)?|visao geral|sumario|riepilogo|sommario|sintesi|samenvatting|overzicht|podsumowanie|streszczenie|opis|sammanfattning|oversikt|ozet|genel bakis'],
];

// Round 28: the letters NFD leaves whole (Polish ł, Turkish ı, Swedish/Danish ø) read as their plain forms.
const strip = (norm: string): string => norm.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/ø/g, 'o');
const LOOSE = FOREIGN_RULES.map(([key, alt]) => [key, new RegExp(`(?:^| )(?:${alt})(?: |$)`)] as const);
const STRICT = FOREIGN_RULES.map(([key, alt]) => [key, new RegExp(`^(?:${alt})$`)] as const);

/** The canonical key of a normalised heading in one of the six languages, or null. */
export function classifyForeignHeading(norm: string, strict: boolean): SectionKey | null {
  const plain = strip(norm);
  for (const [key, re] of strict ? STRICT : LOOSE) if (re.test(plain)) return key;
  return null;
}
