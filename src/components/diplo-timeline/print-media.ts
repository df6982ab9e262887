/**
 * Print is the list, whatever the screen shows: a horizontal view would print as a chart cut
 * at the page's edge, with its controls and no card. From `beforeprint`, and while print
 * media applies (as when a tool emulates it), the timeline also draws its list, every card
 * whole; its styles show only the list on paper and only the axis on screen, so the axis
 * keeps its window and the reader finds it as it was. `afterprint` needs no listener: print
 * media stops applying then.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintMedia implements ReactiveController {
  /** The page is printing (or print media applies): draw the list. */
  active = false;
  private _query?: MediaQueryList;

  /** @param _onPrint - called as printing starts, before the page is laid out for paper (and again as it ends: it must be idempotent). */
  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _onPrint: () => void,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this._change);
    (this._query ??= matchMedia('print')).addEventListener('change', this._change);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this._change);
    this._query?.removeEventListener('change', this._change);
  }

  private _change = (event: Event): void => {
    const active = event.type === 'beforeprint' || (event as MediaQueryListEvent).matches;
    if (active === this.active) return;
    this.active = active;
    // Called as printing ends too: it does nothing more then.
    this._onPrint();
    this._host.requestUpdate();
  };
}
