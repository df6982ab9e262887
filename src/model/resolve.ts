/**
 * The addresses of a timeline against the base they will be resolved on: which of them a
 * page would not show (see `urls.ts` for the rule). Pure; the element and the server call it
 * with the base they know.
 */
import type { Problem } from './parse.js';
import type { Source, Timeline } from './schema.js';
import { unresolvedReason } from './urls.js';

/**
 * A warning for every address in a timeline that does not resolve to http(s) against
 * `base` (a relative address on an `about:srcdoc` or `blob:` page, say): it is not drawn.
 * Paths are the data's (`events[3].media[0].src`), for events in the timeline's order.
 *
 * @example
 * urlProblems(timeline, pageBaseUri)
 */
export function urlProblems(timeline: Timeline, base: string | undefined): Problem[] {
  const problems: Problem[] = [];
  const check = (url: string | undefined, path: string, eventId: string) => {
    if (url === undefined) return;
    const reason = unresolvedReason(url, base);
    if (reason) problems.push({ path, eventId, severity: 'warning', message: `${reason}; it is not shown` });
  };
  const checkSource = (source: Source | undefined, path: string, eventId: string) => {
    if (source) check(source.url, `${path}.url`, eventId);
  };
  timeline.events.forEach((event, index) => {
    const path = `events[${String(index)}]`;
    event.sources?.forEach((source, i) => {
      checkSource(source, `${path}.sources[${String(i)}]`, event.id);
    });
    event.quotes?.forEach((quote, i) => {
      checkSource(quote.source, `${path}.quotes[${String(i)}].source`, event.id);
    });
    event.media?.forEach((media, i) => {
      check(media.src, `${path}.media[${String(i)}].src`, event.id);
      check(media.url, `${path}.media[${String(i)}].url`, event.id);
    });
  });
  return problems;
}
