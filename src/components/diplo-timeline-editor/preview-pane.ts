/**
 * The live preview: the timeline as readers will see it, redrawn from the store's parsed
 * timeline at most once a frame (typing never waits for it), switchable between the list and
 * the time axis and between a phone's width and the pane's. Selecting an event in it selects it
 * in the form; selecting one in the form shows it here.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { ref, createRef } from 'lit/directives/ref.js';
import type { Timeline } from '../../model/index.js';
import { DiploTimeline } from '../diplo-timeline/diplo-timeline.js';
import type { EditorStore } from './state/editor-store.js';
import type { ShellStrings } from './shell-strings.js';

let timelineTag: StaticValue | undefined;

/**
 * The tag the timeline's class is registered under: whatever the page chose, else
 * `diplo-timeline` (or a free name, if that one is taken by something else). Our own names,
 * never data: static markup is safe here.
 */
function previewTag(): StaticValue {
  if (timelineTag) return timelineTag;
  let name = customElements.getName(DiploTimeline);
  if (!name) {
    name = 'diplo-timeline';
    for (let n = 2; customElements.get(name); n++) name = `diplo-timeline-${String(n)}`;
    customElements.define(name, DiploTimeline);
  }
  timelineTag = unsafeStatic(name);
  return timelineTag;
}

export type PreviewLayout = 'vertical' | 'horizontal';
export type PreviewWidth = 'phone' | 'desktop';

export interface PreviewOptions {
  /** The reader picked an event in the preview: its id. */
  onSelect(id: string): void;
}

export class PreviewPane implements ReactiveController {
  layout: PreviewLayout = 'vertical';
  width: PreviewWidth = 'desktop';
  /** The timeline drawn now (the store's, as of the last frame). */
  private _shown?: Timeline;
  private _frame = 0;
  private _unsubscribe?: () => void;
  private _timeline = createRef<DiploTimeline>();

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _store: () => EditorStore,
    private readonly _options: PreviewOptions,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    cancelAnimationFrame(this._frame);
  }

  /** Follows the store (again, after the element was given a new one). */
  watch(): void {
    this._unsubscribe?.();
    this._unsubscribe = this._store().subscribe(() => {
      this._schedule();
    });
    this._schedule();
  }

  /** The preview's element, once drawn. */
  get element(): DiploTimeline | undefined {
    return this._timeline.value;
  }

  /**
   * Shows an event of the preview (selected in the form), when the preview is beside the form:
   * stacked on a phone, the author stays with the form they are editing. Only the preview
   * scrolls: the page stays where the author is.
   */
  async show(id: string): Promise<void> {
    await this._host.updateComplete;
    const timeline = this._timeline.value;
    const pane = timeline?.closest('.preview-pane');
    if (!timeline || !pane || getComputedStyle(pane).position !== 'sticky') return;
    const { scrollX, scrollY } = window;
    await timeline.scrollToEvent(id, { smooth: false });
    window.scrollTo(scrollX, scrollY);
  }

  /** Draws the store's latest timeline on the next frame: many keystrokes, one redraw. */
  private _schedule(): void {
    cancelAnimationFrame(this._frame);
    this._frame = requestAnimationFrame(() => {
      const next = this._store().result.timeline;
      if (next === this._shown) return;
      this._shown = next;
      this._host.requestUpdate();
    });
  }

  private _onSelect = (event: HTMLElementEventMap['diplo-select']): void => {
    this._options.onSelect(event.detail.id);
  };

  render(strings: ShellStrings, lang: string) {
    const toggle = (pressed: boolean, label: string, onClick: () => void) =>
      html`<button type="button" aria-pressed=${pressed ? 'true' : 'false'} @click=${onClick}>${label}</button>`;
    return html`<section class="preview" aria-labelledby="preview-title">
      <div class="preview-bar">
        <h2 id="preview-title" class="pane-title">${strings.preview}</h2>
        <div class="group" role="group" aria-label=${strings.preview}>
          ${toggle(this.layout === 'vertical', strings.vertical, () => {
            this.layout = 'vertical';
            this._host.requestUpdate();
          })}
          ${toggle(this.layout === 'horizontal', strings.horizontal, () => {
            this.layout = 'horizontal';
            this._host.requestUpdate();
          })}
        </div>
        <div class="group" role="group" aria-label=${`${strings.phone} / ${strings.desktop}`}>
          ${toggle(this.width === 'phone', strings.phone, () => {
            this.width = 'phone';
            this._host.requestUpdate();
          })}
          ${toggle(this.width === 'desktop', strings.desktop, () => {
            this.width = 'desktop';
            this._host.requestUpdate();
          })}
        </div>
      </div>
      <div class=${this.width === 'phone' ? 'frame phone' : 'frame'}>
        ${staticHtml`<${previewTag()}
          ${ref(this._timeline)}
          lang=${lang}
          layout=${this.layout}
          heading-level="3"
          expanded
          .data=${this._shown ?? this._store().result.timeline}
          @diplo-select=${this._onSelect}
        ></${previewTag()}>`}
      </div>
    </section>`;
  }
}
