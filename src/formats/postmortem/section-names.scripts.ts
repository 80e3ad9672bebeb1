/*
 * Round 34 (issue 16): the common post-mortem section names in languages the round-25 list did not read — Japanese,
 * Chinese and Korean (written without spaces between words, so a name is matched where the heading starts, not as a
 * whole word: "根本原因分析", "タイムライン（JST）"), and Vietnamese, Czech / Slovak, Russian and Arabic (whole words).
 * Writers in these languages glossed their headings in English ("概要 / Summary") until a writer did not ("## 概要",
 * "## Tóm tắt", "## Shrnutí", "## الملخص"), and every section read as missing. Written from each language's usual terms
 * for the parts of a review, the same parts as the other lists; tried only when no English or round-25 name matched.
 */
import type { SectionKey } from '../../domain/postmortem/document.types.ts';

/** Japanese, Chinese and Korean names, matched on the heading as written (NFC: Hangul and kana with voicing marks whole). */
const CJK_RULES: ReadonlyArray<readonly [SectionKey, string]> = [
  ['fiveWhys', 'なぜなぜ分析|5つのなぜ|五つのなぜ|5回のなぜ|5个为什么|五个为什么|五问|다섯 번의 왜|5번의 왜|5 ?whys?'],
  ['whatWentWell', 'うまくいったこと|うまくいった点|良かった(?:点|こと)|よかった(?:点|こと)|做得好的|做得好|亮点|好的方面|잘한 ?점|잘된 ?점|잘 된 ?점|잘한 것|잘된 것|좋았던 ?점'],
  ['whatWentWrong', 'うまくいかなかった(?:こと|点)|悪かった(?:点|こと)|反省点|課題|做得不好的|做得不好|不足之处|待改进|问题与不足|아쉬운 ?점|잘못된 ?점|개선할 ?점|개선점'],
  ['contributingFactors', '寄与要因|背景要因|助長要因|要因|促成因素|影响因素|诱因|기여 ?요인|영향 ?요인'],
  ['rootCause', '根本原因|根因|真因|発生原因|原因|근본 ?원인|발생 ?원인|원인'],
  ['actionItems', 'アクションアイテム|対応項目|対応策|恒久対策|暫定対策|再発防止|対策|改善策|今後の(?:対応|対策)|残タスク|タスク|改进措施|改进项|改进计划|行动项|待办|后续(?:行动|措施|改进)|整改措施|措施|조치 ?항목|조치 ?사항|후속 ?조치|액션 ?아이템|개선 ?조치|재발 ?방지|대책|향후 ?계획'],
  ['lessons', '教訓|学び|学んだこと|经验教训|教训|经验总结|反思|교훈|배운 ?점|배운 것'],
  ['detection', '検知|検出|発見|发现|检测|告警|탐지|감지|발견'],
  ['resolution', '復旧|解決|緩和|恢复|解决|处置|修复|缓解|止损|복구|해결|완화'],
  ['timeline', 'タイムライン|時系列|経緯|経過|时间线|时间轴|时间表|事件经过|经过|타임 ?라인|경과|시간 ?순'],
  ['impact', '影響|被害|影响|영향|피해'],
  ['summary', '概要|サマリー|要約|事象概要|障害概要|概述|摘要|总结|简介|事件概述|事故概述|요약|개요'],
];

/**
 * Vietnamese, Czech / Slovak, Russian and Arabic names, matched as whole words on the heading with its accents taken
 * off as the round-25 list is (đ read as d; Russian й and ё read as и and е; Arabic's article "ال" optional).
 */
