/**
 * The words the elements write around the data, in each interface language.
 * One typed table per language; a missing language falls back to English.
 */
import type { EventKind, EventStatus, Relation } from '../model/index.js';

export interface UiStrings {
  kinds: Record<EventKind, string>;
  statuses: Record<EventStatus, string>;
  relations: Record<Relation, string>;
  ahead: string;
  deadline: string;
  deadlinePassed: string;
  asOf(date: string): string;
  aheadBelow: string;
  viewLabel: string;
  asRan: string;
  whatNext: string;
  filter: string;
  filterActors: string;
  filterKinds: string;
  showAll: string;
  shown(shown: number, total: number): string;
  events: string;
  loading: string;
  loadFailed: string;
  keptLast: string;
  problems(count: number): string;
  noEvents: string;
  noMatch: string;
  sources: string;
  related: string;
  actors: string;
  location: string;
  credit(credit: string): string;
}

const en: UiStrings = {
  kinds: {
    summit: 'Summit',
    meeting: 'Meeting',
    visit: 'Visit',
    talks: 'Talks',
    sanctions: 'Sanctions',
    resolution: 'Resolution',
    test: 'Weapons test',
    deadline: 'Deadline',
    statement: 'Statement',
    letter: 'Letter',
    agreement: 'Agreement',
    protest: 'Protest',
    trade: 'Trade',
    election: 'Election',
    other: 'Event',
  },
  statuses: {
    occurred: 'Occurred',
    scheduled: 'Scheduled',
    expected: 'Expected',
    postponed: 'Postponed',
    cancelled: 'Cancelled',
    failed: 'Failed',
  },
  relations: { follows: 'Follows', 'responds-to': 'Responds to', 'leads-to': 'Leads to', 'part-of': 'Part of' },
  ahead: 'Ahead',
  deadline: 'Deadline',
  deadlinePassed: 'Deadline passed',
  asOf: (date) => `As of ${date}`,
  aheadBelow: 'Events below were still ahead when this was published.',
  viewLabel: 'Show the timeline',
  asRan: 'As the story ran',
  whatNext: 'What happened next',
  filter: 'Filter events',
  filterActors: 'Filter by actor',
  filterKinds: 'Filter by kind',
  showAll: 'Show all',
  shown: (shown, total) => (shown === total ? `${total} events` : `${shown} of ${total} events shown`),
  events: 'Events',
  loading: 'Loading the timeline…',
  loadFailed: 'The timeline could not be loaded',
  keptLast: 'Showing the last version that loaded.',
  problems: (count) => `${count} problem${count === 1 ? '' : 's'} in the data`,
  noEvents: 'This timeline has no events yet.',
  noMatch: 'No events match these filters.',
  sources: 'Sources',
  related: 'Related',
  actors: 'Actors',
  location: 'Location',
  credit: (credit) => `Photo: ${credit}`,
};

const ko: UiStrings = {
  kinds: {
    summit: '정상회담',
    meeting: '회담',
    visit: '방문',
    talks: '협상',
    sanctions: '제재',
    resolution: '결의',
    test: '무기 시험',
    deadline: '시한',
    statement: '성명',
    letter: '친서',
    agreement: '합의',
    protest: '시위',
    trade: '무역',
    election: '선거',
    other: '사건',
  },
  statuses: {
    occurred: '발생',
    scheduled: '예정',
    expected: '예상',
    postponed: '연기',
    cancelled: '취소',
    failed: '결렬',
  },
  relations: { follows: '이전 사건', 'responds-to': '대응 대상', 'leads-to': '이후 사건', 'part-of': '상위 사건' },
  ahead: '예정된 일',
  deadline: '시한',
  deadlinePassed: '시한 경과',
  asOf: (date) => `${date} 기준`,
  aheadBelow: '아래 사건은 보도 당시 아직 일어나지 않았습니다.',
  viewLabel: '타임라인 보기',
  asRan: '보도 당시',
  whatNext: '이후 전개',
  filter: '사건 걸러 보기',
  filterActors: '행위자별 보기',
  filterKinds: '유형별 보기',
  showAll: '모두 보기',
  shown: (shown, total) => (shown === total ? `사건 ${total}건` : `사건 ${total}건 중 ${shown}건 표시`),
  events: '사건',
  loading: '타임라인을 불러오는 중…',
  loadFailed: '타임라인을 불러오지 못했습니다',
  keptLast: '마지막으로 불러온 내용을 표시합니다.',
  problems: (count) => `데이터 문제 ${count}건`,
  noEvents: '이 타임라인에는 아직 사건이 없습니다.',
  noMatch: '조건에 맞는 사건이 없습니다.',
  sources: '출처',
  related: '관련 사건',
  actors: '행위자',
  location: '장소',
  credit: (credit) => `사진: ${credit}`,
};

