/**
 * Views of events as of a date: the day a story ran, or any day a reader picks.
 * "As of" is always an argument; nothing here reads a clock.
 */
import { DAY_MS, firstDay, instantOf, lastDay, type PartialDate, type When } from './dates.js';
import { dateAt } from './years.js';
import type { EventStatus, TimelineEvent } from './schema.js';

export const TIMINGS = ['past', 'ongoing', 'ahead'] as const;
/** Where an event stands against the as-of date. */
export type Timing = (typeof TIMINGS)[number];

type Dated = Pick<TimelineEvent, 'when' | 'kind'>;

/**
 * `past` when the event's last day is on or before the as-of date, `ahead` when its
 * first day is after it, `ongoing` between. A deadline is a moment, its last day
 * ("by the end of 2019" is ahead all through 2019), so it is never ongoing. An as-of
 * date of month or year precision means "by the end of that month or year".
 *
 * @example
 * timingAsOf(hanoiSummit, asOf('2019-06-18')) // 'past'
 */
export function timingAsOf(event: Dated, asOf: PartialDate): Timing {
  const today = lastDay(asOf);
  const { start, end } = event.when;
  const last = lastDay(end ?? start);
  if (event.kind === 'deadline') return last > today ? 'ahead' : 'past';
  if (firstDay(start) > today) return 'ahead';
  return last <= today ? 'past' : 'ongoing';
}

/**
 * The status to show as of a date. A status written in the data wins; otherwise an
 * event that has ended `occurred`, and one still ahead or under way is `expected`
 * (a deadline that has not passed is `scheduled`).
 */
export function deriveStatus(event: Dated & Pick<TimelineEvent, 'status'>, asOf: PartialDate): EventStatus {
  if (event.status) return event.status;
  const timing = timingAsOf(event, asOf);
  if (timing === 'past') return 'occurred';
  return event.kind === 'deadline' ? 'scheduled' : 'expected';
}

/**
 * True for an event the story could not have known on its as-of date: it lies ahead,
 * yet the data records its outcome (`occurred` or `failed`). Such events belong to the
 * "what happened next" view; scheduled and expected ones were foreseen.
 */
export function isHindsight(event: Dated & Pick<TimelineEvent, 'status'>, asOf: PartialDate): boolean {
  return timingAsOf(event, asOf) === 'ahead' && (event.status === 'occurred' || event.status === 'failed');
}

/**
 * Calendar days from the as-of date to the moment the event is due: its last day for a
 * deadline ("by the end of 2019" is due 2019-12-31), its first day otherwise. Negative
 * when it lies before.
 *
 * @example
 * daysUntil(kimDeadline, asOf('2019-06-18')) // 196
 */
export function daysUntil(event: Dated, asOf: PartialDate): number {
  return dueDay(event) - lastDay(asOf);
}

/**
 * The epoch day an event is placed at on a timeline: a deadline at its due day (its last
 * day: "by the end of 2019" is due 2019-12-31), anything else at its first day. Lists sort
 * by it, the axis draws a deadline there, and "days until" counts to it.
 */
export function dueDay(event: Dated): number {
  const { start, end } = event.when;
  return event.kind === 'deadline' ? lastDay(end ?? start) : firstDay(start);
}

/**
 * The date an event is placed at, for sorting: a deadline's due day (a date of day
 * precision), anything else its own `when`.
 */
export function placementWhen(event: Dated): When {
  if (event.kind !== 'deadline') return event.when;
  return { start: dateAt(dueDay(event) * DAY_MS) };
}

/**
 * The reader's calendar day at the moment `now`, in the reader's time zone: the default
 * "as of" date of a page without one. The caller reads the clock; the model does not.
 *
 * @example
 * calendarDay(new Date()) // { year: 2026, month: 12, day: 2, precision: 'day', approximate: false }
 */
export function calendarDay(now: Date): PartialDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate(), precision: 'day', approximate: false };
}

/**
 * Events in timeline order ({@link compareWhen}); a new array, stable, so events that
 * compare equal keep the data file's order.
 */
export function sortEvents<T extends { when: When }>(events: readonly T[]): T[] {
  // The same order as compareWhen, with each event's keys computed once rather than at
  // every comparison (thousands of events sort in a few milliseconds).
  const keyed = events.map((event, index) => ({ event, index, key: sortKey(event.when) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const difference = (a.key[i] ?? 0) - (b.key[i] ?? 0);
      if (difference) return difference;
    }
    return a.index - b.index;
  });
  return keyed.map(({ event }) => event);
}

const RANK: Record<string, number> = { year: 0, month: 1, day: 2, minute: 3, second: 4 };

/** compareWhen's criteria as numbers: start day, precision, instant; then point before range, end. */
function sortKey(when: When): number[] {
  const date = (value: PartialDate) => [firstDay(value), RANK[value.precision] ?? 0, instantOf(value) ?? 0];
  return [...date(when.start), when.end ? 1 : 0, ...(when.end ? date(when.end) : [0, 0, 0])];
}

/**
 * The latest date the events reach (the end of the last-ending one): the horizon a
 * "what happened next" view derives statuses at. Undefined for no events.
 */
export function latestDate(events: readonly { when: When }[]): PartialDate | undefined {
  let latest: PartialDate | undefined;
  for (const { when } of events) {
    const end = when.end ?? when.start;
    if (!latest || lastDay(end) > lastDay(latest)) latest = end;
  }
  return latest;
}
