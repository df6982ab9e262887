// Helpers for the editor's storage tests: a database of its own per test, writes run when the
// test says, and the flagship grown to a thousand events.
import { koreanPeninsula } from '../../data/korean-peninsula-2016-2019.js';
import { IndexedDBDraftStorage } from '../components/diplo-timeline-editor/state/draft-storage.js';
import type { Scheduler } from '../components/diplo-timeline-editor/state/persistence.js';

let databases = 0;

/** A fresh IndexedDB database: tests do not see each other's drafts. */
export function freshStorage(): IndexedDBDraftStorage {
  databases++;
  return new IndexedDBDraftStorage(`diplo-editor-test-${String(Date.now())}-${String(databases)}`);
}

/** A scheduler whose writes wait for `run()`: a test decides when the page is idle. */
export function heldWrites(): { schedule: Scheduler; run: () => void; waiting: () => number } {
  const queue = new Set<() => void>();
  return {
    schedule: (write) => {
      queue.add(write);
      return () => queue.delete(write);
    },
    run: () => {
      const writes = [...queue];
      queue.clear();
      for (const write of writes) write();
    },
    waiting: () => queue.size,
  };
}

/** The flagship's events `times` over, each copy under ids of its own (×30 is about 1,000 events). */
export function flagshipTimes(times: number): Record<string, unknown> {
  const events = Array.from({ length: times }, (_, copy) =>
    koreanPeninsula.events.map((event) => ({
      ...event,
      id: `${event.id}-${String(copy)}`,
      ...(event.related ? { related: event.related.map((link) => ({ ...link, id: `${link.id}-${String(copy)}` })) } : {}),
    })),
  ).flat();
  return { ...koreanPeninsula, events };
}
