/**
 * A URL hash that names an event (`#hanoi-summit`) scrolls to it and focuses it: when the
 * page opens with one (once the events are there) and whenever it changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface HashLinkTarget {
  /** True once there are events to follow a hash to (the page's first hash waits for them). */
  ready(): boolean;
  /** True when the timeline has an event with this id. */
  has(id: string): boolean;
  /** Brings the event into view and gives it focus. */
  go(id: string): Promise<unknown>;
}

export class HashLinks implements ReactiveController {
  private _pending = true;

  constructor(
    host: ReactiveControllerHost,
    private readonly _target: HashLinkTarget,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this._follow);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this._follow);
  }

  hostUpdated(): void {
    if (!this._pending || !this._target.ready()) return;
    this._pending = false;
    this._follow();
  }

  private _follow = (): void => {
    let id: string;
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return;
    }
    if (id && this._target.has(id)) void this._target.go(id);
  };
}
