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
import { laneHeightRows, visibleItems, type AxisLayout, type Dot, type Drawn } from '../../model/axis-layout.js';
import type { DrawFrame } from './axis-viewport.js';

/** One row of labels. */
export const ROW_PX = 36;
/** The strip above the lanes that names the eras. */
export const ERA_STRIP_PX = 22;
/** A lane's name, above its rows. */
export const LANE_LABEL_PX = 24;
/** The overview strip shows at most about this many events (every nth of more). */
const OVERVIEW_DOTS = 800;

export interface LaneView {
  label: string;
  /** The actor's colour, checked. */
  color?: string;
  /** Pixels from the top of the lanes. */
  top: number;
  /** Rows of labels, and the row of dots if any. */
  rows: number;
}

export interface EraView {
  title: string;
  /** Pixels from the origin. */
  x: number;
  width: number;
}

export interface AxisScene {
  frame: DrawFrame;
  ticks: readonly Tick[];
  lanes: readonly LaneView[];
  /** The lanes' height, era strip included. */
  height: number;
  /** Events drawn in their first lane, in time order: the list assistive technology reads. */
  primaries: Drawn[];
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
  todayX?: number;
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
}

const startOf = (date: PartialDate) => eventExtent({ when: { start: date } }).start;

/** The frame's scene. */
export function axisScene(input: SceneInput): AxisScene {
  const { layout, frame, width } = input;
  const { k, origin, anchor } = frame;
  const stack = layout.stackAt(k);

  let top = input.eras.length ? ERA_STRIP_PX : 0;
  const lanes = input.laneLabels.map((lane, i) => {
    const rows = laneHeightRows(stack, i);
    const view = { ...lane, top, rows };
    top += LANE_LABEL_PX + rows * ROW_PX;
    return view;
  });

  const keep = new Set([input.focusId, input.selectedId].filter((id) => id !== undefined));
  const { drawn, dots } = width ? visibleItems(layout.placements, stack, { start: anchor, end: frame.end, k, origin, keep }) : { drawn: [], dots: [] };
  const primaries = drawn.filter((d) => d.p.primary).sort((a, b) => a.p.index - b.p.index);
  // The first drawn in the first lane with any.
  const first = drawn.find((d) => d.p.primary)?.p.event.id;
  const focusDrawn = input.focusId !== undefined && primaries.some((d) => d.p.event.id === input.focusId);

  const left = (anchor - origin) * k;
  const inDrawn = (x: number) => x >= left && x <= left + frame.width;
  const eras = input.eras.flatMap(({ era, extent }) => {
    const x = (extent.start - origin) * k;
    const end = (extent.end - origin) * k;
    return end < left || x > left + frame.width ? [] : [{ title: era.title, x, width: end - x }];
  });
  const todayX = input.today ? (startOf(input.today) - origin) * k : undefined;

  return {
    frame,
    ticks: width ? timeTicks([anchor, frame.end], Math.max(2, Math.floor(frame.width / TICK_SPACING_PX)), input.dateLocale).ticks : [],
    lanes,
    height: top,
    primaries,
    echoes: drawn.filter((d) => !d.p.primary),
    dots,
    dotLanes: new Set(dots.map((dot) => dot.lane)),
    focusId: input.focusId ?? first ?? input.events[0]?.id,
    tabStop: focusDrawn ? input.focusId : first,
    eras,
    asOfX: input.asOf ? (startOf(input.asOf) - origin) * k : undefined,
    todayX: todayX !== undefined && inDrawn(todayX) ? todayX : undefined,
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
