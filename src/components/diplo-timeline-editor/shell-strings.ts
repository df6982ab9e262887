/**
 * The words of the editor's frame (header, toolbar, preview, storage), in every language the
 * readers' elements speak. The editor is a bundle of its own, so all of them ship with it.
 * The forms' words are in form/strings.ts.
 */
import { languageKey } from '../../i18n/strings.js';
import type { Plural } from '../../i18n/plural.js';

export interface ShellStrings {
  editor: string;
  untitled: string;
  undo: string;
  redo: string;
  undoWhat(label: string): string;
  redoWhat(label: string): string;
  errors: Plural;
  warnings: Plural;
  noProblems: string;
  problems: string;
  importLabel: string;
  openFile: string;
  dropHere: string;
  paste: string;
  pasteHint: string;
  fromUrl: string;
  urlHint: string;
  load: string;
  cancel: string;
  exportLabel: string;
  downloadJson: string;
  downloadCsv: string;
  copyEmbed: string;
  copyEmbedInline: string;
  copyHtml: string;
  copied: string;
  newTimeline: string;
  preview: string;
  vertical: string;
  horizontal: string;
  phone: string;
  desktop: string;
  saving: string;
  saved: string;
  notSaved: string;
  storageUnavailable: string;
  conflict: string;
  takeTheirs: string;
  keepMine: string;
  unsavedChanges: string;
  timelineSection: string;
  actorsSection: string;
  erasSection: string;
  eventsSection: string;
  selectEvent: string;
}

const en: ShellStrings = {
  editor: 'Timeline editor',
  untitled: 'Untitled timeline',
  undo: 'Undo',
  redo: 'Redo',
  undoWhat: (label) => `Undo: ${label}`,
  redoWhat: (label) => `Redo: ${label}`,
  errors: { one: (n) => `${n} error`, other: (n) => `${n} errors` },
  warnings: { one: (n) => `${n} warning`, other: (n) => `${n} warnings` },
  noProblems: 'No problems',
  problems: 'Problems',
  importLabel: 'Import',
  openFile: 'Open a file…',
  dropHere: 'Drop a file here: JSON, TimelineJS, CSV or TSV',
  paste: 'Paste…',
  pasteHint: 'Paste JSON, TimelineJS JSON, CSV or rows copied from a spreadsheet.',
  fromUrl: 'From a link…',
  urlHint: 'The link of a Google Sheet published as CSV, or of a JSON file.',
  load: 'Load',
  cancel: 'Cancel',
  exportLabel: 'Export',
  downloadJson: 'Download JSON',
  downloadCsv: 'Download CSV',
  copyEmbed: 'Copy embed code (data file)',
  copyEmbedInline: 'Copy embed code (data inline)',
  copyHtml: 'Copy HTML (readable without JavaScript)',
  copied: 'Copied to the clipboard.',
  newTimeline: 'New timeline',
  preview: 'Preview',
  vertical: 'List',
  horizontal: 'Time axis',
  phone: 'Phone',
  desktop: 'Desktop',
  saving: 'Saving…',
  saved: 'Saved in this browser',
  notSaved: 'Not exported since the last change',
  storageUnavailable: 'This browser does not let the editor save: export your work before you leave.',
  conflict: 'This timeline was changed in another tab.',
  takeTheirs: 'Use the other tab’s version',
  keepMine: 'Keep this version',
  unsavedChanges: 'You have changes that are not exported yet.',
  timelineSection: 'Timeline',
  actorsSection: 'Actors',
  erasSection: 'Eras',
  eventsSection: 'Events',
  selectEvent: 'Select an event in the list, or add one.',
};

