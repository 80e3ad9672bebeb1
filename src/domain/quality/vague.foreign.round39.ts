/*
 * Round 39 (issue 16): an abstract action written in another language. The English rules know "Improve monitoring",
 * "Review the failover logic", "Be more careful with deploys", "Train the team" as aims, not steps (vague.patterns.ts's
 * ABSTRACT_START); since round 33 a foreign item was read by its shape only (vague.requests.ts), so "Mejorar el
 * monitoreo", "Melhorar a comunicação", "Cẩn thận hơn", "Daha dikkatli olunmalı" passed. These are the same four classes
 * of the English table, as surface-cause.foreign.ts carries the English cause forms: improve / strengthen, review /
 * look into / re-check, take more care / pay attention, train / make aware. The verb opens the item in the Romance,
 * Slavic, Austronesian and Vietnamese forms and closes it in the verb-final German, Dutch, Turkish and Bengali ones.
 * Read at run time only, after the rules (not a training feature). Every pattern is an anchored alternation of words
 * (linear time).
 */
import { isCommonWord } from './common-words.ts';

/** A word boundary that knows accented letters (as surface-cause.foreign.ts): JavaScript's \\b counts only ASCII. */
const B = String.raw`(?![\p{L}\p{N}_])`;

/** Improve, strengthen, optimise, raise: the English "improve|enhance|strengthen|optimi[sz]e|harden". */
const IMPROVE = [
  'mejorar', 'optimizar', 'reforzar', 'fortalecer', 'potenciar', 'perfeccionar', // es
  'melhorar', 'aprimorar', 'otimizar', 'reforçar', 'aperfeiçoar', // pt
  'améliorer', 'optimiser', 'renforcer', 'amélioration (?:de|du|des)', // fr
  'migliorare', 'ottimizzare', 'rafforzare', 'potenziare', 'perfezionare', 'miglioramento (?:del|della|dei|delle)', // it
  'verbesserung (?:der|des|von)', 'optimierung (?:der|des|von)', // de, as a noun opening the item
  'verbeteren van', 'verbetering van', 'optimaliseren van', // nl
  'poprawić', 'poprawa', 'usprawnić', 'usprawnienie', 'ulepszyć', 'wzmocnić', // pl
  'tingkatkan', 'meningkatkan', 'peningkatan', 'perbaiki', 'memperbaiki', 'perbaikan', 'optimalkan', 'perkuat', 'memperkuat', // id, ms
  'cải thiện', 'cải tiến', 'nâng cao', 'tăng cường', // vi
  'pagbutihin', 'ayusin', // tl
  'улучшить', 'повысить', 'усилить', 'оптимизировать', 'покращити', 'посилити', 'підвищити', // ru, uk
];

/** Review, look into, consider, re-check: the English "review|revisit|investigate|look into|evaluate|consider|double-check". */
const REVIEW = [
  'revisar', 'analizar', 'investigar', 'evaluar', 'reevaluar', 'estudiar', 'considerar', // es
  'rever', 'analisar', 'avaliar', 'reavaliar', 'estudar', // pt
  'revoir', 'réexaminer', 'analyser', 'examiner', 'étudier', 'évaluer', 'réévaluer', 'investiguer', 'envisager', // fr
  'rivedere', 'analizzare', 'esaminare', 'valutare', 'rivalutare', 'indagare', 'studiare', 'ricontrollare', // it
  'überprüfung (?:der|des|von)', // de
  'onderzoeken of', 'nagaan of', 'bekijken of', // nl
  'przeanalizować', 'zbadać', 'przejrzeć', 'rozważyć', 'zweryfikować', // pl
  'tinjau', 'meninjau', 'evaluasi', 'mengevaluasi', 'kaji ulang', 'cek ulang', 'periksa ulang', 'pertimbangkan', 'selidiki', // id
  'xem xét', 'rà soát', 'đánh giá lại', 'kiểm tra lại', 'tìm hiểu', // vi
  'suriin', 'silipin', // tl
  'рассмотреть', 'проанализировать', 'изучить', 'пересмотреть', 'розглянути', 'проаналізувати', 'вивчити', 'переглянути', // ru, uk
];

