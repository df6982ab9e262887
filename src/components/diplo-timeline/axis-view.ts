/**
 * The horizontal view drawn from a scene (axis-scene.ts): the toolbar, the viewport with its
 * ticks, lanes and events, the overview strip, and the selected event's card, drawn straight
 * into the axis's shadow root (no element per card, so no other tag needs to be defined).
 * Positions go through the CSSOM (`place`): no style attributes, for strict-CSP pages.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { UiStrings } from '../../i18n/strings.js';
import type { Drawn, Placement } from '../../model/axis-layout.js';
import { MARKER_PX } from '../../model/axis-layout.js';
import type { Era, TimelineEvent } from '../../model/index.js';
import { renderEventCard, type CardOptions } from '../diplo-event/event-card.js';
import { place } from '../shared/place.js';
import { LANE_LABEL_PX, ROW_PX, type AxisScene, type EraView, type LaneView } from './axis-scene.js';

/**
 * The parts the page reaches through `<diplo-timeline>` (`::part(axis-toolbar)`): the view's
 * own under an `axis-` name, the open card's under the names the list's cards have.
 */
export const EXPORTED_PARTS = [
  ...['toolbar', 'range', 'viewport', 'ticks', 'lane', 'lane-label', 'era', 'event', 'as-of', 'today', 'overview', 'hint', 'detail', 'close'].map((part) => `${part}: axis-${part}`),
  ...['card', 'meta', 'kind', 'date', 'event-title', 'badges', 'badge', 'actors', 'actor', 'location', 'event-summary', 'quote', 'media', 'sources', 'related'],
].join(', ');

export const px = (value: number) => `${String(Math.round(value * 10) / 10)}px`;

/** What the reader can do, wired once by the element. */
export interface AxisHandlers {
  zoomIn: () => void;
  zoomOut: () => void;
  fitAll: () => void;
  eraChange: (e: Event) => void;
  close: () => void;
  wheel: (e: WheelEvent) => void;
  pointerDown: (e: PointerEvent) => void;
  pointerMove: (e: PointerEvent) => void;
  pointerUp: (e: PointerEvent) => void;
  keyDown: (e: KeyboardEvent) => void;
  click: (e: MouseEvent) => void;
  focusIn: (e: FocusEvent) => void;
  overviewPointer: (e: PointerEvent) => void;
}

export interface AxisViewOptions {
  strings: UiStrings;
  eras: readonly Era[];
  dragging: boolean;
  /** A zoom gesture is under way: labels wait until it settles. */
  zooming: boolean;
  selectedId?: string;
  /** The as-of line's words ("As of June 18, 2019"); none hides the line. */
  asOfText?: string;
  /** The overview strip's dots: pixels from its start. */
  overview: readonly number[];
  /** The open card: its event and how to draw it. */
  card?: { event: TimelineEvent; options: CardOptions };
  isAhead: (event: TimelineEvent) => boolean;
  /** The event's date as words (formatted once per event and language). */
  dateText: (event: TimelineEvent) => string;
  handlers: AxisHandlers;
  /** Time runs right to left. */
  rtl: boolean;
}

