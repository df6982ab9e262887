/**
 * The horizontal view's layout, as it ships: a lane per actor, each event's place in its
 * lanes, labels stacked in rows that never overlap, and what to draw in the span shown. Pure: the
 * element measures label widths and gives them here; pixels come from a zoom (`k`, pixels
 * per millisecond) and an origin, both arguments.
 *
 * Time is timeline milliseconds (see scale.ts).
 */
import type { Actor, TimelineEvent } from './schema.js';
import { eventExtent, type Extent } from './scale.js';

/** Labels longer than this are cut with an ellipsis (the full title is in the card). */
export const LABEL_MAX_PX = 300;
/** A label cut shorter than this is not drawn (its event's title is still read out, and shown on focus). */
export const LABEL_MIN_PX = 56;
/** When a lane has no row where a label fits whole, it may take one cut to this width. */
const LABEL_SHORT_PX = 110;
/** An event's marker. */
export const MARKER_PX = 12;
/** Between a marker (or a bar's end) and its label. */
export const LABEL_GAP_PX = 4;
/** A label's padding on each side (its halo). */
export const LABEL_PAD_PX = 3;
/** The least room between two labels in a row. */
const GAP_PX = 10;
/** Labels keep this far from the plot's edges. */
export const EDGE_PX = 4;
/** Rows of labelled events per lane; events with no room show as dots on the lane's name line. */
export const MAX_ROWS = 3;
/** Overflow dots closer than this many pixels are drawn as one. */
export const DOT_PX = 4;
/**
 * Rows are stacked once per zoom band (each 2^(1/3) wide), at the band's lowest zoom, so
 * labels that clear each other there clear each other all through the band: zooming
 * re-stacks every few frames instead of every frame.
 */
export const BAND = Math.cbrt(2);

/** The key of the lane shared by events with no actor of their own lane (or of the single lane). */
export const SHARED_LANE = '*';

export interface AxisLane {
  /** The actor's id, or {@link SHARED_LANE}. */
  key: string;
  /** The actor the lane belongs to; none for the shared lane. */
  actor?: Actor;
}

/** One event in one lane: what does not change with the zoom. */
export interface Placement {
  event: TimelineEvent;
  /** Position among the events, in the order given (time order). */
  index: number;
  lane: number;
  /** The event's first lane (the others hold echoes, hidden from assistive technology). */
  primary: boolean;
  extent: Extent;
  /** The label's width in pixels, cut at {@link LABEL_MAX_PX}: what stacking gives it at least. */
  label: number;
  /** The whole title's width in pixels: what it takes where there is room. */
  title: number;
}

export interface AxisPlacements {
  lanes: AxisLane[];
  /** Sorted by lane, then by start: the order stacking goes in. */
  placements: Placement[];
}

export interface PlaceOptions {
  /** One lane for every event, whatever its actors. */
  singleLane?: boolean;
  /** A title's width in pixels, in the font the labels are drawn in. */
  labelWidth: (title: string) => number;
  /** Where an event lies (the element caches them); `eventExtent` by default. */
  extentOf?: (event: TimelineEvent) => Extent;
}

/**
 * Lanes, and each event's place in them. A lane per actor with events (in the order of
 * `actors`), then a shared lane for events with none of those actors. An event with several
 * actors is placed in each of their lanes; its first is its primary.
 *
 * @example
 * placeEvents(events, actors, { labelWidth: (title) => title.length * 7 }).lanes.map((lane) => lane.key) // ['kp', 'us', '*']
 */
export function placeEvents(events: readonly TimelineEvent[], actors: readonly Actor[], options: PlaceOptions): AxisPlacements {
  const extentOf = options.extentOf ?? eventExtent;
  const laneIndex = new Map<string, number>();
  const lanes: AxisLane[] = [];
  if (options.singleLane) {
    lanes.push({ key: SHARED_LANE });
  } else {
    const withEvents = new Set(events.flatMap((event) => event.actors));
    for (const actor of actors) {
      if (!withEvents.has(actor.id) || laneIndex.has(actor.id)) continue;
      laneIndex.set(actor.id, lanes.length);
      lanes.push({ key: actor.id, actor });
    }
    if (events.some((event) => !event.actors.some((id) => laneIndex.has(id)))) lanes.push({ key: SHARED_LANE });
  }
  const sharedLane = Math.max(0, lanes.length - 1);
  const placements: Placement[] = [];
  events.forEach((event, index) => {
    const extent = extentOf(event);
    const title = options.labelWidth(event.title);
    const label = Math.min(title, LABEL_MAX_PX);
    const eventLanes = options.singleLane ? [0] : [...new Set(event.actors.flatMap((id) => laneIndex.get(id) ?? []))];
    if (!eventLanes.length) eventLanes.push(sharedLane);
    eventLanes.forEach((lane, i) => placements.push({ event, index, lane, primary: i === 0, extent, label, title }));
  });
  placements.sort((a, b) => a.lane - b.lane || a.extent.start - b.extent.start || a.index - b.index);
  return { lanes, placements };
}

