import { describe, expect, it } from 'vitest';
import { fieldCandidates } from '../../../../src/lib/io/import/fields.ts';
import { normaliseHeader } from '../../../../src/lib/io/import/headers.ts';
import { analyzeWorkbook, foldWord, isScaleWord, parseNumber, parseYesNo, splitLabelScore, toIsoDate } from '../../../../src/lib/io/import/index.ts';
import { nameHints } from '../../../../src/lib/io/import/sheet-names.ts';
import { fold, namesInCell, splitList } from '../../../../src/lib/io/import/mapping/cells.ts';
import { moreFive, moreGeneric } from '../../../../src/lib/io/import/mapping/scale.ts';
import { recognise, vocabularies } from '../../../../src/lib/io/import/mapping/vocab.ts';
import type { VocabName } from '../../../../src/lib/io/import/mapping/vocab-words.ts';
import type { RecordKind } from '../../../../src/lib/io/import/types.ts';
import { buildWorkbook } from '../../../fixtures/workbooks/index.ts';
import { headerCases } from './header-cases.ts';

/** Zero-width non-joiner, as Persian writes it inside words ("آسیب‌پذیری"). */
const Z = '\u200C';

/** The best candidate, when it is confident enough to be taken. */
const best = (kind: RecordKind, header: string) => {
  const top = fieldCandidates(kind, header)[0];
  return top && top.confidence >= 0.6 ? top.field : undefined;
};

// Headers of Persian registers (synonyms-persian.ts), with the non-joiner, a space or nothing
// between the parts of a word, and some typed with Arabic ي and ك.
const risks: [string, string][] = [
  ['شناسه ریسک', 'id'], ['کد ریسک', 'id'], [`شناسه${Z}ی ریسک`, 'id'], ['ردیف', 'id'], ['عنوان ریسک', 'title'], ['ریسک', 'title'], ['نام مخاطره', 'title'],
  ['شرح ریسک', 'description'], ['شرح', 'description'], ['دارایی', 'asset'], [`دارایی${Z}های مرتبط`, 'asset'], ['داراییهای مرتبط', 'asset'],
  ['تهدید', 'threat'], ['منبع تهدید', 'threat'], [`آسیب${Z}پذیری`, 'vulnerability'], ['آسیب پذیری', 'vulnerability'], ['آسیبپذیری', 'vulnerability'],
  ['آسیبپذیری شناسایی شده', 'vulnerability'], [`شرح آسیب${Z}پذیری`, 'vulnerability'], ['نقاط ضعف', 'vulnerability'], ['مالک ریسک', 'owner'], ['مسئول', 'owner'],
  ['گزینه برخورد با ریسک', 'treatment'], ['روش برخورد', 'treatment'], ['پاسخ به ریسک', 'treatment'], [`برطرف${Z}سازی ریسک`, 'treatment'],
  [`کنترل${Z}های موجود`, 'controls'], ['کنترل های موجود', 'controls'], ['کنترلهای موجود', 'controls'], ['اقدامات کنترلی', 'controls'],
  ['وضعیت', 'status'], ['تاریخ بازنگری', 'reviewDate'], ['تاریخ بازنگری بعدی', 'reviewDate'], ['توضیحات', 'notes'], ['ملاحظات', 'notes'],
  ['احتمال وقوع', 'likelihood'], ['احتمال', 'likelihood'], ['تأثیر', 'impact'], ['تاثیر', 'impact'], ['شدت اثر', 'impact'], ['پیامد', 'impact'],
  [`تاثیر بر کسب${Z}وکار`, 'impact'], ['امتیاز ریسک', 'score'], ['نمره ریسک', 'score'], ['سطح ریسک', 'level'], ['اولویت', 'level'],
  ['ریسک باقیمانده', 'residualLevel'], [`ریسک باقی${Z}مانده`, 'residualLevel'], ['سطح ریسک باقیمانده', 'residualLevel'],
  ['احتمال پس از اعمال کنترل', 'residualLikelihood'], ['تاثیر باقیمانده', 'residualImpact'], ['امتیاز ریسک باقیمانده', 'residualScore'],
  ['ریسک ذاتی', 'level'], ['امتیاز ریسک ذاتی', 'score'], ['تهدیدات', 'threat'], ['پیامدها', 'impact'], ['جزئیات ریسک', 'description'], ['رتبه ریسک', 'level'],
  // Arabic ي and ك for Persian ی and ک.
  ['شناسه ريسك', 'id'], ['مالك ريسك', 'owner'], ['آسيب پذيري', 'vulnerability'], ['تاريخ بازنگري', 'reviewDate'],
];

