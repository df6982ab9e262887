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
 * a Markdown tool that allows raw HTML passes through as it is, and an HTML page takes as it is.
 * A comment counts where it starts a line (indented three spaces at most), and, in Markdown,
 * outside fenced code: a page may show the syntax without being filled.
 */
import type { Problem } from '../model/index.js';
import { asOfProblem, headingLevelProblem, langProblem, layoutProblem } from './options.js';
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
  /** Why the block keeps what it had: its file could not be read, or its data has errors. */
  kept?: 'unreadable' | 'errors';
  /** The data's problems and the renderer's. */
  problems: Problem[];
}

// Only where a comment starts a line; the name ends at a space or at the comment's end.
const COMMENT = /^ {0,3}<!--[ \t]*(\/?)diplo-timeline(?=\s|-->)([\s\S]*?)-->/gm;

/** Where fenced code runs in a Markdown page (``` or ~~~, to its closing fence or the end). */
function fencedCode(page: string): [number, number][] {
  const ranges: [number, number][] = [];
  let fence: { char: string; length: number; start: number } | undefined;
  let offset = 0;
  for (const line of page.split('\n')) {
    const mark = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line.replace(/\r$/, ''));
    if (fence) {
      if (mark?.[1]?.startsWith(fence.char) && mark[1].length >= fence.length && !mark[2]?.trim()) {
        ranges.push([fence.start, offset + line.length]);
        fence = undefined;
      }
    } else if (mark?.[1] && !(mark[1].startsWith('`') && mark[2]?.includes('`'))) fence = { char: mark[1][0] ?? '`', length: mark[1].length, start: offset };
    offset += line.length + 1;
  }
  if (fence) ranges.push([fence.start, page.length]);
  return ranges;
}

/** The value of one `name=value` option of a block, or why it is not one. */
function option(name: string, value: string, into: EmbedOptions): string | undefined {
  const check = { lang: langProblem, layout: layoutProblem, 'as-of': asOfProblem, 'heading-level': headingLevelProblem }[name];
  if (!check) return `unknown option "${name}" (lang, as-of, layout, heading-level)`;
  const wrong = check(value);
  if (wrong) return `${name}=${value}: ${wrong}`;
  if (name === 'lang') into.lang = value;
  else if (name === 'layout') into.layout = value as EmbedOptions['layout'];
  else if (name === 'as-of') into.asOf = value;
  else into.headingLevel = Number(value);
  return undefined;
}

/**
 * The page's timeline blocks, or the first thing wrong with them, as "line N: …". In a
 * Markdown page (`markdown`), comments in fenced code are text, not blocks.
 */
export function findBlocks(page: string, { markdown = true } = {}): { blocks: EmbedBlock[]; error?: string } {
  const blocks: EmbedBlock[] = [];
  const code = markdown ? fencedCode(page) : [];
  let open: { line: number; file: string; options: EmbedOptions; from: number } | undefined;
  let line = 1;
  let counted = 0;
  for (const match of page.matchAll(COMMENT)) {
    if (code.some(([start, end]) => match.index >= start && match.index < end)) continue;
    for (let i = page.indexOf('\n', counted); i !== -1 && i < match.index; i = page.indexOf('\n', i + 1)) line++;
    counted = match.index;
    const closing = match[1] === '/';
    if (closing) {
      if (!open) return { blocks, error: `line ${String(line)}: <!-- /diplo-timeline --> closes no block` };
      blocks.push({ ...open, to: match.index });
      open = undefined;
      continue;
    }
    if (open) return { blocks, error: `line ${String(open.line)}: the block that opens here does not close before line ${String(line)} (add <!-- /diplo-timeline -->)` };
    // The file, in quotes when its name has spaces, then name=value options (values may be quoted).
    const words = [...(match[2] ?? '').matchAll(/"([^"]*)"|(\S+)/g)].map((word) => word[1] ?? word[2] ?? '');
    const [file, ...rest] = words;
    if (!file || file.includes('=')) return { blocks, error: `line ${String(line)}: name the data file, as in <!-- diplo-timeline data/timeline.json -->` };
    const options: EmbedOptions = {};
    for (const word of rest) {
      const [name = '', ...value] = word.split('=');
      const wrong = value.length ? option(name, value.join('=').replace(/^"(.*)"$/, '$1'), options) : `"${word}": write options as name=value`;
      if (wrong) return { blocks, error: `line ${String(line)}: ${wrong}` };
    }
    open = { line, file, options, from: match.index + match[0].length };
  }
  if (open) return { blocks, error: `line ${String(open.line)}: the block that opens here does not close (add <!-- /diplo-timeline -->)` };
  return { blocks };
}

/**
 * The page with every block filled. `read` reads a block's data file (named relative to the
 * page); the command line's defaults give way to a block's own options. A block whose file
 * cannot be read, or whose data has errors, keeps what it had (a page never loses a good
 * timeline to a broken file); an empty one gets what the data keeps. Data with no `asOf`, and
 * no as-of given, keeps the as-of date the block was drawn with (else today's, the first time):
 * the page changes only when its data does.
 */
export async function embedTimelines(
  page: string,
  read: (file: string) => Promise<FileReport | undefined>,
  defaults: EmbedOptions = {},
  { markdown = true } = {},
): Promise<{ text: string; blocks: BlockReport[]; error?: string }> {
  const { blocks, error } = findBlocks(page, { markdown });
  if (error) return { text: page, blocks: [], error };
  const reports: BlockReport[] = [];
  // A page written with Windows line ends keeps them.
  const eol = page.includes('\r\n') ? '\r\n' : '\n';
  let text = '';
  let done = 0;
  for (const block of blocks) {
    const report = await read(block.file);
    const old = page.slice(block.from, block.to);
    text += page.slice(done, block.from);
    done = block.to;
    const failed = report?.problems.some((problem) => problem.severity === 'error');
    if (!report || (failed && old.trim())) {
      text += old;
      reports.push({ line: block.line, file: block.file, report, problems: report?.problems ?? [], kept: report ? 'errors' : 'unreadable' });
      continue;
    }
    const drawnAsOf = /<diplo-timeline\b[^>]*?\sas-of="([^"]*)"/.exec(old)?.[1];
    const asOf = block.options.asOf ?? defaults.asOf ?? (report.timeline.asOf ? undefined : drawnAsOf);
    const { html, problems } = await renderFile(report.timeline, { ...defaults, ...block.options, ...(asOf ? { asOf } : {}), markdown: true });
    // A blank line before the closing comment: it ends the HTML block, so what follows is Markdown.
    text += `\n${html}\n`.replace(/\r?\n/g, eol);
    reports.push({ line: block.line, file: block.file, report, problems: [...report.problems, ...problems] });
  }
  return { text: text + page.slice(done), blocks: reports };
}
