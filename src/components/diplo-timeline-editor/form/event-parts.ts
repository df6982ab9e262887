/**
 * The lists inside an event: quotes (with their speaker and where they were said), sources,
 * media (an image with its text alternative, or a link to another medium) and links to other
 * events.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { uiStrings } from '../../../i18n/strings.js';
import { RELATIONS } from '../../../model/index.js';
import type { DraftPath } from '../state/draft.js';
import { describerId, fieldId, groupId, readingLocale, type FormContext } from './context.js';
import { dateField } from './date-field.js';
import { eventRows } from './event-rows.js';
import { describe, selectField, textAt, textField } from './fields.js';
import { itemsAt, itemsField } from './items.js';
import { languageName } from './languages.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A source's fields; `optional` for a quote's source, which goes altogether when emptied. */
function sourceFields(ctx: FormContext, path: DraftPath, optional: boolean) {
  const { strings } = ctx;
  const drop = { dropEmptyParent: optional };
  return html`${textField(ctx, { path: [...path, 'title'], label: strings.fields.title, required: !optional, data: true, ...drop })}
    ${textField(ctx, { path: [...path, 'url'], label: strings.fields.url, hint: strings.hints.url, type: 'url', ...drop })}
    <div class="pair">
      ${textField(ctx, { path: [...path, 'publisher'], label: strings.fields.publisher, data: true, ...drop })}
      ${dateField(ctx, { path: [...path, 'published'], label: strings.fields.published, ...drop })}
    </div>`;
}

export function quotesList(ctx: FormContext, index: number) {
  const { strings } = ctx;
  return itemsField(ctx, {
    path: ['events', index, 'quotes'],
    list: 'quotes',
    legend: strings.fields.quotes,
    reorder: true,
    make: () => ({ text: '', speaker: '' }),
    render: (path) => {
      const lang = textAt(ctx, [...path, 'lang']);
      const name = lang ? languageName(lang, ctx.lang) : undefined;
      const sourcePath = [...path, 'source'];
      return html`${textField(ctx, { path: [...path, 'text'], label: strings.fields.text, required: true, multiline: true, data: true })}
        <div class="pair">
          ${textField(ctx, { path: [...path, 'speaker'], label: strings.fields.speaker, required: true, data: true })}
          ${textField(ctx, { path: [...path, 'role'], label: strings.fields.role, data: true })}
        </div>
        ${textField(ctx, {
          path: [...path, 'lang'],
          label: strings.fields.lang,
          hint: strings.hints.locale,
          list: 'languages-event',
          after: name ? html`<p class="reading" id=${describerId('reading', [...path, 'lang'])}>${strings.languageReads(name)}</p>` : undefined,
        })}
        <fieldset class="group" id=${groupId(sourcePath)}>
          <legend>${strings.quoteSource}</legend>
          ${describe(ctx, sourcePath).problems} ${sourceFields(ctx, sourcePath, true)}
        </fieldset>`;
    },
  });
}

export function sourcesList(ctx: FormContext, index: number) {
  const { strings } = ctx;
  const titleOf = (source: unknown) => (isRecord(source) && typeof source.title === 'string' ? source.title : '');
  return itemsField(ctx, {
    path: ['events', index, 'sources'],
    list: 'sources',
    legend: strings.fields.sources,
    name: titleOf,
    reorder: true,
    make: () => ({ title: '' }),
    render: (path) => sourceFields(ctx, path, false),
  });
}

type MediumType = 'image' | 'other';

/** An item with `src` is an image (its `url`, if any, is where it links); one with only `url` is another medium. */
const mediumType = (item: unknown): MediumType => (isRecord(item) && item.src === undefined && item.url !== undefined ? 'other' : 'image');

/** The item as the other type: the address moves between `src` and `url`, the alt goes with the image. */
function retype(item: unknown, to: MediumType): Record<string, unknown> {
  const { src, url, alt, ...rest } = isRecord(item) ? item : {};
  if (to === 'other') return { ...rest, url: url ?? src ?? '' };
  return { ...rest, src: src ?? url ?? '', ...(alt === undefined ? {} : { alt }) };
}

