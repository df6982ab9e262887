/**
 * Recognises a TimelineJS document by its shape, without loading the importer: a page
 * with diplo-timeline data never downloads it.
 */
type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function own(record: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

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
