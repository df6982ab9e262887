/**
 * The language an element speaks (its own `lang`, else the nearest ancestor's, else the
 * document's), its date words, and its interface's words, which arrive on demand: the element
 * waits for them before it renders (a Korean page never shows English words first). Shared by
 * every element.
 */
import { isServer, type ReactiveControllerHost } from 'lit';
import { dateLocaleFor, languageOf, languageReady } from '../../i18n/locale.js';
import { plural } from '../../i18n/plural.js';
import { uiStrings, type UiStrings } from '../../i18n/strings.js';
import { formatWhen, type DateLocale } from '../../model/index.js';

export class ElementLanguage {
  lang = 'en';
  dateLocale?: DateLocale;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {}

  /** What to wait for before an update (the language's words), if anything. */
  ready(): Promise<void> | undefined {
    return isServer ? undefined : languageReady(languageOf(this._host));
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

  private _prepared = false;

  /** The interface's words. */
  get strings(): UiStrings {
    return uiStrings(this.lang);
  }
}
