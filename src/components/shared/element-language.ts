/**
 * The language an element speaks (its own `lang`, else the nearest ancestor's, else the
 * document's), its date words, and its interface's words, which arrive on demand: the element
 * waits for them before it renders (a Korean page never shows English words first). Shared by
 * every element.
 */
import { isServer, type ReactiveControllerHost } from 'lit';
import { dateLocaleFor, languageOf, languageReady } from '../../i18n/locale.js';
import { uiStrings, type UiStrings } from '../../i18n/strings.js';
import type { DateLocale } from '../../model/index.js';

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

  /** The interface's words. */
  get strings(): UiStrings {
    return uiStrings(this.lang);
  }
}