const soa: [string, string][] = [
  ['شماره کنترل', 'controlId'], ['بند', 'controlId'], ['عنوان کنترل', 'controlTitle'], ['کنترل', 'controlTitle'], [`کاربست${Z}پذیری`, 'applicable'],
  ['کاربستپذیری', 'applicable'], ['قابلیت اعمال', 'applicable'], [`اعمال می${Z}شود؟`, 'applicable'], ['دلیل انتخاب', 'justification'],
  [`دلیل عدم کاربست${Z}پذیری`, 'justification'], ['توجیه', 'justification'], [`وضعیت پیاده${Z}سازی`, 'status'], ['وضعیت پیادهسازی', 'status'],
  ['مسئول', 'owner'], ['شواهد', 'evidence'], ['مستندات مرتبط', 'evidence'], [`نحوه پیاده${Z}سازی`, 'notes'], ['توضیحات', 'notes'],
];

const assets: [string, string][] = [
  ['شناسه دارایی', 'id'], ['نام دارایی', 'name'], ['نوع دارایی', 'type'], ['نوع', 'type'], ['مالک دارایی', 'owner'], [`طبقه${Z}بندی`, 'classification'],
  ['طبقهبندی', 'classification'], ['سطح محرمانگی', 'classification'], ['طبقه بندی امنیتی', 'classification'],
  ['گروه دارایی', 'type'], ['متولی دارایی', 'owner'],
];

const plan: [string, string][] = [
  ['شناسه ریسک', 'riskId'], ['ریسک مرتبط', 'riskId'], ['اقدام', 'action'], ['اقدامات اصلاحی', 'action'], [`کنترل${Z}های پیشنهادی`, 'action'],
  ['مسئول اجرا', 'owner'], ['مهلت انجام', 'dueDate'], ['تاریخ سررسید', 'dueDate'], [`زمان${Z}بندی`, 'dueDate'], ['وضعیت', 'status'], ['درصد پیشرفت', 'status'],
];

const cases = headerCases({ risks, soa, assets, 'treatment-plan': plan });

describe('Persian headers', () => {
  it('covers many headers of every kind', () => expect(cases.length).toBeGreaterThanOrEqual(100));
  it.each(cases)('%s %j → %s', (kind, header, field) => expect(best(kind, header)).toBe(field));
});

// Headers of another column (cost, budget, category, a control's status…) that must not be taken for a field.
const negatives: [RecordKind, string][] = [
  ['risks', 'هزینه'], ['risks', 'بودجه'], ['risks', 'نوع ریسک'], ['risks', 'دسته ریسک'], ['risks', 'دوره بازنگری'], ['risks', 'وضعیت کنترل'],
  ['risks', 'تاریخ شناسایی'], ['risks', 'محرمانگی'], ['assets', 'هزینه'], ['soa', 'ردیف'], ['treatment-plan', 'بودجه'], ['treatment-plan', 'تاریخ شروع'],
];

describe('Persian headers the vocabulary must not take for a field', () => {
  it.each(negatives)('%s %j maps to nothing', (kind, header) => {
    expect(fieldCandidates(kind, header)[0]?.confidence ?? 0).toBeLessThan(0.6);
  });
});

