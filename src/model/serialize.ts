/**
 * A validated timeline back to a data document: what `parseTimeline` accepts, so that
 * parse → serialize → parse gives the same timeline (a property the tests check).
 */
import { serializePartialDate, type When } from './dates.js';
import type { EventInput, Source, Timeline, TimelineDocument } from './schema.js';

function when(value: When): EventInput['when'] {
  return value.end
    ? { start: serializePartialDate(value.start), end: serializePartialDate(value.end) }
    : serializePartialDate(value.start);
}

type SourceInput = NonNullable<EventInput['sources']>[number];

function source(value: Source): SourceInput {
  const { published, ...rest } = value;
  return published ? { ...rest, published: serializePartialDate(published) } : rest;
}

/**
 * Writes a parsed timeline as a document (dates as strings again).
 *
 * @example
 * const json = JSON.stringify(serializeTimeline(parseTimeline(input).timeline));
 */
export function serializeTimeline(timeline: Timeline): TimelineDocument {
  const { asOf, eras, events, ...rest } = timeline;
  const doc: TimelineDocument = {
    ...rest,
    events: [],
    eras: (eras ?? []).map((era) => ({
      ...era,
      start: serializePartialDate(era.start),
      end: serializePartialDate(era.end),
    })),
  };
  if (asOf) doc.asOf = serializePartialDate(asOf);
  doc.events = events.map((event) => {
    const { when: eventWhen, sources, quotes, ...fields } = event;
    const out: EventInput = { ...fields, when: when(eventWhen) };
      if (sources) out.sources = sources.map(source);
      if (quotes) {
        out.quotes = quotes.map(({ source: quoteSource, ...quote }) => (quoteSource ? { ...quote, source: source(quoteSource) } : quote));
      }
      return out;
    });
  return doc;
}