/** Take more care, pay attention: the English "be more careful|pay attention|be vigilant". */
const CARE = [
  'ser más cuidados[oa]s?', 'tener más cuidado', 'prestar (?:más )?atención', 'estar más atent[oa]s?', // es
  'ter mais cuidado', 'ser mais cuidados[oa]s?', 'prestar mais atenção', 'ficar mais atent[oa]s?', // pt
  'être plus (?:vigilant|attentif|attentive|prudent)s?', 'faire (?:plus )?attention', 'redoubler de vigilance', // fr
  'fare più attenzione', 'prestare (?:più )?attenzione', 'essere più (?:attent|caut|prudent)[ie]', // it
  '(?:besser|genauer|mehr) aufpassen', 'sorgfältiger', 'vorsichtiger', // de
  'beter opletten', 'zorgvuldiger', 'voorzichtiger', 'meer aandacht', // nl
  '(?:być )?bardziej (?:uważn|ostrożn)\\p{L}*', 'zwracać (?:większą )?uwagę', // pl
  'lebih (?:berhati-hati|hati-hati|teliti|cermat|waspada)', // id
  'cẩn thận hơn', 'chú ý hơn', 'cẩn trọng hơn', // vi
  'mag-ingat', 'maging maingat', // tl
  'daha dikkatli', // tr
  'быть (?:внимательнее|осторожнее)', 'бути (?:уважнішими|обережнішими)', // ru, uk
];

/** Train, make aware: the English "train the team|educate|raise awareness". */
const TRAIN = [
  'capacitar', 'entrenar', 'concienciar', 'sensibilizar', 'capacitación (?:del|de la|de los|al)', 'formación (?:del|de la|de los)', // es
  'treinar', 'conscientizar', 'treinamento (?:da|do|das|dos)', // pt
  'sensibiliser', 'formation (?:de l|des|du)', // fr
  'sensibilizzare', 'formazione (?:del|della|dei|per)', // it
  'schulung (?:der|des|für)', 'sensibilisieren', // de
  'training (?:voor|van) (?:het|de)', // nl
  'przeszkolić', 'szkolenie', 'uczulić', // pl
  'pelatihan', 'latih', 'melatih', 'edukasi', 'sosialisasi', // id
  'đào tạo', 'tập huấn', 'nhắc nhở', // vi
  'sanayin', // tl
  'обучить', 'провести обучение', 'навчити', 'провести навчання', // ru, uk
];

/** The item opens with one of those forms. */
const OPENS = new RegExp(String.raw`^(?:${[...IMPROVE, ...REVIEW, ...CARE, ...TRAIN].join('|')})${B}`, 'iu');
/** Thai writes no spaces between words: its forms (improve, take care, review again, train) open the item without a boundary. */
const THAI_OPENS = /^(?:ปรับปรุง|ระมัดระวัง|ระวังมากขึ้น|ทบทวน|ตรวจสอบอีกครั้ง|อบรม)/u;

/**
 * The verb-final languages close the item with the form: German and Dutch infinitives ("Monitoring verbessern", "Beter
 * opletten bij releases" opens; "Processen verbeteren" closes), Turkish verb stems with any suffix ("İletişim
 * iyileştirilmeli", "Daha dikkatli olunmalı"), Bengali and Thai verb phrases ("মনিটরিং উন্নত করা", "ระมัดระวังมากขึ้น").
 */
const CLOSES = new RegExp(
  String.raw`(?:^|\s)(?:verbessern|optimieren|stärken|überprüfen|prüfen|untersuchen|schulen|aufpassen|verbeteren|optimaliseren|versterken|onderzoeken|evalueren|herzien|trainen|opletten|(?:iyileştir|geliştir|güçlendir|gözden geçir|incele|değerlendir|dikkat edil|dikkatli ol)\p{L}*|hatırlatma yapıl\p{L}*|(?:উন্নত|ভালো|সতর্ক) (?:করা|করতে হবে|হতে হবে)|(?:ปรับปรุง|ระมัดระวัง)\S*)$`,
  'iu',
);

/** At most this many words: past it the item says more than an aim (a place, a reason, a criterion), left to the model. */
const MAX_WORDS = 12;

/**
 * The foreign abstract action that opens (or, verb-final, closes) an item, or null. An item with a digit (a threshold,
 * a date, a ticket) or of more than twelve words is left to the other readings, and so is a one-word form that is also
 * common English ("former", "examiner"): the English table reads those.
 */
export function foreignAbstract(t: string): string | null {
  if (/\d/.test(t) || t.split(' ').length > MAX_WORDS) return null;
  // A form of one word that is also English ("former", "examiner") is the English table's to read; a form of two words is not.
  const open = OPENS.exec(t) ?? THAI_OPENS.exec(t);
  if (open !== null) return open[0].includes(' ') || !isCommonWord(open[0].toLowerCase()) ? open[0] : null;
  const close = CLOSES.exec(t);
  const last = close?.[0].trim() ?? '';
  return last === '' || (!last.includes(' ') && isCommonWord(last.toLowerCase())) ? null : last;
}
