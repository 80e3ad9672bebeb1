/**
 * Round 18: an action item's field labels in another language, read as their English labels, so the owner and due
 * date readers find them: "Responsável (Owner): Luana · Prazo (Due): 2025-12-12", "Responsabile *(Owner)*: Marco —
 * Scadenza *(Due)*: 2026-03-06", "Właściciel: Agnieszka · Termin: 2026-06-15". Only a label right before its colon is
 * rewritten; the item's own words are left alone. Every repeat is bounded, so the rewrite is linear.
 */

/** An owner's label in the languages the sets were written in (Spanish / French, Portuguese, Italian, Polish, German, Dutch, Swedish;
 * round 28: Turkish, Finnish). */
const OWNER_WORDS = 'responsable|respons[aá]vel|responsabile|w[łl]a[śs]ciciel|odpowiedzialn[ya]|verantwortlich|zust[äa]ndig|eigenaar|ansvarig|propietario|due[ñn]o|incaricato|referente|sorumlu|sahibi|vastuuhenkil[öo]' +
  // Round 34: Vietnamese, Czech / Slovak, Russian, Arabic, Japanese, Chinese and Korean ("Người phụ trách", "Odpovědná osoba",
  // "Ответственный", "المسؤول", "担当", "负责人", "담당자").
  '|người phụ trách|phụ trách|(?:người )?chịu trách nhiệm|odpov[ěe]dn[áaýy](?: osoba)?|zodpovedn[áaýy](?: osoba)?|vlastn[íi]k|ответственн(?:ый|ые)|исполнител[ьи]|владелец' +
  '|(?:ال)?مسؤول|المالك|المكلف|担当者?|責任者|负责人|負責人|责任人|담당자?|책임자' +
  // Round 35: Indonesian / Malay ("PIC", the person in charge, "Penanggung jawab"), Ukrainian ("Відповідальний"), Hebrew ("אחראי")
  '|pic|penanggung ?jawab|pemilik|pelaksana|відповідальн(?:ий|а|і)|виконав(?:ець|ці)|власник|(?:ה)?אחראי(?:ת|ם)?|בעלים' +
  // and Hindi ("ज़िम्मेदार", the nukta optional as writers type it).
  '|ज\u093C?िम्मेदार|उत्तरदायी|स्वामी';
/** A due date's label in the same languages (round 28: Swedish "Klart senast", Turkish "Son tarih", Finnish "Määräaika"). */
const DUE_WORDS = 'fecha(?: l[íi]mite)?|plazo|prazo|data limite|scadenza|entro|termin|f[äa]llig(?:keit)?|frist|deadline|[ée]ch[ée]ance|uiterlijk|datum|klart senast|senast|son tarih|biti[şs] tarihi|hedef tarih|tarih|m[äa][äa]r[äa]aika' +
  // Round 34: the same languages ("Hạn", "Termín", "Срок", "الموعد", "期限", "截止日期", "기한").
  '|(?:thời )?hạn(?: chót| hoàn thành)?|ngày (?:hoàn thành|đến hạn)|term[íi]n|do kdy|срок(?: выполнения)?|дата|(?:ال)?موعد(?: (?:ال)?نهائي)?|تاريخ(?: (?:ال)?استحقاق)?' +
  '|期限|期日|完了予定日?|截止(?:日期|时间)?|完成(?:日期|时间)|기한|마감일?|완료 ?예정일?|목표일' +
  // Round 35: Indonesian / Malay ("Tenggat", "Batas waktu", "Tarikh akhir"), Ukrainian ("Термін"), Hebrew ("תאריך יעד") and Hindi ("समय-सीमा").
  '|tenggat(?: waktu)?|batas waktu|tanggal (?:target|selesai)|tarikh(?: akhir| sasaran)?|термін(?: виконання)?|строк|(?:ה)?תאריך(?: (?:ה)?יעד)?|מועד(?: (?:ה)?יעד)?' +
  '|समय[- ]?सीमा|नियत तिथि|अंतिम तिथि|लक्ष्य तिथि';

/** Exported for the table reader: a column header naming the owner or the due date in another language. */
// Round 34: the word ends where no letter or digit follows (`\\b` is ASCII's: never true after "期限" or "المسؤول").
export const FOREIGN_OWNER_HEADER = new RegExp(`^(?:${OWNER_WORDS})(?![\\p{L}\\p{N}])`, 'iu');
export const FOREIGN_DUE_HEADER = new RegExp(`^(?:${DUE_WORDS})(?![\\p{L}\\p{N}])`, 'iu');

// A foreign label glossed in English in brackets, bare or in emphasis: "Responsável (Owner):", "Scadenza *(Due)*:".
const GLOSSED = /(?:^|(?<=[·•—–|;][ \t]{0,3}))(?:\*\*|__)?\p{L}{2,20}(?: \p{L}{2,20})?(?:\*\*|__)?[ \t]{0,3}[*_]{0,2}\((owner|due|due date|deadline|assignee|status|priority)\)[*_]{0,2}[ \t]{0,3}(?=:)/gimu;
// A bare foreign label before its colon: "Właściciel: …", "Termin: …".
const OWNER_LABEL = new RegExp(`(?:^|(?<=[·•—–|;][ \\t]{0,3}))(?:\\*\\*|__)?(?:${OWNER_WORDS})(?:\\*\\*|__)?[ \\t]{0,3}(?=:)`, 'gimu');
const DUE_LABEL = new RegExp(`(?:^|(?<=[·•—–|;][ \\t]{0,3}))(?:\\*\\*|__)?(?:${DUE_WORDS})(?:\\*\\*|__)?[ \\t]{0,3}(?=:)`, 'gimu');

/** The text with its foreign field labels replaced by English ones (unchanged when it has none). */
export function englishLabels(text: string): string {
  if (!text.includes(':')) return text;
  return text
    .replace(GLOSSED, (_m, label: string) => label.charAt(0).toUpperCase() + label.slice(1).toLowerCase())
    .replace(OWNER_LABEL, 'Owner')
    .replace(DUE_LABEL, 'Due');
}