describe('Persian sheet and file names', () => {
  const names: [string, string][] = [
    ['شناسنامه ریسک', 'risks'], ['ارزیابی ریسک', 'risks'], [`بیانیه کاربست${Z}پذیری`, 'soa'], ['بیانیه کاربست پذیری', 'soa'], ['بیانیه کاربستپذیری', 'soa'],
    [`فهرست دارایی${Z}ها`, 'assets'], ['فهرست داراییها', 'assets'], ['فهرست دارايي ها', 'assets'], ['برنامه برخورد با ریسک', 'treatment-plan'],
    [`برنامه برخورد با ریسک${Z}ها`, 'treatment-plan'],
  ];
  it.each(names)('%j hints %s', (name, kind) => {
    const hints = [...nameHints(name)].filter(([k]) => k !== 'other').sort((a, b) => b[1] - a[1]);
    expect(hints[0]?.[0]).toBe(kind);
  });
  it.each(['راهنما', 'فهرست مطالب', 'تاریخچه تغییرات'])('%j is a sheet of another kind', (name) => expect(nameHints(name).get('other')).toBeLessThan(0));
});

describe('Arabic and Persian letters and the zero-width non-joiner', () => {
  // Persian ی ک, Arabic ي ى ك; ۀ is ه with a hamza, the tatweel only stretches a word.
  const pairs: [string, string][] = [['ریسک', 'ريسك'], ['مالک', 'مالك'], ['دارایی', 'دارايي'], ['کنترل', 'كنترل'], ['برنامۀ', 'برنامه'], ['ریـسک', 'ریسک'], ['مصطفی', 'مصطفى']];
  it.each(pairs)('%j and %j are the same header and the same word', (a, b) => {
    expect(normaliseHeader(a)).toBe(normaliseHeader(b));
    expect(foldWord(a)).toBe(foldWord(b));
    expect(fold(a)).toBe(fold(b));
  });

  it('reads the non-joiner as a space in headers and values alike', () => {
    expect(normaliseHeader(`آسیب${Z}پذیری`)).toBe(normaliseHeader('آسیب پذیری'));
    expect(foldWord(`پیاده${Z}سازی شده`)).toBe(foldWord('پیاده سازی شده'));
    expect(fold(`پیاده${Z}سازی شده`)).toBe(fold('پیاده سازی شده'));
  });

  it('sets aside the direction marks right-to-left text carries', () => {
    expect(fold('\u200Fبله\u200F')).toBe(fold('بله'));
    expect(foldWord('\u200Fبله')).toBe(foldWord('بله'));
    expect(parseYesNo('\u200Eخیر')).toBe(false);
  });

  it('still reads Arabic registers', () => {
    expect(best('risks', 'مالك الخطر')).toBe('owner');
    expect(best('risks', 'الاحتمالية')).toBe('likelihood');
    expect(best('soa', 'قابلية التطبيق')).toBe('applicable');
    expect(parseYesNo('لا ينطبق')).toBe(false);
    expect(recognise(vocabularies.soaStatus, 'مطبق جزئياً')).toBe('partially_implemented');
    expect(moreFive.findIndex((w) => w.includes(fold('كارثي'))) + 1).toBe(5);
  });
});

