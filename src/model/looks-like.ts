/**
 * A TimelineJS document recognised by its shape, on its own: the reader's bundle needs this
 * (it reads TimelineJS files as they are), not the rest of foreign.ts.
 */
import { isRecord, own } from './repair.js';

/** True for a TimelineJS document: `events` with `start_date` objects, and no `schemaVersion`. */
export function looksLikeTimelineJS(value: unknown): boolean {
  try {
    if (!isRecord(value) || own(value, 'schemaVersion') !== undefined) return false;
    const events = own(value, 'events');
    return Array.isArray(events) && events.some((event) => isRecord(event) && isRecord(own(event, 'start_date')));
  } catch {
    return false;
  }
}
