/**
 * Round 27: the usual defences in the other languages the linter knows (German, Spanish, Portuguese, Italian, French,
 * Dutch; round 28 Turkish), by the same forms as the English list in defensive.rule.ts: a part that "worked as designed", a process
 * "followed correctly", "we did everything right", "not our fault", "out of our control", "nothing could have
 * prevented it". Forms, not a lexicon of one document's sentences; every pattern is bounded (linear time).
 */
const W = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const re = (s: string): RegExp => new RegExp(`${W}(?:${s})${E}`, 'iu');

export const FOREIGN_DEFENSIVE: readonly RegExp[] = [
  // Worked as designed / as intended.
  re(String.raw`(?:hat|haben) (?:genau |korrekt )?(?:wie|so wie) (?:vorgesehen|geplant|spezifiziert|ausgelegt|konzipiert) funktioniert|funktionierte (?:genau )?wie (?:vorgesehen|geplant|spezifiziert)`),
  re(String.raw`funcion(?:ó|aron|ou|aram) (?:exactamente |exatamente )?(?:según lo previsto|como (?:estaba )?previsto|como se diseñó|como (?:foi )?projetad[oa]|como previsto|conforme (?:o )?previsto)`),
  re(String.raw`(?:ha|hanno) funzionato (?:esattamente )?come (?:previsto|progettato|da specifica)|(?:a|ont) fonctionné (?:exactement )?comme prévu|werkte(?:n)? (?:precies )?zoals (?:bedoeld|ontworpen|ontworpen was|gespecificeerd)`),
  // The process followed correctly, by whoever followed it.
  re(String.raw`(?:haben|hat) (?:uns|sich )?(?:an )?(?:den|die|das|alle|sämtliche|unsere) [\p{L}-]{1,40} (?:korrekt |genau |vollständig |richtig )?(?:befolgt|eingehalten|gehalten)`),
  re(String.raw`(?:[\p{L}-]{1,30}[Pp]rozess|[Cc]heckliste|[Vv]orgaben?) (?:wurde|wurden) (?:korrekt |genau |vollständig )?(?:befolgt|eingehalten)`),
  re(String.raw`(?:abbiamo|hanno|ha) seguito (?:il|la|le|i|lo) [\p{L}' -]{1,40}? (?:alla lettera|correttamente)|(?:è stato|sono stati|è stata) seguit[oaie] alla lettera`),
  re(String.raw`(?:seguimos|siguió|siguieron|cumplimos) (?:el|la|los|las|con el|con la) [\p{L} -]{1,40}? (?:correctamente|al pie de la letra)|seguimos (?:o|a|os|as) [\p{L} -]{1,40}? (?:corretamente|à risca)`),
  re(String.raw`(?:avons|a|ont) (?:bien )?suivi (?:la|le|les) [\p{L}' -]{1,40}? (?:correctement|à la lettre)|(?:hebben|heeft) (?:het|de) [\p{L} -]{1,40}? (?:correct|precies) gevolgd`),
  // Everything done right.
  re(String.raw`(?:abbiamo|hanno) fatto tutto (?:giusto|bene|correttamente)|(?:haben|hat) alles richtig gemacht|hicimos todo (?:bien|correctamente)|fizemos tudo (?:certo|corretamente)|avons tout fait (?:correctement|comme il faut)|(?:hebben|heeft) alles goed gedaan`),
  // Not our fault; out of our control.
  re(String.raw`der fehler lag nicht bei uns|nicht unsere schuld|no fue (?:culpa nuestra|nuestra culpa)|não foi (?:culpa nossa|nossa culpa)|non (?:è|era) (?:stata )?colpa nostra|(?:ce n['’]est|ce n['’]était) pas (?:de )?notre faute|niet onze schuld`),
  re(String.raw`außerhalb unserer kontrolle|fuera de nuestro control|fora do nosso control[eo]|fuori dal nostro controllo|hors de notre contrôle|buiten onze controle`),
  // Nothing could have prevented it.
  re(String.raw`nichts hätte (?:das|dies|es) verhindern können|nada (?:podría|pudo|poderia) ter? (?:haberlo |haber )?(?:evitado|impedido)|nada podría haberlo evitado|nulla (?:avrebbe|poteva) (?:potuto )?(?:evitarlo|evitare|impedirlo)|rien n['’]aurait pu (?:l['’])?(?:éviter|empêcher)`),
  // Round 30: Hinglish, English nouns with Hindi verbs — the checklist followed correctly ("checklist correctly follow
  // kiya tha", "process sahi se follow kiya"), nothing done wrong ("kuch galat nahi hua / kiya").
  re(String.raw`(?:correctly|properly|exactly|sahi se|theek se|poori tarah(?: se)?) follow (?:kiya|kiye|ki|kari|karte)\b|\bkuch (?:bhi )?galat nahi (?:hua|kiya|kiye)\b`),
  // Round 28: the same forms in Turkish — followed correctly, worked as designed, not our fault, out of our control,
  // everything done right ("checklist'i doğru takip ettik", "tasarlandığı gibi çalıştı", "bizim hatamız değildi").
  re(String.raw`(?:doğru|eksiksiz|harfiyen) (?:takip ett(?:ik|iler|i)|uyguladı(?:k|lar)?)|tasarlandığı gibi çalıştı|beklendiği gibi çalıştı|(?:bizim )?hatamız değil(?:di)?|bizim suçumuz değil(?:di)?|kontrolümüz(?:ün)? dışında(?:ydı|ydi|dı)?|her şeyi doğru yaptık`),
  // Round 32: the same forms in Indonesian — a procedure followed correctly ("sudah mengikuti prosedur dengan benar"),
  // out of our control ("di luar kendali kami"), not our fault ("bukan kesalahan kami"), worked as designed.
  re(String.raw`(?:sudah|telah) mengikuti (?:semua )?[\p{L} -]{1,40}? dengan (?:benar|tepat|baik)|di luar kendali kami|bukan (?:kesalahan|salah) kami|berjalan sesuai (?:desain|rancangan)`),
];

/** Cheap pre-check for the list above. */
export const FOREIGN_DEFENSIVE_HINT = /mengikuti|kendali kami|salah kami|kesalahan kami|sesuai|galat|takip|uygula|çalıştı|hatamız|suçumuz|kontrolümüz|doğru yaptık|funktion|funcion|funzion|fonctionn|werkte|befolgt|eingehalten|gehalten|seguit|seguimos|sigui|cumplimos|suivi|gevolgd|fatto tutto|richtig gemacht|todo|tudo|tout fait|goed gedaan|schuld|culpa|colpa|faute|kontrolle|control|contrôle|nichts hätte|nada|nulla|rien n/i;