describe('Persian and Arabic-Indic digits', () => {
  const numbers: [string, number][] = [
    ['۱۵', 15], ['۳٫۵', 3.5], ['٣٫٥', 3.5], ['۰', 0], ['۱۲۳۴', 1234], ['۱٬۲۳۴', 1234], ['۱٬۲۳۴٫۵', 1234.5], ['۵۰٪', 0.5], ['-۲', -2], ['١٥', 15], ['۲٫۵ ', 2.5],
    // A right-to-left mark copied in with the number.
    ['\u200F۱۵', 15],
    // The slash Persian typists use as the decimal point, between Arabic-script digits only.
    ['۳/۵', 3.5], ['٣/٥', 3.5], ['۱۲/۵%', 0.125],
  ];
  it.each(numbers)('%j reads as %d', (text, n) => expect(parseNumber(text)).toBe(n));

  it('reads no other slash as a decimal point: a fraction in Western digits, a date, a year and month, a score out of 25 stay no number', () => {
    expect(parseNumber('3/5')).toBeNull();
    expect(parseNumber('۱۴۰۴/۰۳/۱۵')).toBeNull();
    expect(parseNumber('۱۴۰۲/۰۵')).toBeNull();
    expect(parseNumber('۱۲/۲۵')).toBeNull();
  });
  it('reads a slash decimal with the Arabic percent sign', () => expect(parseNumber('۳/۵٪')).toBeCloseTo(0.035));
  it('reads slash decimals of one digit, or more after a zero, behind a direction mark and in a band, and no other', () => {
    expect(['۰/۲۵', '۰/۷۵', '\u200F۳/۵'].map(parseNumber)).toEqual([0.25, 0.75, 3.5]);
    // Two digits after a whole part other than zero are marks out of 10 or 25 as often: no number.
    expect(['۷/۱۰', '۸/۲۵', '۱/۲۵'].map(parseNumber)).toEqual([null, null, null]);
    // A slash decimal stands as a number: the whole cell, a band's score, a score before its band, out of a maximum
    // ("۳/۵ از ۵"); not in a sentence ("۱/۲ کارکنان": half the staff).
    expect(['۱/۲ کارکنان', 'تا ۵/۲ انجام شود'].map((t) => splitLabelScore(t).score)).toEqual([null, null]);
    expect(['۳/۵ از ۵', '۳/۵ - زیاد', '۳/۵\nزیاد'].map((t) => splitLabelScore(t).score)).toEqual([3.5, 3.5, 3.5]);
    expect(['زیاد - ۳/۵', 'زیاد: ۳/۵', '۳/۵ (زیاد)', 'زیاد [۳/۵]'].map((t) => splitLabelScore(t).score)).toEqual([3.5, 3.5, 3.5, 3.5]);
    expect(parseNumber('۳/۵ ٪')).toBeCloseTo(0.035);
    expect(splitLabelScore('زیاد (۳/۵)')).toEqual({ label: 'زیاد', score: 3.5 });
  });

  it('splits a Persian label from its score, and reads a digit as a rating', () => {
    expect(splitLabelScore('زیاد (۴)')).toEqual({ label: 'زیاد', score: 4 });
    expect(splitLabelScore('۱۲ (زیاد)')).toEqual({ label: 'زیاد', score: 12 });
    expect(isScaleWord('۴')).toBe(true);
    expect(parseNumber('چهار')).toBeNull();
  });
});

