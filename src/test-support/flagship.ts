// What the flagship dataset holds, worked out from its data: tests compare what a timeline
// shows with these, so an event added to the dataset changes the expectation with it, not a
// number written in a dozen tests.
import { koreanPeninsula } from '../../data/korean-peninsula-2016-2019.js';
import { isHindsight, parseTimeline, type TimelineEvent } from '../model/index.js';

const { timeline } = parseTimeline(koreanPeninsula);
const asOf = timeline.asOf;
if (!asOf) throw new Error('the flagship has no as-of date');

/** The events "as the story ran": what it could have known on its as-of date. */
const asRan = timeline.events.filter((event) => !isHindsight(event, asOf));

/** Every event: what "what happened next" shows. */
export const FLAGSHIP_EVENTS = timeline.events.length;

/** The events shown "as the story ran" (the first view), with no filter. */
export const FLAGSHIP_AS_RAN = asRan.length;

/** The events only "what happened next" shows. */
export const FLAGSHIP_HINDSIGHT = FLAGSHIP_EVENTS - FLAGSHIP_AS_RAN;

/**
 * How many events "as the story ran" pass a filter. Throws when none or all do: a filter
 * test is only worth something when the filter leaves some events out and keeps some.
 */
export function asRanWhere(keep: (event: TimelineEvent) => boolean): number {
  const kept = asRan.filter(keep).length;
  if (kept === 0 || kept === FLAGSHIP_AS_RAN) throw new Error(`the filter keeps ${String(kept)} of ${String(FLAGSHIP_AS_RAN)} events`);
  return kept;
}

/** The events of an inline `<script type="application/json">` child of a timeline. */
export function inlineEventCount(timelineElement: Element | null | undefined): number {
  const text = timelineElement?.querySelector(':scope > script[type="application/json"]')?.textContent;
  if (!text) throw new Error('no inline JSON');
  return (JSON.parse(text) as { events: unknown[] }).events.length;
}
