// Generated from dist/custom-elements.json by scripts/jsx-attributes.js (npm run generate): do not edit.
/** The attributes, properties and event handlers of the elements, shared by the JSX typings. */
import type { DiploEvent, DiploTimeline } from 'diplo-timeline/elements';
import type { DiploTimelineEditor } from 'diplo-timeline/editor';

/** `<diplo-event>`: A card for one diplomatic or news event. */
export interface DiploEventAttributes {
  /** The event: a parsed event from a timeline, or raw event data (validated here). */
  event?: DiploEvent['event'];
  /** The actors the event's `actors` ids refer to, for names and colours. */
  actors?: DiploEvent['actors'];
  /** The date the story ran (`YYYY-MM-DD`); events after it read as ahead. */
  'as-of'?: DiploEvent['asOf'];
  /** Heading level of the event's title, 2–6. */
  'heading-level'?: DiploEvent['headingLevel'] | string;
  /** `light` or `dark` to override the reader's colour-scheme preference. */
  theme?: DiploEvent['theme'];
}

/** `<diplo-timeline>`: A timeline of diplomatic and news events: a list to read, or a time axis to explore. */
export interface DiploTimelineAttributes {
  /** The timeline document (any value: it is validated). Wins over `src` and inline JSON. */
  data?: DiploTimeline['data'];
  /** URL of a timeline: a JSON document, or a spreadsheet (CSV, TSV, a published Google Sheet). Changing it aborts a load under way. */
  src?: DiploTimeline['src'];
  /** How long a `src` load may take before it fails, in milliseconds. */
  'load-timeout'?: DiploTimeline['loadTimeout'] | string;
  /** The story's date (`YYYY-MM-DD`), overriding the document's `asOf`. */
  'as-of'?: DiploTimeline['asOf'];
  /** The data's format: `diplo` (this library's), `yaml` (this library's, written in YAML: the parser loads only then), `timelinejs` (TimelineJS3 JSON, converted on the fly), `csv` or `tsv` (a spreadsheet: this library's layout or TimelineJS's template, read by an importer loaded only then). Unset, YAML and spreadsheets are recognised by their content type or address (`.yaml`/`.yml`; `.csv`, `.tsv`, a Google Sheet published with `output=csv`), and a TimelineJS file by its shape. */
  format?: DiploTimeline['format'];
  /** `vertical` (a list for reading), `horizontal` (a time axis with a lane per actor, zoom and pan) or `auto` (the default): horizontal when the element itself is at least 720 px wide, vertical otherwise (a server-rendered timeline keeps the list it arrived with). */
  layout?: DiploTimeline['layout'];
  /** In the horizontal view, also mark the reader's today on the axis. */
  'show-today'?: DiploTimeline['showToday'];
  /** Horizontal view: the first window's start (a date like `2019-02`), with `end`; unset, the last era up to the as-of date. */
  start?: DiploTimeline['start'];
  /** Horizontal view: the first window's end (a date like `2019-07`), with `start`. */
  end?: DiploTimeline['end'];
  /** In the horizontal view, put every event in one lane instead of a lane per actor. */
  'single-lane'?: DiploTimeline['singleLane'];
  /** Actor ids to show at first, space-separated; empty shows all. */
  'filter-actors'?: DiploTimeline['filterActors'];
  /** Event kinds to show at first, space-separated; empty shows all. */
  'filter-kinds'?: DiploTimeline['filterKinds'];
  /** Level of the timeline's heading (2–6); eras and events take the next levels. */
  'heading-level'?: DiploTimeline['headingLevel'] | string;
  /** Emit schema.org JSON-LD (an ItemList of Events) for search engines, in a `<script type="application/ld+json">` child of the element. */
  'structured-data'?: DiploTimeline['structuredData'];
  /** What relative addresses in the data (images, sources, media) resolve against. Default: the data file's URL when the data came through `src`, else the page's base URI. */
  'base-url'?: DiploTimeline['baseUrl'];
  /** Show editors the problems found in the data. */
  'show-problems'?: DiploTimeline['showProblems'];
  /** Every event from the start, no "Show all" button: the height is unknown until the data is drawn (text below may move). */
  expanded?: DiploTimeline['expanded'];
  /** `light` or `dark` to override the reader's colour-scheme preference. */
  theme?: DiploTimeline['theme'];
  /** The data was read; `detail: { problems }` (possibly empty). */
  'ondiplo-problems'?: (event: HTMLElementEventMap['diplo-problems']) => void;
  /** The reader activated an event; `detail: { id, event }`. */
  'ondiplo-select'?: (event: HTMLElementEventMap['diplo-select']) => void;
  /** Loading `src` failed; `detail: { src, message }`. The last good data stays on screen. */
  'ondiplo-error'?: (event: HTMLElementEventMap['diplo-error']) => void;
  /** The reader changed a filter or the view; `detail: { actors, kinds, view }`. */
  'ondiplo-filter-change'?: (event: HTMLElementEventMap['diplo-filter-change']) => void;
  /** Horizontal view: the reader moved or zoomed the window; `detail: { start, end }` in timeline milliseconds. */
  'ondiplo-range-change'?: (event: HTMLElementEventMap['diplo-range-change']) => void;
}

/** `<diplo-timeline-editor>`: Write, check and publish a timeline in the browser. */
export interface DiploTimelineEditorAttributes {
  /** A timeline to open (any value: JSON, a parsed timeline); replaces what is being edited. */
  data?: DiploTimelineEditor['data'];
  /** Where this document is kept in the browser: editors with different keys edit different timelines; a reload reopens the same key's last version. */
  'storage-key'?: DiploTimelineEditor['storageKey'];
  /** Where the embed code loads the reader's bundle from (the editor cannot know where the page will be published): by default, beside the editor's own bundle. */
  'bundle-url'?: DiploTimelineEditor['bundleUrl'];
  /** `light` or `dark` to override the author's colour-scheme preference. */
  theme?: DiploTimelineEditor['theme'];
  /** The author changed the timeline; `detail: { draft, timeline, problems }`. */
  'ondiplo-editor-change'?: (event: HTMLElementEventMap['diplo-editor-change']) => void;
}