describe('Persian values', () => {
  const yesNo: [string, boolean][] = [
    ['بله', true], ['بلی', true], ['دارد', true], [`اعمال می${Z}شود`, true], ['اعمال می شود', true], ['اعمال میشود', true], [`کاربست${Z}پذیر`, true],
    ['قابل اعمال', true], ['مشمول', true], ['خیر', false], ['نه', false], ['ندارد', false], ['غیر قابل اعمال', false], ['غیرقابل اعمال', false],
    ['غير قابل اعمال', false], [`اعمال نمی${Z}شود`, false], ['مستثنی', false], ['خارج از دامنه', false], ['۱', true], ['۰', false],
  ];
  it.each(yesNo)('%j is %s', (text, yes) => expect(parseYesNo(text)).toBe(yes));

  const rank = (ladder: readonly (readonly string[])[], word: string) => ladder.findIndex((words) => words.includes(fold(word))) + 1;
  const generic: [string, number][] = [
    ['خیلی کم', 1], [`خیلی${Z}کم`, 1], ['بسیار پایین', 1], ['کم', 2], ['پایین', 2], ['متوسط', 3], ['زیاد', 4], ['بالا', 4], ['زياد', 4], ['خیلی زیاد', 5],
    ['بسیار بالا', 5], ['بحرانی', 5],
  ];
  it.each(generic)('%j is rank %i of the generic ladder', (word, r) => expect(rank(moreGeneric, word)).toBe(r));
  const five: [string, number][] = [
    ['نادر', 1], ['ناچیز', 1], ['بعید', 2], ['کوچک', 2], ['ممکن', 3], ['ممكن', 3], ['محتمل', 4], ['بزرگ', 4], ['شدید', 4], ['تقریباً قطعی', 5],
    [`فاجعه${Z}بار`, 5], ['فاجعهبار', 5],
  ];
  it.each(five)('%j is rank %i of the five-level ladder', (word, r) => expect(rank(moreFive, word)).toBe(r));
  it.each(['کم', 'متوسط', 'زیاد', 'خیلی زیاد', 'محتمل', 'زیاد (۴)'])('%j is a rating word', (word) => expect(isScaleWord(word)).toBe(true));

  const words: [VocabName, string, string][] = [
    ['soaStatus', `پیاده${Z}سازی شده`, 'implemented'], ['soaStatus', 'پیاده سازی شده', 'implemented'], ['soaStatus', 'پیادهسازی شده', 'implemented'],
    ['soaStatus', 'پياده سازي شده', 'implemented'], ['soaStatus', `در حال پیاده${Z}سازی`, 'partially_implemented'], ['soaStatus', 'جزئی', 'partially_implemented'],
    ['soaStatus', `برنامه${Z}ریزی شده`, 'planned'], ['soaStatus', 'پیاده سازی نشده', 'not_implemented'], ['soaStatus', 'ارزیابی نشده', 'not_assessed'],
    ['riskStatus', 'جدید', 'draft'], ['riskStatus', 'باز', 'assessed'], ['riskStatus', 'در حال برخورد', 'in_treatment'], ['riskStatus', 'پایش', 'monitoring'],
    ['riskStatus', 'پذیرفته شده', 'monitoring'], ['riskStatus', 'بسته شده', 'closed'], ['riskStatus', 'مختومه', 'closed'],
    ['actionStatus', 'شروع نشده', 'planned'], ['actionStatus', 'در حال انجام', 'in_progress'], ['actionStatus', 'انجام شده', 'done'], ['actionStatus', 'لغو شده', 'cancelled'],
    ['assetType', 'اطلاعات', 'information'], ['assetType', `نرم${Z}افزار`, 'software'], ['assetType', 'نرمافزار', 'software'], ['assetType', 'سخت افزار', 'hardware'],
    ['assetType', 'سرویس ابری', 'cloud_service'], ['assetType', 'شبکه', 'network'], ['assetType', 'ساختمان', 'site'], ['assetType', 'کارکنان', 'people'],
    ['assetType', 'فرآیند', 'process'], ['assetType', 'فرایند', 'process'], ['assetType', `تأمین${Z}کننده`, 'supplier'],
    ['classification', 'عمومی', 'public'], ['classification', 'عادی', 'public'], ['classification', 'داخلی', 'internal'], ['classification', 'محرمانه', 'confidential'],
    ['classification', 'خیلی محرمانه', 'restricted'], ['classification', 'بکلی سری', 'restricted'],
    ['treatment', 'کاهش', 'modify'], ['treatment', 'کاهش ریسک', 'modify'], ['treatment', 'تعدیل', 'modify'], ['treatment', 'پذیرش', 'retain'],
    ['treatment', 'پذیرش ریسک', 'retain'], ['treatment', 'اجتناب', 'avoid'], ['treatment', 'اجتناب از ریسک', 'avoid'], ['treatment', 'انتقال', 'share'],
    ['treatment', 'تسهیم ریسک', 'share'], ['treatment', 'بیمه', 'share'], ['applicable', 'بله', 'yes'], ['applicable', 'خیر', 'no'],
  ];
  it.each(words)('%s %j means %s', (vocab, word, value) => expect(recognise(vocabularies[vocab], word)).toBe(value));
});

