/**
 * schema.org JSON-LD for search engines, kept in step with what the view shows: written by a
 * chunk loaded only when `structured-data` is set (see json-ld-script.ts); a script the server
 * left is adopted rather than doubled, and removed when structured data is turned off.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JsonLdInput } from './json-ld-script.js';

export class JsonLd implements ReactiveController {
  private _script?: HTMLScriptElement;
  private _input?: JsonLdInput;
  /** The write under way, if any (the host's `updateComplete` waits for it). */
  pending?: Promise<void>;

  /** @param input - what to describe now, or undefined for nothing (the script is removed). */
  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _inputNow: () => JsonLdInput | undefined,
  ) {
    _host.addController(this);
  }

  hostUpdated(): void {
    const input = this._inputNow();
    if (!input) {
      this._script?.remove();
      this._script = undefined;
      this._input = undefined;
      return;
    }
    if (input.timeline === this._input?.timeline && input.events === this._input.events && input.asOf === this._input.asOf && this._script?.isConnected) return;
    this._input = input;
    const pending = import('./json-ld-script.js').then(({ writeJsonLd }) => {
      // Still what the view shows (a later update may have changed it while this loaded).
      if (this._input === input) this._script = writeJsonLd(this._host, input, this._script).script;
      if (this.pending === pending) this.pending = undefined;
    });
    this.pending = pending;
  }
}
