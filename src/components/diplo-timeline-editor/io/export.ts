/**
 * Export: the draft as a JSON file (what the author typed, everything kept), as a spreadsheet
 * (what validates: a CSV cannot carry what the checker left out), and as the HTML to paste
 * into a page (the bundle's script and the element, with the data at an address or inline);
 * a file download and a copy to the clipboard.
 */
import { slug } from '../../../importers/ids.js';
import { jsonForScript, parseTimeline } from '../../../model/index.js';
import type { Draft } from '../state/draft.js';

/** The `$schema` a JSON export names by default: the schema beside the data file, as in docs/data-format.md. */
export const SCHEMA_ADDRESS = './timeline.schema.json';

/**
 * The draft as a data file: as typed (entries with problems too: nothing is lost), pretty
 * printed, with `$schema` first so that an editor offers completion.
 *
 * @example
 * downloadFile(fileName(store.draft, 'json'), exportJSON(store.draft), 'application/json');
 */
export function exportJSON(draft: Draft, options: { schema?: string } = {}): string {
  const rest = Object.fromEntries(Object.entries(draft).filter(([key]) => key !== '$schema'));
  return `${JSON.stringify({ $schema: options.schema ?? SCHEMA_ADDRESS, ...rest }, null, 2)}\n`;
}

export interface CSVExport {
  text: string;
  /** What the sheet does not hold, in English, one sentence each; empty when it holds everything. */
  notCarried: string[];
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * The timeline as a spreadsheet (`toCSV`), with what it leaves behind: a sheet holds the
 * timeline that validates, so entries with errors and values the checker set aside are not in
 * it (the JSON export keeps them), and a list cell cannot hold an item with `;` or `|` in it.
 * Loads the spreadsheet writer on first use.
 */
export async function exportCSV(draft: Draft, options: { delimiter?: string } = {}): Promise<CSVExport> {
  const { toCSV } = await import('../../../importers/csv/index.js');
  const { timeline, problems } = parseTimeline(draft);
  const notCarried: string[] = [];
  const length = (key: string) => (Array.isArray(draft[key]) ? (draft[key] as unknown[]).length : 0);
  for (const [key, one, many, kept] of [
    ['events', 'event', 'events', timeline.events.length],
    ['actors', 'actor', 'actors', timeline.actors.length],
    ['eras', 'era', 'eras', timeline.eras?.length ?? 0],
  ] as const) {
    const left = length(key) - kept;
    if (left > 0) notCarried.push(`${plural(left, one, many)} with errors ${left === 1 ? 'is' : 'are'} not in the sheet; fix them, or export JSON, which keeps them.`);
  }
  const warnings = problems.filter((problem) => problem.severity === 'warning').length;
  if (warnings) notCarried.push(`${plural(warnings, 'value', 'values')} with warnings may be left out or replaced in the sheet, as a reader's page would show them.`);
  const split = timeline.events.filter((event) => [...event.actors, ...(event.tags ?? [])].some((item) => /[;|]/.test(item))).length;
  if (split) notCarried.push(`${plural(split, 'event has', 'events have')} a tag or actor with “;” or “|” in it, which a sheet's list cell reads as two.`);
  return { text: toCSV(timeline, options), notCarried };
}

/** Text for an attribute's value in double quotes. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface EmbedOptions {
  /** The address of `diplo-timeline.bundle.js` (with `chunks/` beside it). */
  bundleUrl: string;
  lang?: string;
  /** The story's date (`YYYY-MM-DD`), when it is not the data's `asOf`. */
  asOf?: string;
  layout?: 'auto' | 'vertical' | 'horizontal';
}

function attributes(options: EmbedOptions): string {
  let text = '';
  if (options.lang) text += ` lang="${attribute(options.lang)}"`;
  if (options.asOf) text += ` as-of="${attribute(options.asOf)}"`;
  if (options.layout && options.layout !== 'auto') text += ` layout="${attribute(options.layout)}"`;
  return text;
}

const script = (options: EmbedOptions) => `<script type="module" src="${attribute(options.bundleUrl)}"></script>`;

/**
 * HTML to paste into a page: the bundle's script and the element reading the data file at
 * `src` (a link to the data for readers without JavaScript).
 *
 * @example
 * embedSnippet({ bundleUrl: 'https://cdn.example/diplo-timeline/dist/diplo-timeline.bundle.js', src: 'talks.json' })
 */
export function embedSnippet(options: EmbedOptions & { src: string }): string {
  const src = attribute(options.src);
  return `${script(options)}\n\n<diplo-timeline src="${src}"${attributes(options)}>\n  <p><a href="${src}">The timeline’s data</a></p>\n</diplo-timeline>\n`;
}

/**
 * HTML to paste into a page with the data inline (a CMS field will do): the draft as JSON in a
 * `<script type="application/json">`, every `<` escaped so that nothing in the data can end
 * the script or start markup.
 */
export function inlineEmbedSnippet(draft: Draft, options: EmbedOptions): string {
  const data = Object.fromEntries(Object.entries(draft).filter(([key]) => key !== '$schema'));
  return `${script(options)}\n\n<diplo-timeline${attributes(options)}>\n  <script type="application/json">${jsonForScript(data)}</script>\n</diplo-timeline>\n`;
}

/** A file name for the draft: its title as a slug, else "timeline". */
export function fileName(draft: Draft, extension: string): string {
  const title = typeof draft.title === 'string' ? draft.title : '';
  return `${slug(title).slice(0, 80) || 'timeline'}.${extension}`;
}

/** Object URLs live this long after a download starts (a browser may still be reading one right after the click). */
const REVOKE_AFTER_MS = 40_000;

/**
 * Saves text (or a Blob) as a file: an object URL, a temporary `<a download>` clicked, the URL
 * revoked once the download has surely started.
 */
export function downloadFile(name: string, contents: string | Blob, type = 'application/json', revokeAfter = REVOKE_AFTER_MS): void {
  const blob = typeof contents === 'string' ? new Blob([contents], { type: `${type};charset=utf-8` }) : contents;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, revokeAfter);
}

/**
 * Copies text to the clipboard: the Clipboard API, else (an insecure page, a refused
 * permission) a selected text area and the copy command. True when it was copied.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    // Out of sight, never scrolled to; the copy command needs a selection in the document.
    area.style.position = 'fixed';
    area.style.insetBlockStart = '-100vh';
    const focused = document.activeElement;
    document.body.append(area);
    area.select();
    let copied = false;
    try {
      // The only copy there is without the Clipboard API; deprecated, still supported everywhere.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    if (focused instanceof HTMLElement) focused.focus();
    return copied;
  }
}
