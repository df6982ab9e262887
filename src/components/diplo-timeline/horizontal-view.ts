/**
 * The horizontal view, as the timeline hosts it: its element (internal, in a chunk of its own
 * fetched the first time a timeline needs it), drawn once defined; the list stands in if the
 * chunk cannot be fetched. The axis is registered under a tag of its own choosing, so a page
 * that registers the public elements under other names (or has a `diplo-axis` of its own)
 * still works.
 */
import { nothing, type ReactiveControllerHost } from 'lit';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { directionOf } from '../../i18n/locale.js';
import type { UiStrings } from '../../i18n/strings.js';
import { childLevelBase } from '../shared/headings.js';
import { calendarDay, type DateLocale } from '../../model/index.js';
import type { DiploAxis } from './diplo-axis.js';
import type { ViewModel } from './view-model.js';

/** The axis's tag, once its chunk is loaded and the class defined. */
let axisTag: { name: string; literal: StaticValue } | undefined;
let axisLoading: Promise<void> | undefined;

/** Loads the axis's chunk and defines its element under a free tag (once per page). */
function loadAxis(): Promise<void> {
  axisLoading ??= import('./diplo-axis.js').then(({ DiploAxis: Axis }) => {
    let name = 'diplo-axis';
    for (let n = 2; customElements.get(name) && customElements.get(name) !== Axis; n++) name = `diplo-axis-${String(n)}`;
    if (!customElements.get(name)) customElements.define(name, Axis);
    // Our own constant name, never data: static markup is safe here.
    axisTag = { name, literal: unsafeStatic(name) };
  });
  return axisLoading;
}

export interface HorizontalHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly resolvedLayout: 'vertical' | 'horizontal';
  singleLane: boolean;
  showToday: boolean;
  headingLevel: number;
  start?: string;
  end?: string;
  theme?: 'light' | 'dark';
}

export class HorizontalView {
  /** The chunk could not be fetched: the list stands in. */
  failed = false;

  constructor(private readonly _host: HorizontalHost) {}

  /** Whether the axis's element is defined (its chunk loaded). */
  get defined(): boolean {
    return axisTag !== undefined;
  }

  /** Loads the axis's chunk; a failure is remembered, and the list shown instead. */
  async load(): Promise<void> {
    await loadAxis().catch(() => {
      this.failed = true;
    });
  }

  /** The axis, drawn and up to date, when the horizontal view is showing; else null. */
  async ready(): Promise<DiploAxis | null> {
    await this._host.updateComplete;
    if (this._host.resolvedLayout !== 'horizontal' || !axisTag) return null;
    const axis = this._host.renderRoot.querySelector<DiploAxis>(axisTag.name);
    if (axis) await axis.updateComplete;
    return axis;
  }

  async zoomTo(start: string | number | Date, end: string | number | Date): Promise<boolean> {
    const axis = await this.ready();
    // Dates are read in the axis's chunk, not up front.
    return !!axis && axis.zoomToDates(start, end);
  }

  async fit(): Promise<boolean> {
    const axis = await this.ready();
    if (!axis) return false;
    axis.fit();
    return true;
  }

  render(vm: ViewModel, strings: UiStrings, lang: string, dateLocale: DateLocale | undefined, dataLang: string | undefined) {
    if (!axisTag) {
      // Drawn once its element is defined: an element upgraded later would only see its
      // events in its first update, too late to measure their labels a slice at a time.
      void this.load().then(() => {
        this._host.requestUpdate();
      });
      return nothing;
    }
    const host = this._host;
    const tag = axisTag.literal;
    return staticHtml`<${tag}
      part="axis"
      .events=${vm.events}
      .actors=${vm.timeline.actors}
      .eras=${vm.timeline.eras ?? []}
      .asOfDate=${vm.cardAsOf}
      .dateLocale=${dateLocale}
      .strings=${strings}
      .context=${vm.context}
      .direction=${directionOf(lang)}
      .dataLang=${dataLang}
      .headingLevel=${childLevelBase(host.headingLevel, !!vm.timeline.title) + 1}
      ?single-lane=${host.singleLane}
      .today=${host.showToday ? calendarDay(new Date()) : undefined}
      .windowStart=${host.start}
      .windowEnd=${host.end}
      theme=${host.theme ?? nothing}
    ></${tag}>`;
  }
}
