import type { TimelineDocument } from '../src/model/index.js';

/** A seeded, realistic timeline document of `count` events (see generate.js). */
export function generateTimeline(count: number, seed?: number): TimelineDocument;