const zhCN: UiStrings = {
  kinds: {
    summit: '峰会',
    meeting: '会晤',
    visit: '访问',
    talks: '谈判',
    sanctions: '制裁',
    resolution: '决议',
    test: '武器试验',
    deadline: '期限',
    statement: '声明',
    letter: '信函',
    agreement: '协议',
    protest: '抗议',
    trade: '贸易',
    election: '选举',
    other: '事件',
  },
  statuses: {
    occurred: '已发生',
    scheduled: '已排定',
    expected: '预计',
    postponed: '推迟',
    cancelled: '取消',
    failed: '破裂',
  },
  relations: { follows: '接续', 'responds-to': '回应', 'leads-to': '导致', 'part-of': '属于' },
  ahead: '尚未发生',
  deadline: '期限',
  deadlinePassed: '期限已过',
  asOf: (date) => `截至${date}`,
  aheadBelow: '以下事件在报道发表时尚未发生。',
  viewLabel: '显示时间线',
  asRan: '报道发表时',
  whatNext: '后续发展',
  filter: '筛选事件',
  filterActors: '按参与方筛选',
  filterKinds: '按类型筛选',
  showAll: '显示全部',
  shown: (shown, total) => (shown === total ? `共${total}个事件` : `显示${total}个事件中的${shown}个`),
  events: '事件',
  loading: '正在加载时间线…',
  loadFailed: '无法加载时间线',
  keptLast: '显示最近一次成功加载的版本。',
  problems: (count) => `数据中有${count}个问题`,
  noEvents: '此时间线尚无事件。',
  noMatch: '没有符合筛选条件的事件。',
  sources: '来源',
  related: '相关事件',
  actors: '参与方',
  location: '地点',
  credit: (credit) => `摄影：${credit}`,
};

const ja: UiStrings = {
  kinds: {
    summit: '首脳会談',
    meeting: '会談',
    visit: '訪問',
    talks: '協議',
    sanctions: '制裁',
    resolution: '決議',
    test: '兵器実験',
    deadline: '期限',
    statement: '声明',
    letter: '書簡',
    agreement: '合意',
    protest: '抗議',
    trade: '貿易',
    election: '選挙',
    other: '出来事',
  },
  statuses: {
    occurred: '実施',
    scheduled: '予定',
    expected: '見通し',
    postponed: '延期',
    cancelled: '中止',
    failed: '決裂',
  },
  relations: { follows: '前の出来事', 'responds-to': '対応先', 'leads-to': '次の出来事', 'part-of': '一部' },
  ahead: '今後',
  deadline: '期限',
  deadlinePassed: '期限切れ',
  asOf: (date) => `${date}時点`,
  aheadBelow: '以下の出来事は掲載時点ではまだ起きていませんでした。',
  viewLabel: 'タイムラインの表示',
  asRan: '掲載時点',
  whatNext: 'その後',
  filter: '出来事を絞り込む',
  filterActors: '当事者で絞り込む',
  filterKinds: '種類で絞り込む',
  showAll: 'すべて表示',
  shown: (shown, total) => (shown === total ? `${total}件の出来事` : `${total}件中${shown}件を表示`),
  events: '出来事',
  loading: 'タイムラインを読み込んでいます…',
  loadFailed: 'タイムラインを読み込めませんでした',
  keptLast: '最後に読み込めた版を表示しています。',
  problems: (count) => `データの問題 ${count}件`,
  noEvents: 'このタイムラインにはまだ出来事がありません。',
  noMatch: '条件に合う出来事はありません。',
  sources: '出典',
  related: '関連',
  actors: '当事者',
  location: '場所',
  credit: (credit) => `写真：${credit}`,
};