const ko: ShellStrings = {
  editor: '타임라인 편집기',
  untitled: '제목 없는 타임라인',
  undo: '실행 취소',
  redo: '다시 실행',
  undoWhat: (label) => `실행 취소: ${label}`,
  redoWhat: (label) => `다시 실행: ${label}`,
  errors: { other: (n) => `오류 ${n}건` },
  warnings: { other: (n) => `경고 ${n}건` },
  noProblems: '문제 없음',
  problems: '문제',
  importLabel: '가져오기',
  openFile: '파일 열기…',
  dropHere: '여기에 파일을 놓으세요: JSON, TimelineJS, CSV, TSV',
  paste: '붙여넣기…',
  pasteHint: 'JSON, TimelineJS JSON, CSV 또는 스프레드시트에서 복사한 행을 붙여넣으세요.',
  fromUrl: '링크로…',
  urlHint: 'CSV로 게시한 Google 시트 링크 또는 JSON 파일 링크.',
  load: '불러오기',
  cancel: '취소',
  exportLabel: '내보내기',
  downloadJson: 'JSON 내려받기',
  downloadCsv: 'CSV 내려받기',
  copyEmbed: '삽입 코드 복사 (데이터 파일)',
  copyEmbedInline: '삽입 코드 복사 (데이터 포함)',
  copyHtml: 'HTML 복사 (자바스크립트 없이 읽힘)',
  copied: '클립보드에 복사했습니다.',
  newTimeline: '새 타임라인',
  preview: '미리 보기',
  vertical: '목록',
  horizontal: '시간 축',
  phone: '휴대전화',
  desktop: '데스크톱',
  saving: '저장 중…',
  saved: '이 브라우저에 저장됨',
  notSaved: '마지막 변경 후 내보내지 않음',
  storageUnavailable: '이 브라우저에서는 편집기가 저장할 수 없습니다. 나가기 전에 내보내세요.',
  conflict: '다른 탭에서 이 타임라인이 바뀌었습니다.',
  takeTheirs: '다른 탭의 내용 사용',
  keepMine: '이 내용 유지',
  unsavedChanges: '아직 내보내지 않은 변경 사항이 있습니다.',
  timelineSection: '타임라인',
  actorsSection: '행위자',
  erasSection: '시기',
  eventsSection: '사건',
  selectEvent: '목록에서 사건을 고르거나 새로 추가하세요.',
};

const zh: ShellStrings = {
  editor: '时间线编辑器',
  untitled: '未命名时间线',
  undo: '撤销',
  redo: '重做',
  undoWhat: (label) => `撤销：${label}`,
  redoWhat: (label) => `重做：${label}`,
  errors: { other: (n) => `${n}个错误` },
  warnings: { other: (n) => `${n}个警告` },
  noProblems: '没有问题',
  problems: '问题',
  importLabel: '导入',
  openFile: '打开文件…',
  dropHere: '将文件拖放到这里：JSON、TimelineJS、CSV 或 TSV',
  paste: '粘贴…',
  pasteHint: '粘贴 JSON、TimelineJS JSON、CSV 或从电子表格复制的行。',
  fromUrl: '通过链接…',
  urlHint: '以 CSV 格式发布的 Google 表格链接，或 JSON 文件的链接。',
  load: '载入',
  cancel: '取消',
  exportLabel: '导出',
  downloadJson: '下载 JSON',
  downloadCsv: '下载 CSV',
  copyEmbed: '复制嵌入代码（数据文件）',
  copyEmbedInline: '复制嵌入代码（内嵌数据）',
  copyHtml: '复制 HTML（无需 JavaScript 即可阅读）',
  copied: '已复制到剪贴板。',
  newTimeline: '新建时间线',
  preview: '预览',
  vertical: '列表',
  horizontal: '时间轴',
  phone: '手机',
  desktop: '桌面',
  saving: '正在保存…',
  saved: '已保存在此浏览器中',
  notSaved: '上次修改后尚未导出',
  storageUnavailable: '此浏览器不允许编辑器保存：离开前请先导出。',
  conflict: '此时间线已在另一个标签页中被修改。',
  takeTheirs: '使用另一个标签页的版本',
  keepMine: '保留此版本',
  unsavedChanges: '有尚未导出的修改。',
  timelineSection: '时间线',
  actorsSection: '参与方',
  erasSection: '时期',
  eventsSection: '事件',
  selectEvent: '在列表中选择一个事件，或添加一个。',
};

const zhHant: ShellStrings = {
  ...zh,
  editor: '時間軸編輯器',
  untitled: '未命名時間軸',
  undo: '復原',
  redo: '重做',
  undoWhat: (label) => `復原：${label}`,
  redoWhat: (label) => `重做：${label}`,
  errors: { other: (n) => `${n} 個錯誤` },
  warnings: { other: (n) => `${n} 個警告` },
  noProblems: '沒有問題',
  problems: '問題',
  importLabel: '匯入',
  openFile: '開啟檔案…',
  dropHere: '將檔案拖放到這裡：JSON、TimelineJS、CSV 或 TSV',
  paste: '貼上…',
  pasteHint: '貼上 JSON、TimelineJS JSON、CSV 或從試算表複製的列。',
  fromUrl: '透過連結…',
  urlHint: '以 CSV 格式發佈的 Google 試算表連結，或 JSON 檔案的連結。',
  load: '載入',
  cancel: '取消',
  exportLabel: '匯出',
  downloadJson: '下載 JSON',
  downloadCsv: '下載 CSV',
  copyEmbed: '複製嵌入程式碼（資料檔案）',
  copyEmbedInline: '複製嵌入程式碼（內嵌資料）',
  copyHtml: '複製 HTML（不需 JavaScript 即可閱讀）',
  copied: '已複製到剪貼簿。',
  newTimeline: '新增時間軸',
  preview: '預覽',
  vertical: '清單',
  horizontal: '時間軸',
  phone: '手機',
  desktop: '桌面',
  saving: '儲存中…',
  saved: '已儲存在此瀏覽器中',
  notSaved: '上次修改後尚未匯出',
  storageUnavailable: '此瀏覽器不允許編輯器儲存：離開前請先匯出。',
  conflict: '此時間軸已在另一個分頁中被修改。',
  takeTheirs: '使用另一個分頁的版本',
  keepMine: '保留此版本',
  unsavedChanges: '有尚未匯出的修改。',
  timelineSection: '時間軸',
  actorsSection: '參與方',
  erasSection: '時期',
  eventsSection: '事件',
  selectEvent: '在清單中選擇一個事件，或新增一個。',
};

