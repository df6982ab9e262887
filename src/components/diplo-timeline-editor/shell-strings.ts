/**
 * The words of the editor's frame (header, toolbar, preview, storage), in every language the
 * readers' elements speak. The editor is a bundle of its own, so all of them ship with it.
 * Each language other than English has its own file in shell-strings/; the forms' words are
 * in form/strings.ts.
 */
import { languageKey } from '../../i18n/strings.js';
import type { Plural } from '../../i18n/plural.js';
import type { NotATimelineKind } from './io/import.js';
import { strings as ko } from './shell-strings/ko.js';
import { strings as zh } from './shell-strings/zh-CN.js';
import { strings as zhHant } from './shell-strings/zh-Hant.js';
import { strings as ja } from './shell-strings/ja.js';
import { strings as ar } from './shell-strings/ar.js';
import { strings as he } from './shell-strings/he.js';

export interface ShellStrings {
  editor: string;
  untitled: string;
  undo: string;
  redo: string;
  undoWhat(label: string): string;
  redoWhat(label: string): string;
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
  /** After an import: how many events came in, and how many problems they have. */
  imported: Plural;
  importedProblems: Plural;
  /** What a file is when it is not a timeline, and what to open instead. */
  notATimeline: Record<NotATimelineKind, string>;
  conflictTheirs(title: string, events: string): string;
  saveFailed: string;
  bundleHint: string;
}

const en: ShellStrings = {
  editor: 'Timeline editor',
  untitled: 'Untitled timeline',
  undo: 'Undo',
  redo: 'Redo',
  undoWhat: (label) => `Undo: ${label}`,
  redoWhat: (label) => `Redo: ${label}`,
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
  imported: { one: (n) => `Imported ${n} event.`, other: (n) => `Imported ${n} events.` },
  importedProblems: { one: (n) => `${n} problem to look at, shown beside its field.`, other: (n) => `${n} problems to look at, shown beside their fields.` },
  notATimeline: {
    empty: 'The file is empty.',
    pdf: 'This is a PDF, not a timeline. Open a timeline’s JSON file or a spreadsheet saved as CSV or TSV.',
    image: 'This is an image, not a timeline. Open a timeline’s JSON file or a spreadsheet saved as CSV or TSV.',
    workbook: 'This is a spreadsheet workbook (Excel or similar). Save the sheet as CSV and open that.',
    binary: 'This file is not text. Open a timeline’s JSON file or a spreadsheet saved as CSV or TSV.',
    html: 'This is a web page, not a timeline’s data.',
    'sign-in': 'This is a sign-in page: the sheet is not published. In Google Sheets, File → Share → Publish to web, choose the tab and CSV, and use that link.',
    json: 'This JSON is not a timeline: it has no events.',
    text: 'This text is not a timeline: neither JSON nor rows with a header the editor knows.',
    unreachable: 'The address could not be read.',
  },
  conflictTheirs: (title, events) => `The other tab has “${title}” with ${events}.`,
  saveFailed: 'Saving failed.',
  bundleHint: 'The embed code loads the script from where this editor came from; change the address if you publish elsewhere.',
};

const TABLES: Record<string, ShellStrings> = { en, ko, zh, 'zh-Hant': zhHant, ja, ar, he };

/** The frame's words for a language tag (English for a language without a table). */
export function shellStrings(tag: string): ShellStrings {
  return TABLES[languageKey(tag)] ?? en;
}