describe('a Persian risk register, end to end', () => {
  // A register as an Iranian practitioner keeps it: a title above the header, ids and ratings in
  // Persian digits, review dates in the Solar Hijri calendar, headers typed with and without the
  // non-joiner and partly with Arabic ي and ك.
  const header = ['کد ريسك', 'عنوان ریسک', 'دارایی', 'تهدید', `آسیب${Z}پذیری`, 'مالک ریسک', 'احتمال وقوع', 'تأثیر', 'امتیاز ریسک', 'سطح ریسک',
    'گزینه برخورد با ریسک', 'کنترل های موجود', 'وضعیت', 'تاریخ بازنگری', 'توضیحات'];
  const rows = [
    ['۱', 'دسترسی غیرمجاز به پایگاه داده مشتریان', 'پایگاه داده مشتریان', 'نفوذگر خارجی', 'رمز عبور ضعیف', 'مدیر فناوری اطلاعات', '۴', '۵', '۲۰', 'زیاد', 'کاهش', 'A.5.17، A.8.5', 'باز', '۱۴۰۴/۰۳/۱۵', `نیاز به احراز هویت دو مرحله${Z}ای`],
    ['۲', 'از دست رفتن نسخه پشتیبان', 'سرور پشتیبان', `خرابی سخت${Z}افزار`, 'نبود نسخه پشتیبان خارج از سایت', 'مسئول زیرساخت', '۳', '۴', '۱۲', 'متوسط', 'کاهش', 'A.8.13', 'در حال برخورد', '۱۴۰۴/۰۴/۰۱', ''],
    ['۳', 'نشت اطلاعات از طریق ایمیل', 'سامانه ایمیل', 'کارمند ناآگاه', 'آموزش ناکافی', 'مدیر منابع انسانی', '۳', '۳', '۹', 'متوسط', 'پذیرش', 'A.6.3', 'پایش', '۱۴۰۴/۰۵/۱۰', 'ریسک پذیرفته شد'],
    ['۴', 'قطع برق مرکز داده', 'مرکز داده', 'قطع برق شهری', 'نبود UPS کافی', 'مدیر تاسیسات', '۲', '۵', '۱۰', 'متوسط', 'انتقال', 'A.7.11', 'بسته', '۱۴۰۴/۰۶/۲۰', ''],
    ['۵', `بدافزار باج${Z}گیر`, `ایستگاه${Z}های کاری`, `باج${Z}افزار`, 'وصله نشدن سیستم ها', 'مدیر امنیت اطلاعات', '۴', '۴', '۱۶', 'زیاد', 'کاهش', 'A.8.7، A.8.8', 'باز', '۱۴۰۴/۰۳/۳۰', 'اولویت بالا'],
  ];

  it('is read as a risk register: its kind, header row, records and every column', async () => {
    const bytes = await buildWorkbook([{ name: 'شناسنامه ریسک', rows: [['شناسنامه ریسک های امنیت اطلاعات - سال ۱۴۰۴'], [], header, ...rows] }]);
    const sheet = (await analyzeWorkbook(bytes)).sheets[0]!;
    expect(sheet.kind).toBe('risks');
    expect(sheet.headerRow).toBe(3);
    expect(sheet.dataRows).toBe(5);
    expect(sheet.fields).toEqual({
      id: 'A', title: 'B', asset: 'C', threat: 'D', vulnerability: 'E', owner: 'F', likelihood: 'G', impact: 'H', score: 'I', level: 'J',
      treatment: 'K', controls: 'L', status: 'M', reviewDate: 'N', notes: 'O',
    });
  });
});