const ja: ShellStrings = {
  editor: 'タイムライン編集',
  untitled: '無題のタイムライン',
  undo: '元に戻す',
  redo: 'やり直す',
  undoWhat: (label) => `元に戻す：${label}`,
  redoWhat: (label) => `やり直す：${label}`,
  errors: { other: (n) => `エラー ${n} 件` },
  warnings: { other: (n) => `警告 ${n} 件` },
  noProblems: '問題なし',
  problems: '問題',
  importLabel: '読み込み',
  openFile: 'ファイルを開く…',
  dropHere: 'ここにファイルをドロップ：JSON、TimelineJS、CSV、TSV',
  paste: '貼り付け…',
  pasteHint: 'JSON、TimelineJS の JSON、CSV、またはスプレッドシートからコピーした行を貼り付けてください。',
  fromUrl: 'リンクから…',
  urlHint: 'CSV として公開した Google スプレッドシートのリンク、または JSON ファイルのリンク。',
  load: '読み込む',
  cancel: 'キャンセル',
  exportLabel: '書き出し',
  downloadJson: 'JSON をダウンロード',
  downloadCsv: 'CSV をダウンロード',
  copyEmbed: '埋め込みコードをコピー（データファイル）',
  copyEmbedInline: '埋め込みコードをコピー（データを含む）',
  copyHtml: 'HTML をコピー（JavaScript なしで読める）',
  copied: 'クリップボードにコピーしました。',
  newTimeline: '新しいタイムライン',
  preview: 'プレビュー',
  vertical: 'リスト',
  horizontal: '時間軸',
  phone: 'スマートフォン',
  desktop: 'デスクトップ',
  saving: '保存中…',
  saved: 'このブラウザーに保存済み',
  notSaved: '最後の変更以降、書き出していません',
  storageUnavailable: 'このブラウザーでは保存できません。離れる前に書き出してください。',
  conflict: 'このタイムラインは別のタブで変更されました。',
  takeTheirs: '別のタブの版を使う',
  keepMine: 'この版を残す',
  unsavedChanges: 'まだ書き出していない変更があります。',
  timelineSection: 'タイムライン',
  actorsSection: '当事者',
  erasSection: '時期',
  eventsSection: '出来事',
  selectEvent: 'リストから出来事を選ぶか、追加してください。',
};

