// What readers of each interface language should see for a count: shared by the tests of
// the plural helper and of the timeline's count line and problems summary.

/** One tag per interface language (each reads a table of its own). */
export const UI_LANGUAGES = ['en', 'ko', 'zh-CN', 'zh-TW', 'ja', 'ar', 'he'] as const;

/** The counts the tests write in every language. */
export const COUNTS = [0, 1, 2, 3, 11, 100, 1000] as const;

/**
 * "N events" for each of COUNTS, as a reader of each language should see it: the noun's
 * form for the number, and the number's grouping ("1,000") and digits.
 */
export const EVENT_COUNTS: Record<string, readonly string[]> = {
  en: ['0 events', '1 event', '2 events', '3 events', '11 events', '100 events', '1,000 events'],
  ko: ['사건 0건', '사건 1건', '사건 2건', '사건 3건', '사건 11건', '사건 100건', '사건 1,000건'],
  'zh-CN': ['共0个事件', '共1个事件', '共2个事件', '共3个事件', '共11个事件', '共100个事件', '共1,000个事件'],
  'zh-TW': ['共0個事件', '共1個事件', '共2個事件', '共3個事件', '共11個事件', '共100個事件', '共1,000個事件'],
  ja: ['0件の出来事', '1件の出来事', '2件の出来事', '3件の出来事', '11件の出来事', '100件の出来事', '1,000件の出来事'],
  ar: ['لا توجد أحداث', 'حدث واحد', 'حدثان', '3 أحداث', '11 حدثًا', '100 حدث', '1,000 حدث'],
  // Egypt writes Arabic-Indic digits; the forms are the same.
  'ar-EG': ['لا توجد أحداث', 'حدث واحد', 'حدثان', '٣ أحداث', '١١ حدثًا', '١٠٠ حدث', '١٬٠٠٠ حدث'],
  he: ['0 אירועים', 'אירוע אחד', 'שני אירועים', '3 אירועים', '11 אירועים', '100 אירועים', '1,000 אירועים'],
};

/** "N problems in the data" for each of COUNTS. */
export const PROBLEM_COUNTS: Record<string, readonly string[]> = {
  en: ['0 problems in the data', '1 problem in the data', '2 problems in the data', '3 problems in the data', '11 problems in the data', '100 problems in the data', '1,000 problems in the data'],
  ko: ['데이터 문제 0건', '데이터 문제 1건', '데이터 문제 2건', '데이터 문제 3건', '데이터 문제 11건', '데이터 문제 100건', '데이터 문제 1,000건'],
  'zh-CN': ['数据中有0个问题', '数据中有1个问题', '数据中有2个问题', '数据中有3个问题', '数据中有11个问题', '数据中有100个问题', '数据中有1,000个问题'],
  'zh-TW': ['資料中有0個問題', '資料中有1個問題', '資料中有2個問題', '資料中有3個問題', '資料中有11個問題', '資料中有100個問題', '資料中有1,000個問題'],
  ja: ['データの問題 0件', 'データの問題 1件', 'データの問題 2件', 'データの問題 3件', 'データの問題 11件', 'データの問題 100件', 'データの問題 1,000件'],
  ar: ['لا توجد مشكلات في البيانات', 'مشكلة واحدة في البيانات', 'مشكلتان في البيانات', '3 مشكلات في البيانات', '11 مشكلةً في البيانات', '100 مشكلة في البيانات', '1,000 مشكلة في البيانات'],
  'ar-EG': ['لا توجد مشكلات في البيانات', 'مشكلة واحدة في البيانات', 'مشكلتان في البيانات', '٣ مشكلات في البيانات', '١١ مشكلةً في البيانات', '١٠٠ مشكلة في البيانات', '١٬٠٠٠ مشكلة في البيانات'],
  he: ['0 בעיות בנתונים', 'בעיה אחת בנתונים', 'שתי בעיות בנתונים', '3 בעיות בנתונים', '11 בעיות בנתונים', '100 בעיות בנתונים', '1,000 בעיות בנתונים'],
};

/** The count line when a filter leaves none of 1,000 events. */
export const NONE_OF_1000: Record<string, string> = {
  en: '0 of 1,000 events shown',
  ko: '사건 1,000건 중 0건 표시',
  'zh-CN': '显示1,000个事件中的0个',
  'zh-TW': '顯示1,000個事件中的0個',
  ja: '1,000件中0件を表示',
  ar: 'عرض 0 من 1,000 حدث',
  'ar-EG': 'عرض ٠ من ١٬٠٠٠ حدث',
  he: 'מציג 0 מתוך 1,000 אירועים',
};

/**
 * The characters in `text` that exist only in Simplified Chinese (their Traditional forms
 * differ: 个 個, 时 時, 数据 數據, 约 約…), among those a timeline's interface and dates use.
 */
export function simplifiedIn(text: string): string[] {
  return text.match(/[个们这时间线显载数据问题关闭议会谈试验声协贸举发预计迟报续筛选类参与无来点摄视频图档页网缩动滚轮双键约过应导属决访]/gu) ?? [];
}