describe('review 22: Persian words that also begin ordinary names, and the non-joiner in values', () => {
  it('a column of controls named "کنترل …" is the controls, not the treatment option', async () => {
    const names = ['کنترل دسترسی', 'کنترل رمزنگاری', 'کنترل پشتیبان گیری', 'کنترل فیزیکی', 'کنترل شبکه'];
    const rows = names.map((c, i) => [`R-${i + 1}`, `نشت اطلاعات ${i + 1}`, 3, 4, c, 'مدیر']);
    const bytes = await buildWorkbook([{ name: 'شناسنامه ریسک', rows: [['کد ریسک', 'عنوان ریسک', 'احتمال', 'تاثیر', 'اقدامات', 'مالک ریسک'], ...rows] }]);
    const sheet = (await analyzeWorkbook(bytes)).sheets[0]!;
    expect(sheet.kind).toBe('risks');
    expect(sheet.fields['controls']).toBe('E');
    expect(sheet.fields['treatment']).toBeUndefined();
  });

  it('scale words written with the non-joiner keep it, and still read as scale words', () => {
    expect(splitLabelScore(`کم${Z}احتمال`).label).toBe(`کم${Z}احتمال`);
    expect(isScaleWord(`کم${Z}احتمال`)).toBe(isScaleWord('کم احتمال'));
    expect(foldWord(`کم${Z}احتمال`)).toBe(foldWord('کم احتمال'));
  });

  it('"بعد" of a C, I or A dimension is no residual rating', () => {
    expect(best('risks', 'تاثیر (بعد محرمانگی)')).toBe('impact');
    expect(best('risks', 'تاثیر بعد از کنترل')).toBe('residualImpact');
  });
});

describe('Solar Hijri dates', () => {
  // 1 Farvardin 1404 was 21 March 2025; 1403 and 1399 were leap years (30 Esfand), 1404 is not.
  it.each([
    ['۱۴۰۴/۰۱/۰۱', '2025-03-21'],
    ['۱۴۰۴/۰۳/۱۵', '2025-06-05'],
    ['1403/12/30', '2025-03-20'],
    ['1399/12/30', '2021-03-20'],
    ['1404-06-31', '2025-09-22'],
    ['1402/07/01', '2023-09-23'],
  ])('%s is %s', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });

  it.each(['1404/12/30', '1404/07/31', '1404/13/01'])('%s is no day of the calendar', (text) => {
    expect(toIsoDate(text)).toBeNull();
  });

  it('leaves Gregorian dates as they were', () => {
    expect(toIsoDate('2026-03-31')).toBe('2026-03-31');
    expect(toIsoDate('31/03/2026')).toBe('2026-03-31');
  });
});

describe('dates in Persian digits without the century', () => {
  it('are no dates, rather than Gregorian ones', () => {
    expect(toIsoDate('۰۴/۰۳/۱۵')).toBeNull();
    expect(toIsoDate('04/03/15')).toBe('2015-03-04');
  });
});

describe('Gregorian dates in Persian or Arabic-Indic digits', () => {
  it('stay the dates they are', () => {
    expect(toIsoDate('٣١/٠٣/٢٠٢٦')).toBe('2026-03-31');
    expect(toIsoDate('۳۱/۰۳/۲۰۲۶')).toBe('2026-03-31');
  });
});

describe('lists written with the Arabic comma and semicolon, and with full-width and ideographic ones', () => {
  it('splits controls and names on them', () => {
    expect(splitList('A.5.15، A.8.5؛ A.8.13')).toEqual(['A.5.15', 'A.8.5', 'A.8.13']);
    expect(splitList('A.5.15，A.8.5；A.8.13、A.8.24')).toEqual(['A.5.15', 'A.8.5', 'A.8.13', 'A.8.24']);
    expect(namesInCell('پایگاه داده مشتریان، سرور ایمیل', () => false)).toEqual(['پایگاه داده مشتریان', 'سرور ایمیل']);
  });
  it('keeps a known name whole even with an Arabic comma in it', () => {
    expect(namesInCell('دفتر تهران، طبقه ۳، سرور', (n) => n === 'دفتر تهران، طبقه ۳')).toEqual(['دفتر تهران، طبقه ۳', 'سرور']);
  });
  it('splits no list where commas are not separators', () => expect(splitList('A.5.15، A.8.5', false)).toEqual(['A.5.15، A.8.5']));
});
