/**
 * `layout="auto"`: horizontal when the element itself is at least HORIZONTAL_MIN_WIDTH wide,
 * vertical otherwise. Watches the element's width and asks for a render only when the
 * choice of view changes (most width changes change nothing).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** layout="auto" turns horizontal from this element width on. */
export const HORIZONTAL_MIN_WIDTH = 720;

export class AutoLayout implements ReactiveController {
  /** The element's width, as last observed. */
  width = 0;
  private _observer?: ResizeObserver;

  /** @param resolved - the layout in use now (it depends on `width` when auto). */
  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _resolved: () => string,
  ) {
    _host.addController(this);
  }

  /** The view `auto` picks at the last observed width. */
  get wide(): boolean {
    return this.width >= HORIZONTAL_MIN_WIDTH;
  }

  hostConnected(): void {
    // Applied on the next frame: changing layout inside the observer's callback would resize
    // what it observes in the same frame (a "ResizeObserver loop").
    this._observer ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      requestAnimationFrame(() => {
        const before = this._resolved();
        this.width = width;
        if (this._resolved() !== before) this._host.requestUpdate();
      });
    });
    this._observer.observe(this._host);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }
}
