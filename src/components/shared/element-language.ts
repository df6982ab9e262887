/**
 * The language an element speaks (its own `lang`, else the nearest ancestor's, else the
 * document's), its date words, and its interface's words, which arrive on demand: the element
 * waits for them before it renders (a Korean page never shows English words first), and
 * updates when its own `lang` attribute changes (a global attribute Lit does not watch).
 * Shared by every element.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { dateLocaleFor, languageOf, languageReady } from '../../i18n/locale.js';
import { plural } from '../../i18n/plural.js';
import { uiStrings, type UiStrings } from '../../i18n/strings.js';
import { formatWhen, type DateLocale } from '../../model/index.js';

export class ElementLanguage implements ReactiveController {
  lang = 'en';
  dateLocale?: DateLocale;
  private _observer?: MutationObserver;
  private _prepared = false;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this._observer ??= new MutationObserver(() => {
      this._host.requestUpdate();
    });
    this._observer.observe(this._host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  /**
   * What to wait for before an update (the language's words, and whatever else the element
   * loads per language), if anything. Reads the language the update will take.
   */
  ready(more?: (lang: string) => Promise<void> | undefined): Promise<void> | undefined {
    if (isServer) return undefined;
    const lang = languageOf(this._host);
    const [own, extra] = [languageReady(lang), more?.(lang)];
    return own && extra ? Promise.all([own, extra]).then(() => undefined) : (own ?? extra);
  }

  /** Takes the element's language as it is now: call in `willUpdate`. */
  update(): void {
    const lang = languageOf(this._host);
    if (lang === this.lang && this.dateLocale) return;
    this.lang = lang;
    this.dateLocale = dateLocaleFor(lang);
  }

  /**
   * Makes the platform's formatters for counts and dates now, a task after the call: the
   * first use of `Intl` in a page loads its locale data (tens of milliseconds on a phone).
   * Called while the data is on its way, that moves off the path from data to pixels.
   */
  prepare(): void {
    if (this._prepared || isServer) return;
    this._prepared = true;
    setTimeout(() => {
      const lang = languageOf(this._host);
      plural(lang, uiStrings(lang).eventCount, 1);
      formatWhen({ year: 2000, month: 1, day: 1, precision: 'day', approximate: false }, { locale: dateLocaleFor(lang) });
    });
  }

  /** The interface's words. */
  get strings(): UiStrings {
    return uiStrings(this.lang);
  }
}