export function mediaList(ctx: FormContext, index: number) {
  const { strings, store } = ctx;
  const listPath: DraftPath = ['events', index, 'media'];
  const media = itemsAt(ctx, listPath);
  return itemsField(ctx, {
    path: listPath,
    list: 'media',
    legend: strings.fields.media,
    reorder: true,
    make: () => ({ src: '' }),
    render: (path, position) => {
      const item = media[position];
      const type = mediumType(item);
      const choose = (to: MediumType) => {
        store.set(path, retype(item, to), { label: strings.editLabel(strings.mediumType) });
      };
      const radio = (value: MediumType, text: string) => {
        const id = fieldId([...path, 'type', value]);
        return html`<span class="choice">
          <input
            type="radio"
            id=${id}
            name=${groupId([...path, 'type'])}
            .checked=${live(type === value)}
            @change=${() => {
              choose(value);
            }}
          />
          <label for=${id}>${text}</label>
        </span>`;
      };
      const decorative = isRecord(item) && item.alt === '';
      const altPath = [...path, 'alt'];
      const setDecorative = (event: Event) => {
        const on = (event.target as HTMLInputElement).checked;
        store.set(altPath, on ? '' : undefined, { label: strings.editLabel(strings.decorative) });
        if (!on) ctx.view.focusAfterUpdate((event.currentTarget as Element).getRootNode(), altPath);
      };
      const decorativeId = fieldId([...path, 'decorative']);
      // The item's own problems ("has no alt", "needs src or url") concern its address and alt fields.
      const itemProblems = ctx.store.problemsAt(path).length ? describerId('problems', path) : undefined;
      const address = { type: 'url' as const, required: true, alsoDescribedBy: itemProblems };
      return html`<fieldset class="choices">
          <legend>${strings.mediumType}</legend>
          ${radio('image', strings.image)} ${radio('other', strings.otherMedium)}
        </fieldset>
        ${type === 'image'
          ? html`${textField(ctx, { path: [...path, 'src'], label: strings.fields.src, hint: strings.hints.url, ...address })}
              <div class="check">
                <input type="checkbox" id=${decorativeId} .checked=${live(decorative)} @change=${setDecorative} />
                <label for=${decorativeId}>${strings.decorative}</label>
              </div>
              ${decorative
                ? nothing
                : textField(ctx, { path: altPath, label: strings.fields.alt, hint: strings.hints.alt, required: true, data: true, alsoDescribedBy: itemProblems })}
              ${isRecord(item) && item.url !== undefined
                ? textField(ctx, { path: [...path, 'url'], label: strings.fields.url, type: 'url' })
                : nothing}`
          : textField(ctx, { path: [...path, 'url'], label: strings.fields.url, hint: strings.hints.url, ...address })}
        <div class="pair">
          ${textField(ctx, { path: [...path, 'caption'], label: strings.fields.caption, data: true })}
          ${textField(ctx, { path: [...path, 'credit'], label: strings.fields.credit, data: true })}
        </div>`;
    },
  });
}

export function relatedList(ctx: FormContext, index: number) {
  const { strings } = ctx;
  const ui = uiStrings(ctx.lang);
  // The other events, in date order, by title and date.
  const others = eventRows(ctx.store.draft, readingLocale(ctx))
    .filter((row) => row.index !== index && row.id)
    .map((row) => ({ value: row.id, label: `${row.title || strings.untitled} (${row.date || strings.noDate})` }));
  return itemsField(ctx, {
    path: ['events', index, 'related'],
    list: 'related',
    legend: strings.fields.related,
    make: () => ({ id: '', relation: 'follows' }),
    render: (path) => {
      const id = textAt(ctx, [...path, 'id']);
      const known = !id || others.some((option) => option.value === id);
      return html`<div class="pair">
        ${selectField(ctx, {
          path: [...path, 'id'],
          label: strings.relatedEvent,
          required: true,
          empty: strings.chooseEvent,
          options: known ? others : [{ value: id, label: strings.unknownEvent(id) }, ...others],
        })}
        ${selectField(ctx, {
          path: [...path, 'relation'],
          label: strings.fields.relation,
          required: true,
          options: RELATIONS.map((relation) => ({ value: relation, label: ui.relations[relation] })),
        })}
      </div>`;
    },
  });
}
