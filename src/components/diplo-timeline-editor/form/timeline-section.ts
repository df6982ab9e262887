/**
 * The timeline as a whole: its title, summary, as-of date and language; and its eras.
 */
import { html } from 'lit';
import { describerId, type FormContext } from './context.js';
import { dateField } from './date-field.js';
import { textAt, textField } from './fields.js';
import { followingId } from './ids.js';
import { itemsAt, itemsField } from './items.js';
import { languageList, languageName } from './languages.js';

/** The timeline's title, summary, as-of date and language. */
export function renderTimelineSection(ctx: FormContext) {
  const { strings } = ctx;
  const locale = textAt(ctx, ['locale']);
  const name = locale ? languageName(locale, ctx.lang) : undefined;
  return html`<section class="form-section" aria-labelledby="heading-timeline">
    <h2 id="heading-timeline">${strings.timeline}</h2>
    ${textField(ctx, { path: ['title'], label: strings.fields.title, required: true, data: true })}
    ${textField(ctx, { path: ['summary'], label: strings.fields.summary, hint: strings.hints.summary, multiline: true, data: true })}
    <div class="pair">
      ${dateField(ctx, { path: ['asOf'], label: strings.fields.asOf, hint: strings.hints.asOf })}
      ${textField(ctx, {
        path: ['locale'],
        label: strings.fields.locale,
        hint: strings.hints.locale,
        list: 'languages-timeline',
        after: name
          ? html`<p class="reading" id=${describerId('reading', ['locale'])}>${strings.languageReads(name)}</p>`
          : undefined,
      })}
    </div>
    ${languageList('languages-timeline', ctx.lang)}
  </section>`;
}

/** The eras: spans of time with a title, drawn behind the events. */
export function renderEras(ctx: FormContext) {
  const { strings, store } = ctx;
  const eras = itemsAt(ctx, ['eras']);
  const titleOf = (era: unknown) => {
    const title = (era as { title?: unknown } | null)?.title;
    return typeof title === 'string' ? title : '';
  };
  return html`<section class="form-section" aria-labelledby="heading-eras">
    <h2 id="heading-eras">${strings.fields.eras}</h2>
    ${itemsField(ctx, {
      path: ['eras'],
      list: 'eras',
      legend: strings.fields.eras,
      labelledBy: 'heading-eras',
      name: titleOf,
      make: () => ({ id: '', title: '', start: '', end: '' }),
      render: (path, index) => {
        const era = eras[index];
        // The id follows the title until the author gives one of their own (nothing refers to eras).
        const writeTitle = (text: string) => {
          const taken = new Set(eras.filter((_, i) => i !== index).map((other) => (other as { id?: unknown } | null)?.id));
          const id = followingId((era as { id?: unknown } | null)?.id, titleOf(era), text, taken);
          const base = typeof era === 'object' && era !== null ? era : {};
          store.set(path, { ...base, title: text, id }, { typing: true, label: strings.editLabel(strings.fields.title) });
        };
        return html`${textField(ctx, { path: [...path, 'title'], label: strings.fields.title, required: true, data: true, write: writeTitle })}
          ${textField(ctx, { path: [...path, 'id'], label: strings.fields.id, hint: strings.hints.id, required: true })}
          <div class="pair">
            ${dateField(ctx, { path: [...path, 'start'], label: strings.fields.start, required: true })}
            ${dateField(ctx, { path: [...path, 'end'], label: strings.fields.end, required: true })}
          </div>
          ${textField(ctx, { path: [...path, 'summary'], label: strings.fields.summary, multiline: true, data: true })}`;
      },
    })}
  </section>`;
}
