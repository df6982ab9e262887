/**
 * What a file is when it is not a timeline: an image, a PDF, a workbook, a web page, a
 * sign-in wall. Recognised by the first bytes (the format's own signature, not the name, which
 * may lie), so that the author gets one message that says what the file is and what to open
 * instead.
 */

/** The kinds of input that are not a timeline, each with its own message. */
export type NotATimelineKind = 'empty' | 'pdf' | 'image' | 'workbook' | 'binary' | 'html' | 'sign-in' | 'json' | 'text' | 'unreachable';

export interface NotATimeline {
  ok: false;
  kind: NotATimelineKind;
  /** One sentence (or two) for the author: what this is, and what to do. */
  message: string;
}

const OPEN_INSTEAD = 'Open a timeline’s JSON file (this editor’s, or a TimelineJS file) or a spreadsheet saved as CSV or TSV.';

export const notATimeline = (kind: NotATimelineKind, message: string): NotATimeline => ({ ok: false, kind, message });

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => Array.from(new TextEncoder().encode(text));

const IMAGES: [string, readonly number[], number?][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', ascii('GIF8')],
  ['WebP', ascii('WEBP'), 8],
  ['AVIF', ascii('ftypavif'), 4],
  ['HEIC', ascii('ftypheic'), 4],
];

/**
 * A message for bytes that are no text a timeline can be read from; undefined for text.
 *
 * @example
 * sniffBytes(await file.bytes())?.message // "This is a PDF document, not a timeline. …"
 */
export function sniffBytes(bytes: Uint8Array, contentType = ''): NotATimeline | undefined {
  if (bytes.length === 0) return notATimeline('empty', 'The file is empty.');
  if (startsWith(bytes, ascii('%PDF-'))) return notATimeline('pdf', `This is a PDF document, not a timeline. ${OPEN_INSTEAD}`);
  for (const [name, signature, at] of IMAGES) {
    if (startsWith(bytes, signature, at)) return notATimeline('image', `This is an image (${name}), not a timeline. ${OPEN_INSTEAD}`);
  }
  if (startsWith(bytes, [0x3c, 0x73, 0x76, 0x67]) || /^image\//i.test(contentType)) {
    return notATimeline('image', `This is an image, not a timeline. ${OPEN_INSTEAD}`);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return notATimeline(
      'workbook',
      'This is a workbook (Excel, Numbers or OpenDocument) or another zipped file, not CSV: save the sheet as “CSV UTF-8” (Excel: File → Save As; Google Sheets: File → Download → Comma-separated values) and open that.',
    );
  }
  // Text never holds a NUL byte, except UTF-16 (which starts with its byte-order mark).
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 4096).includes(0)) {
    return notATimeline('binary', `This file is not text (a program, an archive or a document?), so it is not a timeline. ${OPEN_INSTEAD}`);
  }
  return undefined;
}

/** An HTML page where a timeline was expected; `signIn` when it asks to sign in (a Google Sheet that is not published). */
export function htmlPage(signIn: boolean, publishSteps: string): NotATimeline {
  if (signIn) {
    return notATimeline('sign-in', `This is a sign-in page, not a timeline: the Google Sheet is not published to the web, or this is its editing link. ${publishSteps}.`);
  }
  return notATimeline(
    'html',
    'This is a web page (HTML), not a timeline. Give the data itself: a .json file, or the CSV link of a Google Sheet published to the web (it ends in output=csv).',
  );
}

/** A Google Sheet's editing or viewing link, which answers a page, never the data. */
export function isSheetEditingLink(address: string): boolean {
  return /^https:\/\/docs\.google\.com\/spreadsheets\/d\/[^/]+\/(?:edit|view|htmlview)\b/.test(address) || /^https:\/\/docs\.google\.com\/spreadsheets\/d\/[^/]+\/?$/.test(address);
}
