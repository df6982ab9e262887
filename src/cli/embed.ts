/**
 * `diplo-timeline embed PAGE…`: fills each timeline block of a Markdown or HTML page with the
 * timeline rendered on the server (readable without JavaScript, found by search engines), in
 * place. A block is a pair of comments on lines of their own; the first names the data file,
 * relative to the page, and may set options:
 *
 *     <!-- diplo-timeline data/timeline.json lang=ko layout=vertical -->
 *     <!-- /diplo-timeline -->
 *
 * What is between the two comments is replaced, so running it again brings the page up to date.
 * The timeline goes in as a Markdown-safe block (see `RenderTimelineOptions.markdown`), which
 * any Markdown tool passes through as it is, and an HTML page takes as it is.
 */
import { parsePartialDate, type Problem } from '../model/index.js';
import { renderFile, type RenderFileOptions } from './render.js';
import type { FileReport } from './read.js';

export type EmbedOptions = Pick<RenderFileOptions, 'lang' | 'asOf' | 'layout' | 'headingLevel'>;

export interface EmbedBlock {
  /** The line of the opening comment (1-based). */
  line: number;
  /** The data file as the comment names it (relative to the page). */
  file: string;
  options: EmbedOptions;
  /** Where the old content between the two comments starts and ends in the page's text. */
  from: number;
  to: number;
}

export interface BlockReport {
  line: number;
  file: string;
  /** Undefined when the file could not be read: the block keeps what it had. */
  report?: FileReport;
  /** The data's problems and the renderer's. */
  problems: Problem[];
}

const COMMENT = /<!--\s*(\/?)diplo-timeline\b([\s\S]*?)-->/g;
const LAYOUTS = ['auto', 'vertical', 'horizontal'];

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The value of one `name=value` option of a block, or why it is not one. */
function option(name: string, value: string, into: EmbedOptions): string | undefined {
  if (name === 'lang') into.lang = value;
  else if (name === 'layout') {
    if (!LAYOUTS.includes(value)) return `layout=${value}: say ${LAYOUTS.join(', ')}`;
    into.layout = value as EmbedOptions['layout'];
  } else if (name === 'as-of') {
    const date = parsePartialDate(value);
    if (!date.ok) return `as-of=${value}: ${date.reason}`;
    into.asOf = value;
  } else if (name === 'heading-level') {
    const level = Number(value);
    if (!Number.isInteger(level) || level < 2 || level > 6) return `heading-level=${value}: say a number from 2 to 6`;
    into.headingLevel = level;
  } else return `unknown option "${name}" (lang, as-of, layout, heading-level)`;
  return undefined;
}

/** The page's timeline blocks, or the first thing wrong with them, as "line N: …". */
export function findBlocks(page: string): { blocks: EmbedBlock[]; error?: string } {
  const blocks: EmbedBlock[] = [];
  let open: { line: number; file: string; options: EmbedOptions; from: number } | undefined;
  for (const match of page.matchAll(COMMENT)) {
    const line = lineAt(page, match.index);
    const closing = match[1] === '/';
    if (closing) {
      if (!open) return { blocks, error: `line ${String(line)}: <!-- /diplo-timeline --> closes no block` };
      blocks.push({ ...open, to: match.index });
      open = undefined;
      continue;
    }
    if (open) return { blocks, error: `line ${String(open.line)}: the block that opens here does not close before line ${String(line)} (add <!-- /diplo-timeline -->)` };
    // The file, in quotes when its name has spaces, then name=value options.
    const words = [...(match[2] ?? '').matchAll(/"([^"]*)"|(\S+)/g)].map((word) => word[1] ?? word[2] ?? '');
    const [file, ...rest] = words;
    if (!file || file.includes('=')) return { blocks, error: `line ${String(line)}: name the data file, as in <!-- diplo-timeline data/timeline.json -->` };
    const options: EmbedOptions = {};
    for (const word of rest) {
      const [name = '', ...value] = word.split('=');
      const wrong = value.length ? option(name, value.join('='), options) : `"${word}": write options as name=value`;
      if (wrong) return { blocks, error: `line ${String(line)}: ${wrong}` };
    }
    open = { line, file, options, from: match.index + match[0].length };
  }
  if (open) return { blocks, error: `line ${String(open.line)}: the block that opens here does not close (add <!-- /diplo-timeline -->)` };
  return { blocks };
}

/**
 * The page with every block filled. `read` reads a block's data file (named relative to the
 * page); the command line's defaults give way to a block's own options.
 */
export async function embedTimelines(
  page: string,
  read: (file: string) => Promise<FileReport | undefined>,
  defaults: EmbedOptions = {},
): Promise<{ text: string; blocks: BlockReport[]; error?: string }> {
  const { blocks, error } = findBlocks(page);
  if (error) return { text: page, blocks: [], error };
  const reports: BlockReport[] = [];
  // A page written with Windows line ends keeps them.
  const eol = page.includes('\r\n') ? '\r\n' : '\n';
  let text = '';
  let done = 0;
  for (const block of blocks) {
    const report = await read(block.file);
    text += page.slice(done, block.from);
    if (report) {
      const { html, problems } = await renderFile(report.timeline, { ...defaults, ...block.options, markdown: true });
      text += `\n${html}`.replace(/\r?\n/g, eol);
      reports.push({ line: block.line, file: block.file, report, problems: [...report.problems, ...problems] });
    } else {
      text += page.slice(block.from, block.to);
      reports.push({ line: block.line, file: block.file, problems: [] });
    }
    done = block.to;
  }
  return { text: text + page.slice(done), blocks: reports };
}
