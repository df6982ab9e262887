/**
 * Server rendering (Node): the timeline as HTML with declarative shadow DOM, readable
 * before and without JavaScript, and hydrated without a second render when the script
 * arrives. Static-site generators and documentation builds call it at build time.
 *
 * The page that shows the result loads `diplo-timeline` (or the standalone bundle),
 * which includes Lit's hydration support.
 */
import { LitElementRenderer, html as serverHtml, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import '../components/diplo-timeline/define.js';
import { languageReady } from '../i18n/locale.js';
import { fromCSV } from '../importers/csv/index.js';
import type { TimelineFormat } from '../importers/sheet.js';
import { fromTimelineJS, looksLikeTimelineJS } from '../importers/timelinejs.js';
import {
  calendarDay,
  jsonForScript,
  jsonLdText,
  parseTimeline,
  serializePartialDate,
  serializeTimeline,
  structuredData,
  urlProblems,
  type ParseResult,
  type Problem,
} from '../model/index.js';

export interface RenderTimelineOptions {
  /** Language of dates and interface; default: the document's `locale`, else English. */
  lang?: string;
  /** The story's date (`YYYY-MM-DD`); default: the document's `asOf`, else the day of the build. */
  asOf?: string;
  /**
   * `auto` (default) or `vertical`: the list, which the reader keeps after hydration at any
   * width (nothing on the page moves); `horizontal`: the server renders the list (readable
   * without JavaScript), and the axis replaces it once the script runs.
   */
  layout?: 'auto' | 'vertical' | 'horizontal';
  /** Level of the title heading (2–6). */
  headingLevel?: number;
  theme?: 'light' | 'dark';
  /** Emit schema.org JSON-LD; give `{ url }` for event links to the page. */
  structuredData?: boolean | { url?: string };
  /** Attributes `id` and `class` for the element, for the page's own styling. */
  id?: string;
  className?: string;
  /**
   * What relative addresses in the data (images, sources, media) resolve against: the data
   * file's URL, or the page's. Unset, they are written as they are, and the reader's browser
   * resolves them against the page (protocol-relative `//host/…` becomes `https://host/…`).
   */
  baseUrl?: string;
  /**
   * `diplo`, `timelinejs`, or `csv` / `tsv` for spreadsheet text (`data` is then the text);
   * by default TimelineJS data is recognised by its shape. Other formats are converted here,
   * and the page gets the converted document.
   */
  format?: TimelineFormat;
  /**
   * A block for a Markdown page: the element inside a `<div>`, with no blank line in it. A
   * Markdown tool that allows raw HTML (CommonMark's markdown-it and marked, GitHub-flavoured,
   * Python-Markdown) takes a line that opens a `<div>` as the start of raw HTML, and passes it
   * through as it is until a blank line (so put one after it).
   */
  markdown?: boolean;
}

export interface RenderTimelineResult {
  html: string;
  problems: Problem[];
}

/** The day of the build, as the element would take it in the reader's browser. */
const today = () => serializePartialDate(calendarDay(new Date()));

/**
 * Renders `<diplo-timeline>` with its data set as a property: a server-only template has no
 * property bindings, so the data goes in as the element is created, before it renders.
 */
function rendererWith(data: unknown): typeof LitElementRenderer {
  return class TimelineRenderer extends LitElementRenderer {
    static override matchesClass(ctor: typeof HTMLElement, tagName?: string): boolean {
      return tagName === 'diplo-timeline' && LitElementRenderer.matchesClass(ctor);
    }

    override connectedCallback(): void {
      (this.element as unknown as { data: unknown }).data = data;
      super.connectedCallback();
    }
  };
}

/**
 * Renders `<diplo-timeline>` for the given data as HTML (declarative shadow DOM), with
 * the data inline so the element hydrates from it in the browser.
 *
 * @example
 * const { html } = await renderTimelineWithProblems(data, { lang: 'en' });
 */
export async function renderTimelineWithProblems(data: unknown, options: RenderTimelineOptions = {}): Promise<RenderTimelineResult> {
  // Other formats are converted here, and the page gets the converted document inline.
  let converted: ParseResult | undefined;
  if (options.format === 'csv' || options.format === 'tsv') {
    converted = fromCSV(typeof data === 'string' ? data : '', options.format === 'tsv' ? { delimiter: '\t' } : {});
  } else if (options.format === 'timelinejs' || (options.format !== 'diplo' && looksLikeTimelineJS(data))) {
    converted = fromTimelineJS(data);
  }
  if (converted) data = serializeTimeline(converted.timeline);
  const { timeline, problems } = converted ?? parseTimeline(data);
  const lang = options.lang ?? timeline.locale ?? 'en';
  // The client's first render must match the server's: give it the same language and
  // as-of date as attributes, and load the language's words before rendering.
  const asOf = options.asOf ?? (timeline.asOf ? undefined : today());
  await languageReady(lang);

  // A server-only template: no hydration markers of its own (only the element hydrates).
  const result = render(
    // One line: a server-only template writes its whitespace as it is, inside the tag too.
    serverHtml`<diplo-timeline lang=${lang} as-of=${asOf ?? nothing} heading-level=${options.headingLevel ?? nothing} layout=${options.layout ?? nothing} base-url=${options.baseUrl ?? nothing} theme=${options.theme ?? nothing} id=${options.id ?? nothing} class=${options.className ?? nothing} ?structured-data=${!!options.structuredData}></diplo-timeline>`,
    { elementRenderers: [rendererWith(data), LitElementRenderer] },
  );
  // Lit writes `<?>` where a template ends with a binding. Browsers read it as a comment, but it
  // is an HTML parse error, and tools that are not browsers trip on it: html-minifier-terser
  // (which Docusaurus runs on every page) then closes the elements around it early. Written as
  // the comment it is, the DOM is the same.
  const markup = (await collectResult(result)).replaceAll('<?>', '<!--?-->');

  // The data and the JSON-LD go in as script children, written here: a template would escape
  // their text as HTML, which a script does not decode (both texts escape every "<").
  let children = `<script type="application/json">${jsonForScript(data)}</script>`;
  if (options.structuredData) {
    const url = typeof options.structuredData === 'object' ? options.structuredData.url : undefined;
    const jsonLd = jsonLdText(structuredData(timeline, { url, events: timeline.events }));
    children += `<script type="application/ld+json" data-diplo-structured-data>${jsonLd}</script>`;
  }
  const end = markup.lastIndexOf('</diplo-timeline>');
  if (end < 0) throw new Error('server rendering produced no <diplo-timeline>');
  const addressProblems = options.baseUrl === undefined ? [] : urlProblems(timeline, options.baseUrl);
  const html = markup.slice(0, end) + children + markup.slice(end);
  // Blank lines come from stylesheets and templates (the data's text is never in a <pre>, and its
  // JSON has no raw line breaks), so leaving them out changes nothing a reader sees.
  const block = options.markdown ? `<div>\n${html.replace(/\n[ \t]*(?=\n)/g, '')}\n</div>` : html;
  return { html: block, problems: [...problems, ...addressProblems] };
}

/**
 * Renders `<diplo-timeline>` for the given data as an HTML string (see
 * {@link renderTimelineWithProblems} for the problems found in the data too).
 *
 * @example
 * import { renderTimelineHTML } from 'diplo-timeline/ssr';
 * const fragment = await renderTimelineHTML(data, { structuredData: { url: pageUrl } });
 */
export async function renderTimelineHTML(data: unknown, options: RenderTimelineOptions = {}): Promise<string> {
  return (await renderTimelineWithProblems(data, options)).html;
}
