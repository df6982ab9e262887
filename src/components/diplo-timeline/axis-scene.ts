/**
 * What the horizontal view draws in one frame, worked out before rendering from the layout
 * (lanes, placements, stacks) and the viewport's frame: ticks, lanes with their heights,
 * the events and dots in the drawn window, the lines for eras, the as-of date and today,
 * and the overview's dots. Plain data: axis-view.ts renders it.
 */
import {
  TICK_SPACING_PX,
  eventExtent,
  timeScale,
  timeTicks,
  type DateLocale,
  type Era,
  type Extent,
  type PartialDate,
  type Tick,
  type TimelineEvent,
} from '../../model/index.js';
import { fitLabels, visibleItems, type AxisLayout, type Dot, type Drawn, type Placement } from '../../model/axis-layout.js';
import type { DrawFrame } from './axis-viewport.js';

/** One row of labels. */
export const ROW_PX = 28;
/** The strip above the lanes that names the eras. */
export const ERA_STRIP_PX = 22;
/** A lane's name, above its rows; events with no room for a label show as dots on this line. */
export const LANE_LABEL_PX = 22;
/** The strip beneath the lanes that names the as-of date and today. */
export const LINE_STRIP_PX = 22;
/** An era's name is not drawn in less room than this. */
const ERA_LABEL_MIN_PX = 48;
/** The overview strip shows at most about this many events (every nth of more). */
const OVERVIEW_DOTS = 800;
/** Events drawn as dots that the list still reads: beyond this many, zooming in reaches them. */
export const UNREAD_MAX = 300;

export interface LaneView {
  label: string;
  /** The actor's colour, checked. */
  color?: string;
  /** Pixels from the top of the lanes. */
  top: number;
  /** Rows of labels drawn (0: only its name line). */
  rows: number;
  /** Events in the window drawn as dots, without a label. */
  hidden: number;
}

export interface EraView {
  title: string;
  /** Pixels from the origin. */
  x: number;
  width: number;
  /** Where its name starts, from the band's start, and the room it has (0: not drawn). */
  labelX: number;
  labelWidth: number;
}

export interface AxisScene {
  frame: DrawFrame;
  ticks: readonly Tick[];
  lanes: readonly LaneView[];
  /** The lanes' height, era strip included. */
  height: number;
  /** Events drawn in their first lane, in time order: the list assistive technology reads. */
  primaries: Drawn[];
  /**
   * Events in the window with no room for a label (dots on their lane's line), in time order:
   * in the list for screen readers too, read but not drawn (at most {@link UNREAD_MAX}).
   */
  unread: Placement[];
  /** Every placement in the window drawn as a dot (copies in other lanes too). */
  dotted: Placement[];
  /** Copies in the events' other lanes. */
  echoes: Drawn[];
  dots: Dot[];
  /** Lanes with dots. */
  dotLanes: ReadonlySet<number>;
  /** The event echoes show as focused (the focused one, else the first drawn in the first lane). */
  focusId?: string;
  /** The drawn event that takes Tab: the focused one if drawn, else the first drawn in the first lane. */
  tabStop?: string;
  eras: EraView[];
  /** The as-of line: pixels from the origin. */
  asOfX?: number;
  /** Its words go before the line (else after it), to stay in the window. */
  asOfBefore: boolean;
  todayX?: number;
  todayBefore: boolean;
}

export interface SceneInput {
  layout: AxisLayout;
  /** Each lane's name and colour, in the layout's order. */
  laneLabels: readonly { label: string; color?: string }[];
  frame: DrawFrame;
  /** The viewport's width (0 until measured: nothing is drawn then). */
  width: number;
  events: readonly TimelineEvent[];
  eras: readonly { era: Era; extent: Extent }[];
  asOf?: PartialDate;
  today?: PartialDate;
  dateLocale?: DateLocale;
  focusId?: string;
  selectedId?: string;
  /** The width in pixels of the as-of and today lines' words. */
  lineTextWidth?: (text: 'asOf' | 'today') => number;
}

const startOf = (date: PartialDate) => eventExtent({ when: { start: date } }).start;