const ar: UiStrings = {
  kinds: {
    summit: 'قمة',
    meeting: 'اجتماع',
    visit: 'زيارة',
    talks: 'محادثات',
    sanctions: 'عقوبات',
    resolution: 'قرار',
    test: 'تجربة أسلحة',
    deadline: 'مهلة',
    statement: 'بيان',
    letter: 'رسالة',
    agreement: 'اتفاق',
    protest: 'احتجاج',
    trade: 'تجارة',
    election: 'انتخابات',
    other: 'حدث',
  },
  statuses: {
    occurred: 'وقع',
    scheduled: 'مقرر',
    expected: 'متوقع',
    postponed: 'مؤجل',
    cancelled: 'ملغى',
    failed: 'فشل',
  },
  relations: { follows: 'يلي', 'responds-to': 'ردًا على', 'leads-to': 'يؤدي إلى', 'part-of': 'جزء من' },
  ahead: 'قادم',
  deadline: 'مهلة',
  deadlinePassed: 'انقضت المهلة',
  asOf: (date) => `حتى ${date}`,
  aheadBelow: 'الأحداث أدناه لم تكن قد وقعت بعد عند النشر.',
  viewLabel: 'عرض الخط الزمني',
  asRan: 'كما نُشر',
  whatNext: 'ما حدث بعد ذلك',
  filter: 'تصفية الأحداث',
  filterActors: 'تصفية حسب الطرف',
  filterKinds: 'تصفية حسب النوع',
  showAll: 'عرض الكل',
  shown: (shown, total) => (shown === total ? `${total} حدثًا` : `عرض ${shown} من ${total} حدثًا`),
  events: 'الأحداث',
  loading: 'جارٍ تحميل الخط الزمني…',
  loadFailed: 'تعذّر تحميل الخط الزمني',
  keptLast: 'يُعرض آخر إصدار تم تحميله.',
  problems: (count) => `مشكلات في البيانات: ${count}`,
  noEvents: 'لا توجد أحداث في هذا الخط الزمني بعد.',
  noMatch: 'لا توجد أحداث تطابق عوامل التصفية.',
  sources: 'المصادر',
  related: 'أحداث ذات صلة',
  actors: 'الأطراف',
  location: 'المكان',
  credit: (credit) => `صورة: ${credit}`,
};

const he: UiStrings = {
  kinds: {
    summit: 'פסגה',
    meeting: 'פגישה',
    visit: 'ביקור',
    talks: 'שיחות',
    sanctions: 'סנקציות',
    resolution: 'החלטה',
    test: 'ניסוי נשק',
    deadline: 'מועד אחרון',
    statement: 'הצהרה',
    letter: 'מכתב',
    agreement: 'הסכם',
    protest: 'מחאה',
    trade: 'סחר',
    election: 'בחירות',
    other: 'אירוע',
  },
  statuses: {
    occurred: 'התרחש',
    scheduled: 'מתוכנן',
    expected: 'צפוי',
    postponed: 'נדחה',
    cancelled: 'בוטל',
    failed: 'נכשל',
  },
  relations: { follows: 'בעקבות', 'responds-to': 'בתגובה ל', 'leads-to': 'מוביל אל', 'part-of': 'חלק מ' },
  ahead: 'עתידי',
  deadline: 'מועד אחרון',
  deadlinePassed: 'המועד חלף',
  asOf: (date) => `נכון ל־${date}`,
  aheadBelow: 'האירועים שלהלן טרם התרחשו בעת הפרסום.',
  viewLabel: 'הצגת ציר הזמן',
  asRan: 'בעת הפרסום',
  whatNext: 'מה קרה אחר כך',
  filter: 'סינון אירועים',
  filterActors: 'סינון לפי צד',
  filterKinds: 'סינון לפי סוג',
  showAll: 'הצג הכול',
  shown: (shown, total) => (shown === total ? `${total} אירועים` : `מוצגים ${shown} מתוך ${total} אירועים`),
  events: 'אירועים',
  loading: 'טוען את ציר הזמן…',
  loadFailed: 'לא ניתן היה לטעון את ציר הזמן',
  keptLast: 'מוצגת הגרסה האחרונה שנטענה.',
  problems: (count) => `${count} בעיות בנתונים`,
  noEvents: 'אין עדיין אירועים בציר הזמן הזה.',
  noMatch: 'אין אירועים התואמים לסינון.',
  sources: 'מקורות',
  related: 'אירועים קשורים',
  actors: 'צדדים',
  location: 'מקום',
  credit: (credit) => `צילום: ${credit}`,
};

const TABLES: Record<string, UiStrings> = { en, ko, 'zh-CN': zhCN, zh: zhCN, ja, ar, he, iw: he };

/** The UI strings for a language tag: exact, then by language, then English. */
export function uiStrings(tag: string): UiStrings {
  if (TABLES[tag]) return TABLES[tag];
  const language = tag.split('-')[0]?.toLowerCase() ?? 'en';
  return TABLES[language] ?? en;
}
