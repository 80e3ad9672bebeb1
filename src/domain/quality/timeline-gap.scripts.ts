/*
 * Round 34 (issue 16): what fills a timeline gap, in the languages the gap words of timeline-gap.explained.ts did not
 * read. Japanese, Chinese and Korean write a length as digits and a unit with no space and no word boundary ("移動に 7分",
 * "27分の調査", "等了20分钟", "30분 대기"), and an activity under way with a suffix ("調査中", "取り寄せ中", "排查中",
 * "진행 중"); Vietnamese, Czech, Russian and Arabic write them as words ("đang chờ", "čekáme", "ждём", "بانتظار").
 * The same classes as the English list: waiting, watching, investigating, continuing, nothing happening, until, a length.
 */

/** A length of minutes or hours in Japanese, Chinese or Korean ("7分", "2時間", "20分钟", "1小时", "30분", "2시간"). */
const CJK_LENGTH = /\d{1,3}[ \t]?(?:分間?|時間|分钟|分鐘|小时|小時|분간?|시간)/u;
/** An activity the suffix says is under way: "調査中", "監視中", "確認中", "待機中", "排查中", "处理中", "진행 중", "조사 중". */
const CJK_UNDER_WAY = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}](?:中|継続|持续|继续)|(?:继续|持续|仍在|一直)[\p{Script=Han}]|[\p{Script=Hangul}] ?중(?![\p{L}])|계속/u;
/** Waiting, watching, investigating, nothing happening and "until" in the same three languages. */
const CJK_WORDS = /待機|待ち|待って|様子見|監視|調査|経過観察|作業なし|動きなし|変化なし|まで|等待|等候|监控|观察|排查|调查|无变化|没有变化|직전까지|까지|대기|기다|모니터링|관찰|조사|변화 ?없/u;
/** Vietnamese, Czech / Slovak, Russian and Arabic, as whole words. */
const WORD_EXPLAINS = /(?<![\p{L}\p{N}])(?:(?:đang )?chờ|theo dõi|điều tra|tiếp tục|(?:\d+|mười|hai mươi|ba mươi) (?:phút|giờ)|čekání|čekáme|čekali|čekal[ao]?|sledujeme|sledování|monitorujeme|vyšetřování|pokračuje|pokračování|\d+ (?:minut|minúty|hodin|hodiny)|ждём|ждем|ждали|ожидание|ожидаем|наблюдаем|наблюдение|мониторинг|расследование|продолжается|продолжаем|\d+ (?:минут[аы]?|час(?:а|ов)?)|انتظار|بانتظار|ننتظر|مراقبة|نراقب|تحقيق|يستمر|مستمر|\d+ (?:دقيقة|دقائق|ساعة|ساعات))(?![\p{L}\p{N}])/iu;

/** Whether the text says, in one of these languages, what filled the interval. */
export function scriptExplainsGap(text: string): boolean {
  return CJK_LENGTH.test(text) || CJK_UNDER_WAY.test(text) || CJK_WORDS.test(text) || WORD_EXPLAINS.test(text);
}
