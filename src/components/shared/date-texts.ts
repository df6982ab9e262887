import { formatWhen, type DateLocale, type TimelineEvent } from '../../model/index.js';

/**
 * Each event's date as words, formatted once per event and date language: long lists and
 * zoom frames ask for the same dates over and over.
 */
export class DateTexts {
  private _texts = new WeakMap<TimelineEvent, { locale?: DateLocale; text: string }>();

  get(event: TimelineEvent, locale: DateLocale | undefined): string {
    const cached = this._texts.get(event);
    if (cached && cached.locale === locale) return cached.text;
    const text = formatWhen(event.when, { locale, deadline: event.kind === 'deadline' });
    this._texts.set(event, { locale, text });
    return text;
  }
}