/** The zoom band of `k` (pixels per millisecond). */
export function zoomBand(k: number): number {
  return Math.floor(Math.log(k) / Math.log(BAND));
}

/**
 * How long an event is on the axis at zoom `k`, label included, in milliseconds: a point's
 * marker and label; a bar with its label inside when it is long enough, else after its end.
 */
function reach(p: Placement, k: number, label = p.label): number {
  const { start, end, point } = p.extent;
  const bar = point ? 0 : (end - start) * k;
  const box = label + 2 * LABEL_PAD_PX;
  return (bar >= box + 2 * LABEL_GAP_PX ? bar : Math.max(bar, point ? MARKER_PX / 2 : 0) + LABEL_GAP_PX + box + (point ? MARKER_PX / 2 : 0)) / k;
}

/** Rows at one zoom band. */
export interface Stack {
  band: number;
  /** Each placement's row (in the order of the placements); −1: no room, shown as a dot. */
  rows: Int16Array;
  /** The label width each placement's row keeps room for: its label's, or cut short where the lane had no room for it whole. */
  reserved: Uint16Array;
  /** Rows of labels in each lane. */
  laneRows: number[];
  /** Lanes with events that had no room (a row of dots beneath the labels). */
  laneOverflow: boolean[];
}

/**
 * Stacks labels for the zoom band of `k`, at the band's lowest zoom: greedy, left to right,
 * each placement on the first row of its lane where it clears the one before by the gap, at
 * most {@link MAX_ROWS} rows a lane; with no row for the whole label, on the first where it
 * fits cut short; else it has no row (a dot). `placements` must be in the order `placeEvents` gives.
 */
export function stackRows(placements: readonly Placement[], laneCount: number, k: number): Stack {
  const band = zoomBand(k);
  const kLow = BAND ** band;
  const gap = GAP_PX / kLow;
  const rows = new Int16Array(placements.length);
  const reserved = new Uint16Array(placements.length);
  const laneRows = Array.from({ length: laneCount }, () => 0);
  const laneOverflow = Array.from({ length: laneCount }, () => false);
  let lane = -1;
  let ends: number[] = [];
  placements.forEach((p, i) => {
    if (p.lane !== lane) {
      lane = p.lane;
      ends = [];
    }
    // A point's marker starts half its width before its instant.
    const start = p.extent.start - (p.extent.point ? MARKER_PX / 2 / kLow : 0);
    let row = ends.findIndex((rowEnd) => rowEnd + gap <= start);
    let label = p.label;
    if (row < 0 && ends.length < MAX_ROWS) row = ends.length;
    if (row < 0 && p.label > LABEL_SHORT_PX) {
      label = LABEL_SHORT_PX;
      row = ends.findIndex((rowEnd) => rowEnd + gap <= start);
    }
    if (row < 0) {
      rows[i] = -1;
      laneOverflow[lane] = true;
      return;
    }
    // In time, at the band's lowest zoom: a label's share of the axis is widest there.
    ends[row] = start + reach(p, kLow, label);
    rows[i] = row;
    reserved[i] = label;
    laneRows[lane] = Math.max(laneRows[lane] ?? 0, row + 1);
  });
  return { band, rows, reserved, laneRows, laneOverflow };
}

/** Rows a lane takes: its labels' (one at least), and one more for dots when some had no room. */
export function laneHeightRows(stack: Stack, lane: number): number {
  return Math.max(1, stack.laneRows[lane] ?? 1) + (stack.laneOverflow[lane] ? 1 : 0);
}

/** A placement drawn in the visible span. */
export interface Drawn {
  p: Placement;
  row: number;
  /** Pixels from the origin. */
  x: number;
  /** Bar length in pixels (0 for a point). */
  width: number;
  /** Where the label's box starts, in pixels from the origin (see {@link fitLabels}). */
  labelX: number;
  /** The label box's width in pixels, padding included; 0: not drawn (no room). */
  labelWidth: number;
  /** The label is narrower than its title. */
  cut: boolean;
}

/** Events with no row, merged: one dot for each {@link DOT_PX} of a lane. */
export interface Dot {
  lane: number;
  /** Pixels from the origin. */
  x: number;
  /** Events it stands for. */
  count: number;
}

export interface WindowOptions {
  /** The first and last instants drawn (the window and its overscan). */
  start: number;
  end: number;
  /** Pixels per millisecond. */
  k: number;
  /** The instant positions are measured from. */
  origin: number;
  /** Events drawn with a label even where their lane has no row for them: the focused and the selected. */
  keep?: ReadonlySet<string>;
}

/**
 * What to draw between `start` and `end`: every placement with a row whose marker, bar or
 * label reaches into it; the kept events (focused, selected) there even without a row, in
 * the row of dots; and a dot for each {@link DOT_PX} of the rest.
 */