const ar: ShellStrings = {
  editor: 'محرر الخط الزمني',
  untitled: 'خط زمني بلا عنوان',
  undo: 'تراجع',
  redo: 'إعادة',
  undoWhat: (label) => `تراجع: ${label}`,
  redoWhat: (label) => `إعادة: ${label}`,
  errors: {
    zero: () => 'لا أخطاء',
    one: () => 'خطأ واحد',
    two: () => 'خطآن',
    few: (n) => `${n} أخطاء`,
    many: (n) => `${n} خطأً`,
    other: (n) => `${n} خطأ`,
  },
  warnings: {
    zero: () => 'لا تحذيرات',
    one: () => 'تحذير واحد',
    two: () => 'تحذيران',
    few: (n) => `${n} تحذيرات`,
    many: (n) => `${n} تحذيرًا`,
    other: (n) => `${n} تحذير`,
  },
  noProblems: 'لا مشكلات',
  problems: 'المشكلات',
  importLabel: 'استيراد',
  openFile: 'فتح ملف…',
  dropHere: 'أفلت ملفًا هنا: JSON أو TimelineJS أو CSV أو TSV',
  paste: 'لصق…',
  pasteHint: 'الصق JSON أو JSON من TimelineJS أو CSV أو صفوفًا منسوخة من جدول بيانات.',
  fromUrl: 'من رابط…',
  urlHint: 'رابط جدول Google منشور بصيغة CSV، أو رابط ملف JSON.',
  load: 'تحميل',
  cancel: 'إلغاء',
  exportLabel: 'تصدير',
  downloadJson: 'تنزيل JSON',
  downloadCsv: 'تنزيل CSV',
  copyEmbed: 'نسخ شيفرة التضمين (ملف بيانات)',
  copyEmbedInline: 'نسخ شيفرة التضمين (البيانات مضمّنة)',
  copyHtml: 'نسخ HTML (يُقرأ دون JavaScript)',
  copied: 'نُسخ إلى الحافظة.',
  newTimeline: 'خط زمني جديد',
  preview: 'معاينة',
  vertical: 'قائمة',
  horizontal: 'محور زمني',
  phone: 'هاتف',
  desktop: 'حاسوب',
  saving: 'جارٍ الحفظ…',
  saved: 'محفوظ في هذا المتصفح',
  notSaved: 'لم يُصدَّر منذ آخر تغيير',
  storageUnavailable: 'لا يسمح هذا المتصفح للمحرر بالحفظ: صدّر عملك قبل المغادرة.',
  conflict: 'تغيّر هذا الخط الزمني في علامة تبويب أخرى.',
  takeTheirs: 'استخدام نسخة علامة التبويب الأخرى',
  keepMine: 'الإبقاء على هذه النسخة',
  unsavedChanges: 'لديك تغييرات لم تُصدَّر بعد.',
  timelineSection: 'الخط الزمني',
  actorsSection: 'الأطراف',
  erasSection: 'الحقب',
  eventsSection: 'الأحداث',
  selectEvent: 'اختر حدثًا من القائمة، أو أضف حدثًا.',
};

const he: ShellStrings = {
  editor: 'עורך ציר הזמן',
  untitled: 'ציר זמן ללא שם',
  undo: 'ביטול',
  redo: 'חזרה',
  undoWhat: (label) => `ביטול: ${label}`,
  redoWhat: (label) => `חזרה: ${label}`,
  errors: { one: () => 'שגיאה אחת', two: () => 'שתי שגיאות', other: (n) => `${n} שגיאות` },
  warnings: { one: () => 'אזהרה אחת', two: () => 'שתי אזהרות', other: (n) => `${n} אזהרות` },
  noProblems: 'אין בעיות',
  problems: 'בעיות',
  importLabel: 'ייבוא',
  openFile: 'פתיחת קובץ…',
  dropHere: 'שחררו כאן קובץ: JSON‏, TimelineJS‏, CSV או TSV',
  paste: 'הדבקה…',
  pasteHint: 'הדביקו JSON‏, JSON של TimelineJS‏, CSV או שורות שהועתקו מגיליון.',
  fromUrl: 'מקישור…',
  urlHint: 'קישור לגיליון Google שפורסם כ־CSV, או לקובץ JSON.',
  load: 'טעינה',
  cancel: 'ביטול',
  exportLabel: 'ייצוא',
  downloadJson: 'הורדת JSON',
  downloadCsv: 'הורדת CSV',
  copyEmbed: 'העתקת קוד הטמעה (קובץ נתונים)',
  copyEmbedInline: 'העתקת קוד הטמעה (נתונים בתוך הדף)',
  copyHtml: 'העתקת HTML (קריא בלי JavaScript)',
  copied: 'הועתק ללוח.',
  newTimeline: 'ציר זמן חדש',
  preview: 'תצוגה מקדימה',
  vertical: 'רשימה',
  horizontal: 'ציר זמן',
  phone: 'טלפון',
  desktop: 'מחשב',
  saving: 'שומר…',
  saved: 'נשמר בדפדפן הזה',
  notSaved: 'לא יוצא מאז השינוי האחרון',
  storageUnavailable: 'הדפדפן הזה אינו מאפשר לעורך לשמור: ייצאו את העבודה לפני היציאה.',
  conflict: 'ציר הזמן הזה שונה בכרטיסייה אחרת.',
  takeTheirs: 'שימוש בגרסה של הכרטיסייה האחרת',
  keepMine: 'השארת הגרסה הזו',
  unsavedChanges: 'יש שינויים שעדיין לא יוצאו.',
  timelineSection: 'ציר הזמן',
  actorsSection: 'צדדים',
  erasSection: 'תקופות',
  eventsSection: 'אירועים',
  selectEvent: 'בחרו אירוע ברשימה, או הוסיפו אחד.',
};

const TABLES: Record<string, ShellStrings> = { en, ko, zh, 'zh-Hant': zhHant, ja, ar, he };

/** The frame's words for a language tag (English for a language without a table). */
export function shellStrings(tag: string): ShellStrings {
  return TABLES[languageKey(tag)] ?? en;
}
