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
    // Round 34: the same triggers in Vietnamese, Czech, Russian and Arabic ("Lỗi do con người", "lidská chyba", "человеческий
    // фактор", "خطأ بشري", "nhập sai", "špatná konfigurace", "неверное значение", "قيمة خاطئة").
    String.raw`${B}(?:lỗi (?:do |của )?con người|sai sót (?:của )?con người|(?:nhập|cấu hình|thiết lập|cài đặt) sai|(?:giá trị|cấu hình|thiết lập) (?:sai|không đúng)|lỗi (?:cấu hình|nhập liệu|đánh máy))${B}`,
    String.raw`${B}(?:lidsk(?:á|é) (?:chyba|selhání)|chyba (?:v konfiguraci|obsluhy|operátora)|(?:špatn|chybn)(?:á|é) (?:konfigurace|nastavení|hodnota)|překlep)${B}`,
    String.raw`${B}(?:человеческ(?:ий фактор|ая ошибка)|ошибк[аи] (?:оператора|конфигурации|ввода|персонала)|(?:неверн|неправильн|ошибочн)(?:ая|ое|ый) (?:конфигурация|значение|настройка)|опечатка)${B}`,
    String.raw`${B}(?:(?:قيمة|قيم|إعدادات?|اعدادات?|تكوين|بيانات|ملف) (?:خاطئة?|غير صحيحة?)|خطأ بشري|خطأ (?:في )?(?:الإدخال|الادخال|الإعداد|الاعداد|التكوين|الكتابة))${B}`,
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

/**
 * Round 32: Japanese, Chinese and Korean — the label ("原因：", "根本原因：", "根因:", "근본 원인:"), a trigger (a wrong
 * setting, a slip in input or operation, human error, a lack of checking by the person: "設定ミス", "配置错误",
 * "人为失误", "설정 오류", "확인 부족") and what the system lacked ("検証の仕組みがない", "没有校验", "검증이 없"). These
 * scripts have no spaces between words, so the forms stand without word boundaries; each is a closed word.
 */
const CJK_LABEL = /^\s*(?:[-*+]\s+|\d{1,2}[.)][ \t]+)?(?:\*\*|__)?(?:根本原因|根因|真因|原因|근본[ \t]?원인|원인)(?:\*\*|__)?[ \t]{0,2}[:：][ \t]*(?:\*\*|__)?[ \t]*(.+)$/u;
const CJK_TRIGGER = /(?:設定|入力|操作|作業|手順|人為的な?|うっかり)ミス|ヒューマンエラー|確認不足|タイプミス|誤入力|誤設定|誤操作|(?:配置|配置項|输入|輸入|操作)(?:错误|錯誤|失误|失誤)|人为(?:错误|失误|因素)|人為(?:錯誤|失誤)|笔误|筆誤|(?:설정|입력|작업|조작)[ \t]?(?:오류|실수|착오)|휴먼[ \t]?에러|인적[ \t]?(?:오류|실수)|확인[ \t]?부족|오타/u;
// Round 34: the safeguard may be named with a noun after it ("検証ステップがなかった", "照合する機能がなく", "检查机制缺失").
const CJK_DEEPER = /(?:チェック|検証|確認|照合|レビュー|テスト|監視|アラート)(?:の仕組み)?(?:が|は)?(?:なかった|ない|されない|されず|なし|不在)|(?:チェック|検証|確認|照合|レビュー|テスト|監視|アラート)[\p{Script=Katakana}\p{Script=Han}ー]{0,6}(?:が|は)(?:なかった|なく|ない)|(?:仕組み|機能|手順|ステップ|安全策)(?:が|は)(?:なかった|なく|ない)|仕組みがな|缺少|缺乏|缺失|没有(?:校验|检查|验证|審查|审查|测试|告警|监控|评审)|未(?:校验|检查|验证)|(?:검증|확인|리뷰|테스트|모니터링|알림)(?:이|가)?[ \t]?없/u;
/**
 * Round 34: a trigger the sentence denies ("これはヒューマンエラーではありません", "这不是人为失误", "휴먼 에러가 아닙니다"):
 * the writer rejects it as the cause, as "This was not human error" does.
 */
const CJK_DENIED_AFTER = /^[\p{Script=Katakana}\p{Script=Han}ー]{0,6}(?:では|じゃ)(?:ない|なく|ありません|なかった)|^[ \t]?(?:이|가|은|는)?[ \t]?아니/u;
const CJK_DENIED_BEFORE = /(?:不是|并非|並非|并不是|並不是|不属于|不屬於)[\p{Script=Han}]{0,4}$/u;

/** The cause declared on a foreign line, or null. */
export function foreignDeclared(text: string): string | null {
  return FOREIGN_LABEL.exec(text)?.[1] ?? FOREIGN_SENTENCE.exec(text)?.[1] ?? CJK_LABEL.exec(text)?.[1] ?? null;
}

/** Round 32: a trigger in Japanese, Chinese or Korean, or null. */
export function cjkTrigger(text: string): string | null {
  const m = CJK_TRIGGER.exec(text);
  if (m === null) return null;
  const denied = CJK_DENIED_AFTER.test(text.slice(m.index + m[0].length)) || CJK_DENIED_BEFORE.test(text.slice(0, m.index));
  return denied ? null : m[0];
}

/** Round 32: what the system lacked, in Japanese, Chinese or Korean. */
export const cjkDeeper = (text: string): boolean => CJK_DEEPER.test(text);

/** A negation in those languages: the declaration says what did not happen, not only the event. */
export const FOREIGN_NEGATION = new RegExp(String.raw`${B}(?:não|nunca|ningu[eé]m|nadie|nada|nicht|kein\w*|niemand|nie|nichts|non|nessuno|niente|mai|pas|personne|rien|jamais|niet|geen|nooit|niets|inte|ingen|aldrig|nikt|nic)${B}`, 'iu');
