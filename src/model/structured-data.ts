/**
 * schema.org JSON-LD for a timeline: an `ItemList` of `Event`s, so search engines and
 * news aggregators can read what the page shows.
 */
import { inlineText, parseInline } from './inline.js';
import { datetimeAttribute, serializePartialDate, type PartialDate } from './dates.js';
import { jsonForScript } from './script-json.js';
import type { Timeline, TimelineEvent } from './schema.js';
import { deriveStatus } from './status.js';

export interface StructuredDataOptions {
  /** The page's address; each event's `url` is this with `#id`. */
  url?: string;
  /** Statuses are derived as of this date (the story's `asOf` by default). */
  asOf?: PartialDate;
  /** The events to list, in order (default: all of the timeline's). */
  events?: readonly TimelineEvent[];
}

const STATUS = {
  occurred: 'EventScheduled',
  scheduled: 'EventScheduled',
  expected: 'EventScheduled',
  failed: 'EventScheduled',
  postponed: 'EventPostponed',
  cancelled: 'EventCancelled',
} as const;

/**
 * A date as schema.org reads it (ISO 8601): four-digit years, else the six-digit expanded
 * years ISO and ECMAScript agree on. A deeper year has no agreed form: it is left out
 * rather than written in one no reader of JSON-LD expects.
 */
function isoDate(date: PartialDate): string | undefined {
  if (Math.abs(date.year) > 999_999) return undefined;
  return datetimeAttribute(date) ?? serializePartialDate({ ...date, approximate: false });
}

/**
 * The JSON-LD object for a timeline (serialize it with {@link jsonLdText}).
 *
 * @example
 * const jsonLd = jsonLdText(structuredData(timeline, { url: 'https://news.example/story' }));
 */
/** A text's words without its inline formatting marks (JSON-LD descriptions are plain text). */
const plainText = (text: string) => inlineText(parseInline(text));

export function structuredData(timeline: Timeline, options: StructuredDataOptions = {}): Record<string, unknown> {
  const events = options.events ?? timeline.events;
  const asOf = options.asOf ?? timeline.asOf;
  const base = options.url?.replace(/#.*$/, '');
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: timeline.title,
    ...(timeline.summary ? { description: plainText(timeline.summary) } : {}),
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: events.length,
    itemListElement: events.map((event, index) => {
      const status = asOf ? deriveStatus(event, asOf) : event.status;
      const startDate = isoDate(event.when.start);
      const endDate = event.when.end && isoDate(event.when.end);
      return {
        '@type': 'ListItem',
        position: index + 1,
        item: {
          '@type': 'Event',
          name: event.title,
          ...(startDate ? { startDate } : {}),
          ...(endDate ? { endDate } : {}),
          ...(event.summary ? { description: plainText(event.summary) } : {}),
          ...(event.location
            ? {
                location: {
                  '@type': 'Place',
                  name: event.location.name,
                  ...(event.location.country ? { address: event.location.country } : {}),
                },
              }
            : {}),
          ...(status ? { eventStatus: `https://schema.org/${STATUS[status]}` } : {}),
          ...(base ? { url: `${base}#${encodeURIComponent(event.id)}` } : {}),
        },
      };
    }),
  };
}

/**
 * JSON-LD as text safe inside `<script type="application/ld+json">`: every `<` is
 * escaped, so no `</script>` in the data can end the element.
 */
export function jsonLdText(value: unknown): string {
  return jsonForScript(value);
}