export function renderAxis(scene: AxisScene, options: AxisViewOptions) {
  const { strings, handlers } = options;
  const { frame } = scene;
  const lanes = lanesOf(scene);
  return html`
    <div class="toolbar" part="toolbar" role="toolbar" aria-label=${strings.zoomControls}>
      <button type="button" aria-label=${strings.zoomOut} @click=${handlers.zoomOut}>−</button>
      <button type="button" aria-label=${strings.zoomIn} @click=${handlers.zoomIn}>+</button>
      <button type="button" @click=${handlers.fitAll}>${strings.fitAll}</button>
      ${options.eras.length
        ? html`<select aria-label=${strings.zoomToEra} @change=${handlers.eraChange}>
            <option value="">${strings.zoomToEra}</option>
            ${options.eras.map((era, i) => html`<option value=${i}>${era.title}</option>`)}
          </select>`
        : nothing}
      <span class="range" part="range"></span>
    </div>
    <div
      class=${['viewport', options.dragging ? 'dragging' : '', options.zooming ? 'zooming' : ''].filter(Boolean).join(' ')}
      part="viewport"
      @wheel=${handlers.wheel}
      @pointerdown=${handlers.pointerDown}
      @pointermove=${handlers.pointerMove}
      @pointerup=${handlers.pointerUp}
      @pointercancel=${handlers.pointerUp}
      @keydown=${handlers.keyDown}
      @click=${handlers.click}
      @focusin=${handlers.focusIn}
    >
      <div class="ticks" part="ticks" aria-hidden="true">
        <div class="slide"><div class="frame">
          ${scene.ticks.map(
            (tick) => html`<span class=${tick.major ? 'tick major' : 'tick'} ${place({ 'inset-inline-start': px((tick.time - frame.origin) * frame.k) })}>${tick.label}</span>`,
          )}
        </div></div>
      </div>
      <div class="plane" ${place({ 'block-size': px(scene.height) })}>
        ${scene.lanes.map(
          (lane) => html`<div class="lane" part="lane" aria-hidden="true" ${place({ position: 'absolute', 'inset-inline': '0', 'inset-block-start': px(lane.top), 'block-size': px(LANE_LABEL_PX + lane.rows * ROW_PX) })}>
            <span class="lane-label" part="lane-label">${lane.label}${lane.hidden ? html` <span class="count">+${lane.hidden}</span>` : nothing}</span>
          </div>`,
        )}
        <div class="slide"><div class="frame">
          ${scene.eras.map((era) => renderEra(era, options.rtl))}
          ${options.asOfText !== undefined && scene.asOfX !== undefined
            ? html`<div class="as-of" part="as-of" aria-hidden="true" ${place({ 'inset-inline-start': px(scene.asOfX) })}>
                <span class=${scene.asOfBefore ? 'before' : 'after'}>${options.asOfText}</span>
              </div>`
            : nothing}
          ${scene.todayX !== undefined
            ? html`<div class="today" part="today" aria-hidden="true" ${place({ 'inset-inline-start': px(scene.todayX) })}>
                <span class=${scene.todayBefore ? 'before' : 'after'}>${strings.today}</span>
              </div>`
            : nothing}
          <ol class="events" aria-label=${strings.events}>
            ${repeat(inReadingOrder(scene), (d) => ('row' in d ? d.p.event.id : d.event.id), (d) => ('row' in d ? renderItem(d, scene, options, true, lanes) : renderUnread(d, options, lanes)))}
          </ol>
          <div aria-hidden="true">${repeat(scene.echoes, (d) => `${d.p.event.id}\n${String(d.p.lane)}`, (d) => renderItem(d, scene, options, false))}</div>
          ${scene.lanes.map((lane, i) => (scene.dotLanes.has(i) ? renderDots(i, lane, scene) : nothing))}
        </div></div>
      </div>
    </div>
    <div class="overview" part="overview" aria-hidden="true" @pointerdown=${handlers.overviewPointer} @pointermove=${handlers.overviewPointer}>
      ${options.overview.map((x) => html`<span class="dot" ${place({ 'inset-inline-start': px(x) })}></span>`)}
      <span class="window"></span>
    </div>
    <p class="hint" part="hint">${strings.axisHint}</p>
    ${options.card
      ? html`<div class="detail" part="detail">
          ${renderEventCard(options.card.event, options.card.options)}
          <button type="button" part="close" @click=${handlers.close}>${strings.close}</button>
        </div>`
      : nothing}
  `;
}

/**
 * The lanes each drawn event is in, by id, as a screen reader hears them after its title (the
 * lanes themselves are drawn for the eye only). Nothing when all events share one lane.
 */
function lanesOf(scene: AxisScene): Map<string, string> {
  const names = new Map<string, string>();
  if (scene.lanes.length < 2) return names;
  for (const p of [...scene.primaries.map((d) => d.p), ...scene.echoes.map((d) => d.p), ...scene.dotted]) {
    const label = scene.lanes[p.lane]?.label;
    const id = p.event.id;
    if (label) names.set(id, names.has(id) ? `${names.get(id) ?? ''}, ${label}` : label);
  }
  return names;
}

/** The drawn events and those that are only dots, in the list's (time) order. */
function inReadingOrder(scene: AxisScene): (Drawn | Placement)[] {
  if (scene.unread.length === 0) return scene.primaries;
  const index = (d: Drawn | Placement) => ('row' in d ? d.p.index : d.index);
  return [...scene.primaries, ...scene.unread].sort((a, b) => index(a) - index(b));
}

/** An event with no room for a label: a dot for the eye, an item of the list for a screen reader. */
function renderUnread(p: Placement, options: AxisViewOptions, lanes: Map<string, string>) {
  const { event } = p;
  const ahead = options.isAhead(event);
  return html`<li class="unread visually-hidden" data-id=${event.id}>
    ${options.dateText(event)}: ${event.title}${lanes.has(event.id) ? ` — ${lanes.get(event.id) ?? ''}` : ''}${ahead ? ` (${options.strings.ahead})` : ''}
  </li>`;
}

/** An era's band, and its name where the band has room for it in the window. */
function renderEra(era: EraView, rtl: boolean) {
  // Physical sides: the name's own direction follows its text (dir="auto"), the band's the page's.
  return html`<div class="band" part="era" aria-hidden="true" ${place({ 'inset-inline-start': px(era.x), 'inline-size': px(era.width) })}>
    ${era.labelWidth
      ? html`<span class="band-label" dir="auto" ${place({ [rtl ? 'right' : 'left']: px(era.labelX), 'max-inline-size': px(era.labelWidth) })}>${era.title}</span>`
      : nothing}
  </div>`;
}

