// A small element that renders one part of the editor form in a shadow root with the editor's
// styles, re-rendering when the store changes, as the editor element will: the form's tests
// render each section into it.
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, type TemplateResult } from 'lit';
import { themeStyles } from '../components/shared/theme.styles.js';
import { FormView, type FormContext } from '../components/diplo-timeline-editor/form/context.js';
import { formStyles } from '../components/diplo-timeline-editor/form/form.styles.js';
import { formStrings, loadFormStrings } from '../components/diplo-timeline-editor/form/strings.js';
import { EditorStore } from '../components/diplo-timeline-editor/state/editor-store.js';
import { dateLocaleFor, languageOf } from '../i18n/locale.js';

export type FormPart = (ctx: FormContext) => TemplateResult;

export class FormHost extends LitElement {
  static override styles = [themeStyles, formStyles];

  view = new FormView(this);
  renderPart?: FormPart;
  private _store = new EditorStore();
  private _stop?: () => void;

  get store(): EditorStore {
    return this._store;
  }

  set store(store: EditorStore) {
    this._store = store;
    if (this.isConnected) this._listen();
    this.requestUpdate();
  }

  private _listen(): void {
    this._stop?.();
    this._stop = this._store.subscribe(() => {
      this.requestUpdate();
    });
  }

  get ctx(): FormContext {
    const lang = languageOf(this);
    return { store: this.store, strings: formStrings(lang), lang, dateLocale: dateLocaleFor(lang), view: this.view };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stop?.();
  }

  override render() {
    return this.renderPart?.(this.ctx);
  }
}

if (!customElements.get('form-test-host')) customElements.define('form-test-host', FormHost);

declare global {
  interface HTMLElementTagNameMap {
    'form-test-host': FormHost;
  }
}

/**
 * A host rendering `part` over `store`, in `lang` (its words loaded first; dates come from the platform).
 * `now` is the store's clock: tests move it to separate undo steps.
 */
export async function formFixture(part: FormPart, store: EditorStore = new EditorStore(), lang = 'en'): Promise<FormHost> {
  await loadFormStrings(lang);
  const host = await fixture<FormHost>(html`<form-test-host lang=${lang} .store=${store} .renderPart=${part}></form-test-host>`);
  await host.updateComplete;
  return host;
}

/** The host's shadow root. */
export function rootOf(host: FormHost): ShadowRoot {
  if (!host.shadowRoot) throw new Error('no shadow root');
  return host.shadowRoot;
}

/** The control with an id, in the host's shadow root. */
export function control<T extends HTMLElement = HTMLInputElement>(host: FormHost, id: string, type?: new () => T): T {
  const found = rootOf(host).getElementById(id);
  if (!found) throw new Error(`no control #${id}`);
  if (!(found instanceof (type ?? HTMLInputElement))) throw new Error(`#${id} is a ${found.tagName}`);
  return found as T;
}

/** The text of the element an id names in the host, spaces collapsed; '' when there is none. */
export function textOf(host: FormHost, id: string): string {
  return rootOf(host).getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The texts of everything a control's aria-describedby names. */
export function descriptions(host: FormHost, element: Element): string[] {
  return (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => textOf(host, id));
}

/** Focuses a control and types into it as a person would, then waits for the host to render. */
export async function typeInto(host: FormHost, input: HTMLElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
  await host.updateComplete;
}

/** The button in the host whose accessible name (its aria-label, else its text) is `name`. */
export function button(host: FormHost, name: string): HTMLButtonElement {
  const found = [...rootOf(host).querySelectorAll('button')].find(
    (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}