const WORD_RULES: ReadonlyArray<readonly [SectionKey, string]> = [
  ['whatWentWell', [
    'nhung (?:dieu|diem) (?:lam|da lam) tot|(?:dieu|diem) (?:lam|da lam) tot|dieu gi (?:da )?dien ra tot|diem tot',
    'co se (?:povedlo|podarilo)|co (?:fungovalo|dobre fungovalo)|co sa (?:podarilo|darilo)|co fungovalo dobre',
    'что (?:прошло|пошло) хорошо|что сработало(?: хорошо)?|что получилось',
    '(?:ما|ماذا) (?:الذي )?(?:سار|جرى|نجح)(?: بشكل جيد| بشكل صحيح)?|(?:ال)?نقاط (?:ال)?(?:ايجابية|إيجابية)',
  ].join('|')],
  ['whatWentWrong', [
    '(?:nhung )?(?:dieu|diem) chua tot|(?:nhung )?diem can cai thien',
    'co se (?:nepovedlo|nepodarilo)|co nefungovalo|co sa nepodarilo|co (?:zlepsit|muzeme zlepsit)',
    'что пошло не так|что (?:можно|нужно) улучшить|что не сработало',
    '(?:ما|ماذا) (?:الذي )?(?:لم ينجح|سار بشكل (?:خاطئ|سيئ))|(?:ال)?نقاط (?:ال)?سلبية',
  ].join('|')],
  ['contributingFactors', '(?:cac )?yeu to (?:gop phan|lien quan)|prispivajuce faktory|prispivajici (?:faktory|priciny)|способствующие факторы|сопутствующие факторы|(?:ال)?عوامل (?:ال)?مساهمة'],
  ['rootCause', 'nguyen nhan(?: goc(?: re)?| chinh)?|(?:hlavni|hlavna|korenova) pricina|pricin[ay]|analyza pricin|коренная причина|первопричин[аы]|(?:основная )?причин[аы]|анализ причин|(?:ال)?(?:سبب|أسباب|اسباب)(?: (?:ال)?(?:جذري|جذرية|رئيسي))?'],
  ['actionItems', [
    'hanh dong(?: khac phuc| tiep theo| cai thien| phong ngua)?|ke hoach hanh dong|bien phap(?: khac phuc| phong ngua)?|cong viec tiep theo|viec can lam',
    'napravn[ae] opatreni|opatreni|opatrenia|akcni (?:body|kroky)|ukoly|dalsi kroky|nasledne kroky|ulohy',
    '(?:корректирующие |последующие )?(?:действия|меры)|план действий|задачи|следующие шаги',
    '(?:ال)?(?:إجراءات|اجراءات)(?: (?:ال)?(?:تصحيحية|متابعة|وقائية))?|بنود (?:ال)?عمل|خطة (?:ال)?عمل|(?:ال)?خطوات (?:ال)?تالية',
  ].join('|')],
  ['lessons', 'bai hoc(?: kinh nghiem)?|pouceni|ponauceni|ziskane zkusenosti|(?:извлеченные )?уроки|выводы|(?:ال)?دروس(?: (?:ال)?مستفادة)?'],
  ['detection', 'phat hien|detekce|zjisteni|detekcia|обнаружение|(?:ال)?(?:اكتشاف|كشف)'],
  ['resolution', 'xu ly|giai quyet|khac phuc(?: su co)?|khoi phuc|reseni|obnoveni|riesenie|obnovenie|устранение|восстановление|(?:ال)?(?:حل|معالجة|استعادة)'],
  ['timeline', 'dien bien(?: su co)?|dong thoi gian|trinh tu su kien|moc thoi gian|casova osa|casovy (?:prubeh|priebeh)|prubeh(?: udalosti| incidentu)?|priebeh|хронология|временная (?:шкала|линия)|ход событии|последовательность событии|(?:ال)?(?:تسلسل|جدول|خط) (?:ال)?زمني|تسلسل (?:ال)?(?:أحداث|احداث)'],
  ['impact', 'anh huong|tac dong|dopady?|влияние|последствия|воздеиствие|(?:ال)?(?:تأثير|تاثير|أثر|اثر)'],
  ['summary', 'tom tat|tong quan|shrnuti|zhrnutie|prehled|prehlad|краткое (?:описание|изложение)|резюме|обзор|сводка|(?:ال)?ملخص(?: (?:ال)?تنفيذي)?|نظرة عامة'],
];

const wordStrip = (norm: string): string => norm.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC');
const CJK_LOOSE = CJK_RULES.map(([key, alt]) => [key, new RegExp(`^(?:[一二三四五六七八九十]{1,3} )?(?:${alt})`)] as const);
const CJK_STRICT = CJK_RULES.map(([key, alt]) => [key, new RegExp(`^(?:${alt})$`)] as const);
const WORD_LOOSE = WORD_RULES.map(([key, alt]) => [key, new RegExp(`(?:^| )(?:${alt})(?: |$)`)] as const);
const WORD_STRICT = WORD_RULES.map(([key, alt]) => [key, new RegExp(`^(?:${alt})$`)] as const);

/** The canonical key of a normalised heading in Japanese, Chinese, Korean, Vietnamese, Czech, Slovak, Russian or Arabic, or null. */
export function classifyScriptHeading(norm: string, strict: boolean): SectionKey | null {
  const whole = norm.normalize('NFC');
  for (const [key, re] of strict ? CJK_STRICT : CJK_LOOSE) if (re.test(whole)) return key;
  const plain = wordStrip(norm);
  for (const [key, re] of strict ? WORD_STRICT : WORD_LOOSE) if (re.test(plain)) return key;
  return null;
}
