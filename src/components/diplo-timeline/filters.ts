/**
 * The reader's choices: which actors and kinds to show, and the view ("as the story ran" or
 * "what happened next" when the data holds hindsight). The controls that change them, and
 * `diplo-filter-change` when the reader does (never when the page sets an attribute).
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { UiStrings } from '../../i18n/strings.js';
import { EVENT_KINDS, type EventKind } from '../../model/index.js';
import type { DiploFilterChangeDetail } from './events.js';
import type { TimelineView, ViewModel } from './view-model.js';

/** Splits a space- or comma-separated attribute into values. */
function listOf(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}

export class Filters {
  actors: ReadonlySet<string> = new Set();
  kinds: ReadonlySet<EventKind> = new Set();
  view: TimelineView = 'as-ran';
  /** Bumped at every change: the view model is rebuilt when it moves. */
  version = 0;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {}

  /** Takes the `filter-actors` attribute (the page's choice; no event). */
  setActors(value: string | undefined): void {
    this._set({ actors: new Set(listOf(value)) });
  }

  /** Takes the `filter-kinds` attribute (the page's choice; no event). */
  setKinds(value: string | undefined): void {
    this._set({ kinds: new Set(listOf(value).filter((kind): kind is EventKind => (EVENT_KINDS as readonly string[]).includes(kind))) });
  }

  /** Shows everything again, in the view after the story when the event is hindsight (revealing an event). */
  reveal(hindsight: boolean): void {
    this._set({ actors: new Set(), kinds: new Set(), view: hindsight ? 'next' : this.view });
  }

  /** Back to the view as the story ran (new data). */
  resetView(): void {
    this.view = 'as-ran';
  }

  get active(): boolean {
    return this.actors.size > 0 || this.kinds.size > 0;
  }

  private _set(change: Partial<Pick<Filters, 'actors' | 'kinds' | 'view'>>): void {
    Object.assign(this, change);
    this.version++;
    this._host.requestUpdate();
  }

  /** The reader changed something: say so. */
  private _byReader(change: Partial<Pick<Filters, 'actors' | 'kinds' | 'view'>>): void {
    this._set(change);
    const detail: DiploFilterChangeDetail = { actors: [...this.actors], kinds: [...this.kinds], view: this.view };
    this._host.dispatchEvent(new CustomEvent('diplo-filter-change', { detail, bubbles: true, composed: true }));
  }

  /** The view switch, the filters (in a disclosure) and "Show all". */
  render(vm: ViewModel, strings: UiStrings) {
    const toggle = (label: string, pressed: boolean, onClick: () => void, part?: string) =>
      html`<button type="button" part=${part ?? nothing} aria-pressed=${pressed ? 'true' : 'false'} @click=${onClick}>${label}</button>`;
    const setView = (view: TimelineView) => () => {
      if (this.view !== view) this._byReader({ view });
    };
    return html`<div part="controls" class="controls">
      ${vm.hasHindsight
        ? html`<div part="view-switch" class="group" role="group" aria-label=${strings.viewLabel}>
            ${toggle(strings.asRan, vm.view === 'as-ran', setView('as-ran'))} ${toggle(strings.whatNext, vm.view === 'next', setView('next'))}
          </div>`
        : nothing}
      ${vm.actors.length > 1 || vm.kinds.length > 1
        ? html`<details part="filters" class="filters" ?open=${this.active}>
            <summary>${strings.filter}</summary>
            ${vm.actors.length > 1
              ? html`<div class="group" role="group" aria-label=${strings.filterActors}>
                  ${vm.actors.map((actor) =>
                    toggle(actor.label, this.actors.has(actor.id), () => {
                      this._byReader({ actors: toggled(this.actors, actor.id) });
                    }, 'filter'),
                  )}
                </div>`
              : nothing}
            ${vm.kinds.length > 1
              ? html`<div class="group" role="group" aria-label=${strings.filterKinds}>
                  ${vm.kinds.map((kind) =>
                    toggle(strings.kinds[kind], this.kinds.has(kind), () => {
                      this._byReader({ kinds: toggled(this.kinds, kind) });
                    }, 'filter'),
                  )}
                </div>`
              : nothing}
          </details>`
        : nothing}
      ${this.active
        ? html`<button
            type="button"
            class="show-all"
            @click=${() => {
              this._byReader({ actors: new Set(), kinds: new Set() });
            }}
          >
            ${strings.showAll}
          </button>`
        : nothing}
    </div>`;
  }
}