/** One event in one lane: a list item in its first lane, a copy hidden from assistive technology in the others. */
function renderItem(d: Drawn, scene: AxisScene, options: AxisViewOptions, primary: boolean, lanes?: Map<string, string>) {
  const { event } = d.p;
  const lane = scene.lanes[d.p.lane];
  const ahead = options.isAhead(event);
  const selected = event.id === options.selectedId;
  const approximate = event.when.start.approximate || event.when.end?.approximate;
  const classes = [
    primary ? 'event' : 'echo',
    d.width ? 'ranged' : 'point',
    event.kind === 'deadline' ? 'deadline' : '',
    approximate ? 'approximate' : '',
    ahead ? 'ahead' : '',
    selected ? 'selected' : '',
    !primary && event.id === scene.focusId ? 'focused' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const start = d.x - (d.width ? 0 : MARKER_PX / 2);
  const position = {
    'inset-inline-start': px(start),
    'inset-block-start': px((lane?.top ?? 0) + LANE_LABEL_PX + d.row * ROW_PX + 3),
    'inline-size': d.width ? px(d.width) : undefined,
    '--_lane': lane?.color,
  };
  // A label cut short, or not drawn, gives its whole title on hover (and in full on focus).
  const title = d.cut ? event.title : nothing;
  // Physical sides: the label's own direction follows its text (dir="auto"), the item's the page's.
  const side = options.rtl ? 'right' : 'left';
  const label = place(d.labelWidth ? { [side]: px(d.labelX - start), 'inline-size': px(d.labelWidth) } : { [side]: px(d.width ? 0 : MARKER_PX + 4) });
  const content = html`${d.width ? html`<span class="bar"></span>` : html`<span class="marker"></span>`}
    <span class=${d.labelWidth ? 'label' : 'label off'} dir="auto" ${label}>${event.title}</span>`;
  if (!primary) return html`<div part="event" class=${classes} data-id=${event.id} title=${title} ${place(position)}>${content}</div>`;
  return html`<li
    part="event"
    class=${classes}
    data-id=${event.id}
    title=${title}
    tabindex=${event.id === scene.tabStop ? '0' : '-1'}
    aria-current=${selected ? 'true' : nothing}
    ${place(position)}
  >
    <span class="visually-hidden">${options.dateText(event)}: </span>${content}<span class="visually-hidden">
      ${lanes?.has(event.id) ? ` — ${lanes.get(event.id) ?? ''}` : ''}${ahead ? ` (${options.strings.ahead})` : ''}</span
    >
  </li>`;
}

/** The strip where a lane's events with no row are dots, drawn on a canvas after rendering (drawDots). */
function renderDots(index: number, lane: LaneView, scene: AxisScene) {
  const { frame } = scene;
  return html`<canvas
    class="more"
    aria-hidden="true"
    data-lane=${index}
    ${place({
      'inset-inline-start': px((frame.anchor - frame.origin) * frame.k),
      'inset-block-start': px(lane.top),
      'inline-size': px(frame.width),
      'block-size': px(LANE_LABEL_PX),
    })}
  ></canvas>`;
}

/**
 * Events with no row at this zoom: a dot each, on one canvas strip per lane (thousands of
 * them as elements would be thousands of boxes to lay out and paint on every zoom frame).
 * The dots take the lane's colour, or the muted text colour (read once) for the shared lane.
 */
export function drawDots(root: ParentNode, scene: AxisScene, rtl: boolean, mutedColor: (canvas: HTMLCanvasElement) => string): void {
  const canvases = root.querySelectorAll<HTMLCanvasElement>('canvas.more');
  if (!canvases.length) return;
  const { frame } = scene;
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(frame.width * ratio);
  const height = Math.round(LANE_LABEL_PX * ratio);
  const forced = matchMedia('(forced-colors: active)').matches;
  const left = (frame.anchor - frame.origin) * frame.k;
  const byLane = new Map<number, CanvasRenderingContext2D>();
  for (const canvas of canvases) {
    // Resizing clears; an unchanged size is cleared by hand (cheaper than a new bitmap).
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const context = canvas.getContext('2d');
    if (!context) continue;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, frame.width, LANE_LABEL_PX);
    const lane = scene.lanes[Number(canvas.dataset.lane)];
    context.fillStyle = forced ? 'CanvasText' : (lane?.color ?? mutedColor(canvas));
    byLane.set(Number(canvas.dataset.lane), context);
  }
  for (const dot of scene.dots) {
    const context = byLane.get(dot.lane);
    if (!context) continue;
    const x = dot.x - left;
    context.fillRect((rtl ? frame.width - x : x) - 2, LANE_LABEL_PX / 2 - 2, 4, 4);
  }
}