export function visibleItems(
  placements: readonly Placement[],
  stack: Stack,
  options: WindowOptions,
): { drawn: Drawn[]; dots: Dot[]; unlabelled: Placement[] } {
  const { start: left, end: right, k, origin, keep } = options;
  const drawn: Drawn[] = [];
  const dots = new Map<string, Dot>();
  const unlabelled: Placement[] = [];
  placements.forEach((p, i) => {
    const { start, end, point } = p.extent;
    if (start + reach(p, k) < left || start > right) return;
    const x = (start - origin) * k;
    let row = stack.rows[i] ?? 0;
    if (row < 0 && keep?.has(p.event.id)) row = stack.laneRows[p.lane] ?? 0;
    if (row < 0) {
      unlabelled.push(p);
      const key = `${String(p.lane)}:${String(Math.round(x / DOT_PX))}`;
      const dot = dots.get(key);
      if (dot) dot.count++;
      else dots.set(key, { lane: p.lane, x, count: 1 });
      return;
    }
    const width = point ? 0 : Math.max(2, (end - start) * k);
    drawn.push({ p, row, x, width, labelX: x, labelWidth: p.title + 2 * LABEL_PAD_PX, cut: false });
  });
  return { drawn, dots: [...dots.values()], unlabelled };
}

/**
 * Where each drawn label goes in the window from `left` to `right` (pixels from the origin),
 * the lanes' rows as stacked: after its marker (a long bar holds its label, from where the bar
 * enters the window); before its marker when it would cross the window's end edge and there is
 * room there; else cut to the room it has, up to the next marker in its row and the edge, and
 * not drawn with less than {@link LABEL_MIN_PX}. An event whose marker is outside the window
 * has no label drawn. Sets `labelX`, `labelWidth` and `cut` on each.
 */
export function fitLabels(drawn: Drawn[], left: number, right: number): void {
  const rows = new Map<string, Drawn[]>();
  for (const d of drawn) {
    const key = `${String(d.p.lane)}:${String(d.row)}`;
    const row = rows.get(key);
    if (row) row.push(d);
    else rows.set(key, [d]);
  }
  const from = left + EDGE_PX;
  const to = right - EDGE_PX;
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    // Where the previous label (or marker) in the row ends.
    let before = Number.NEGATIVE_INFINITY;
    row.forEach((d, i) => {
      // Two pixels spare: a canvas's measure and the page's text can differ by a pixel or two.
      const whole = d.p.title + 2 * LABEL_PAD_PX + 2;
      const markStart = d.width ? d.x : d.x - MARKER_PX / 2;
      const markEnd = d.width ? d.x + d.width : d.x + MARKER_PX / 2;
      const next = row[i + 1];
      const after = Math.min(to, next ? (next.width ? next.x : next.x - MARKER_PX / 2) - LABEL_GAP_PX : Number.POSITIVE_INFINITY);
      let x: number;
      let room: number;
      if (markEnd <= left || markStart >= right) {
        x = markStart;
        room = 0;
      } else if (d.width >= whole + 2 * LABEL_GAP_PX && Math.min(markEnd, after) - Math.max(markStart, from) >= whole + LABEL_GAP_PX) {
        // Inside its bar, from where the bar enters the visible span.
        x = Math.max(markStart, from) + LABEL_GAP_PX;
        room = Math.min(markEnd, after) - x;
      } else {
        x = markEnd + LABEL_GAP_PX;
        room = after - x;
        const flip = markStart - LABEL_GAP_PX - Math.max(from, before + LABEL_GAP_PX);
        if (room < whole && flip >= whole) {
          x = markStart - LABEL_GAP_PX - whole;
          room = whole;
        } else if (x < from) {
          room = 0;
        }
      }
      const width = Math.min(whole, Math.max(0, room));
      d.labelX = x;
      d.labelWidth = width >= LABEL_MIN_PX || width >= whole ? width : 0;
      d.cut = d.labelWidth < whole;
      before = Math.max(markEnd, d.labelWidth ? x + d.labelWidth : markEnd);
    });
  }
}

/** Lanes and placements for a set of events, with their stacks kept by zoom band. */
export interface AxisLayout extends AxisPlacements {
  /** The rows for the zoom band of `k`: stacked once per band, then kept. */
  stackAt(k: number): Stack;
}

/** {@link placeEvents}, with a stack per zoom band made when first asked for. */
export function axisLayout(events: readonly TimelineEvent[], actors: readonly Actor[], options: PlaceOptions): AxisLayout {
  const placed = placeEvents(events, actors, options);
  const stacks = new Map<number, Stack>();
  return {
    ...placed,
    stackAt(k) {
      const band = zoomBand(k);
      let stack = stacks.get(band);
      if (!stack) {
        stack = stackRows(placed.placements, placed.lanes.length, k);
        stacks.set(band, stack);
      }
      return stack;
    },
  };
}
