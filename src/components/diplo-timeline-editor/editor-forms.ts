/**
 * The forms pane: the timeline's own fields, its actors and eras, the list of events and the
 * selected event's form, and the list of problems that jumps to each field, with a row of
 * links to each part. Composes the form modules (form/) over the store; the element owns which
 * event is selected.
 */
import { html, type ReactiveControllerHost } from 'lit';
import type { DateLocale } from '../../model/index.js';
import {
  FormView,
  focusField,
  formStrings,
  formStyles,
  loadFormStrings,
  renderActors,
  renderEras,
  renderEventForm,
  renderEventList,
  renderProblems,
  renderTimelineSection,
  rowId,
  type FormContext,
} from './form/index.js';
import type { ShellStrings } from './shell-strings.js';
import type { DraftPath } from './state/draft.js';
import type { EditorStore } from './state/editor-store.js';

export interface FormsOptions {
  /** The author picked an event (in the list, or by adding one); undefined: none. */
  select(index: number | undefined): void;
  selected(): number | undefined;
}

export interface FormsRenderOptions {
  lang: string;
  dateLocale?: DateLocale;
  onJump(path: DraftPath): void;
}

/** The parts of the pane, in order, for the links at its top: each part's heading id. */
const PARTS = ['timeline', 'actors', 'eras', 'events', 'problems'] as const;

export class EditorForms {
  static styles = formStyles;
  private _view: FormView;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly _store: () => EditorStore,
    private readonly _options: FormsOptions,
  ) {
    this._view = new FormView(_host);
  }

  /** The form's words for a language, and the readers' words it reuses: what to wait for before rendering. */
  ready(lang: string): Promise<void> | undefined {
    return loadFormStrings(lang);
  }

  /** Focuses the field at a path (after the element rendered it). */
  focus(path: DraftPath): void {
    focusField(this._host.renderRoot, path);
  }

  /** Scrolls the list's row of an event into view (selected in the preview). */
  reveal(index: number): void {
    const row = [...this._host.renderRoot.querySelectorAll<HTMLElement>('[id]')].find((element) => element.id === rowId(index));
    row?.scrollIntoView({ block: 'nearest' });
  }

  private _goTo(part: (typeof PARTS)[number]): void {
    const heading = [...this._host.renderRoot.querySelectorAll<HTMLElement>('h2[id]')].find((element) => element.id === `heading-${part}`);
    if (!heading) return;
    heading.tabIndex = -1;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  render(strings: ShellStrings, options: FormsRenderOptions) {
    const ctx: FormContext = {
      store: this._store(),
      strings: formStrings(options.lang),
      lang: options.lang,
      dateLocale: options.dateLocale,
      view: this._view,
    };
    const problems = ctx.store.result.problems.length;
    const names: Record<(typeof PARTS)[number], string> = {
      timeline: strings.timelineSection,
      actors: strings.actorsSection,
      eras: strings.erasSection,
      events: strings.eventsSection,
      problems: problems ? `${strings.problems} (${String(problems)})` : strings.problems,
    };
    return html`
      <nav class="parts" aria-label=${strings.editor}>
        <ul>
          ${PARTS.map(
            (part) => html`<li>
              <button
                type="button"
                class="part-link"
                @click=${() => {
                  this._goTo(part);
                }}
              >
                ${names[part]}
              </button>
            </li>`,
          )}
        </ul>
      </nav>
      ${renderTimelineSection(ctx)} ${renderActors(ctx)} ${renderEras(ctx)}
      <div class="events-pane">
        ${renderEventList(ctx, {
          selected: this._options.selected(),
          onSelect: (index) => {
            this._options.select(index);
          },
        })}
        ${renderEventForm(ctx, this._options.selected())}
      </div>
      ${renderProblems(ctx, {
        onJump: (path) => {
          options.onJump(path);
        },
      })}
    `;
  }
}