/** The frame's scene. */
export function axisScene(input: SceneInput): AxisScene {
  const { layout, frame, width } = input;
  const { k, origin, anchor } = frame;
  const stack = layout.stackAt(k);

  const keep = new Set([input.focusId, input.selectedId].filter((id) => id !== undefined));
  const { drawn, dots, unlabelled } = width
    ? visibleItems(layout.placements, stack, { start: anchor, end: frame.end, k, origin, keep })
    : { drawn: [], dots: [], unlabelled: [] };
  // The window, in pixels from the origin (the frame is the window and its overscan).
  const windowLeft = (frame.start - origin) * k;
  const windowRight = windowLeft + width;
  fitLabels(drawn, windowLeft, windowRight);

  // Rows the drawn events take: a lane with none in or near the window is its name line alone.
  const rowsOf = input.laneLabels.map(() => 0);
  for (const d of drawn) rowsOf[d.p.lane] = Math.max(rowsOf[d.p.lane] ?? 1, d.row + 1);
  const hidden = input.laneLabels.map(() => 0);
  for (const dot of dots) if (dot.x >= windowLeft && dot.x <= windowRight) hidden[dot.lane] = (hidden[dot.lane] ?? 0) + dot.count;
  let top = input.eras.length ? ERA_STRIP_PX : 0;
  const lanes = input.laneLabels.map((lane, i) => {
    const rows = rowsOf[i] ?? 0;
    const view = { ...lane, top, rows, hidden: hidden[i] ?? 0 };
    top += LANE_LABEL_PX + rows * ROW_PX;
    return view;
  });
  const hasLines = input.asOf !== undefined || input.today !== undefined;
  const primaries = drawn.filter((d) => d.p.primary).sort((a, b) => a.p.index - b.p.index);
  // Events in the window that are dots: read in the list all the same, up to a bound.
  const inWindow = (p: Placement) => {
    const x = (p.extent.start - origin) * k;
    return x >= windowLeft && x <= windowRight;
  };
  const dotted = unlabelled.filter(inWindow);
  const unread = dotted.filter((p) => p.primary).slice(0, UNREAD_MAX);
  // The first drawn in the first lane with any.
  const first = drawn.find((d) => d.p.primary)?.p.event.id;
  const focusDrawn = input.focusId !== undefined && primaries.some((d) => d.p.event.id === input.focusId);

  const left = (anchor - origin) * k;
  const inDrawn = (x: number) => x >= left && x <= left + frame.width;
  const eras = input.eras.flatMap(({ era, extent }) => {
    const x = (extent.start - origin) * k;
    const end = (extent.end - origin) * k;
    if (end < left || x > left + frame.width) return [];
    // Its name from where the band enters the window, in the room the band has there.
    const from = Math.max(x, windowLeft) + 6;
    const room = Math.min(end, windowRight) - 6 - from;
    return [{ title: era.title, x, width: end - x, labelX: from - x, labelWidth: room >= ERA_LABEL_MIN_PX ? room : 0 }];
  });
  const todayX = input.today ? (startOf(input.today) - origin) * k : undefined;
  const asOfX = input.asOf ? (startOf(input.asOf) - origin) * k : undefined;
  // Words before the line when they fit there, else after it.
  const before = (x: number | undefined, text: 'asOf' | 'today', prefer: boolean) => {
    if (x === undefined) return prefer;
    const w = (input.lineTextWidth?.(text) ?? 120) + 8;
    return prefer ? x - w >= windowLeft : x + w > windowRight;
  };

  return {
    frame,
    // A tick's words start at its line: none for a tick too near the window's end for them to fit.
    ticks: width
      ? timeTicks([anchor, frame.end], Math.max(2, Math.floor(frame.width / TICK_SPACING_PX)), input.dateLocale).ticks.map((tick) =>
          (tick.time - origin) * k + tick.label.length * 7 + 8 > windowRight ? { ...tick, label: '' } : tick,
        )
      : [],
    lanes,
    height: top + (hasLines ? LINE_STRIP_PX : 0),
    primaries,
    unread,
    dotted,
    echoes: drawn.filter((d) => !d.p.primary),
    dots,
    dotLanes: new Set(dots.map((dot) => dot.lane)),
    focusId: input.focusId ?? first ?? input.events[0]?.id,
    tabStop: focusDrawn ? input.focusId : first,
    eras,
    asOfX,
    asOfBefore: before(asOfX, 'asOf', true),
    todayX: todayX !== undefined && inDrawn(todayX) ? todayX : undefined,
    todayBefore: before(todayX, 'today', false),
  };
}

/** Where the overview strip marks events: every event's start, or every nth of thousands. */
export function overviewDots(events: readonly TimelineEvent[], extentOf: (event: TimelineEvent) => Extent, domain: readonly [number, number], width: number): number[] {
  const overview = timeScale(domain, [0, width || 1]);
  const step = Math.max(1, Math.ceil(events.length / OVERVIEW_DOTS));
  const dots: number[] = [];
  events.forEach((event, i) => {
    if (i % step === 0) dots.push(overview.x(extentOf(event).start));
  });
  return dots;
}
