/**
 * One event, every field of the schema, in the order an author fills them in: what happened
 * (title, when, kind, status, importance), who (actors), where, the story (summary, tags), then
 * what backs it (quotes, sources, media) and how it links to other events.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { uiStrings } from '../../../i18n/strings.js';
import { EVENT_KINDS, EVENT_STATUSES, IMPORTANCE_LEVELS } from '../../../model/index.js';
import type { DraftPath } from '../state/draft.js';
import { fieldId, groupId, type FormContext } from './context.js';
import { whenField } from './date-field.js';
import { mediaList, quotesList, relatedList, sourcesList } from './event-parts.js';
import { describe, selectField, textField } from './fields.js';
import { followingId } from './ids.js';
import { itemsAt } from './items.js';
import { languageList } from './languages.js';

/** The ids the store gives new events (`event`, `event-2`): an event's title replaces them. */
const PLACEHOLDER_ID = /^event(?:-\d+)?$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Tags as typed in one field, separated by commas or semicolons (ASCII or full-width). */
export function parseTags(text: string): string[] {
  return text
    .split(/[,;，；、]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** The form of the event at `index` of the draft, or a prompt to choose one. */
export function renderEventForm(ctx: FormContext, index: number | undefined) {
  const { strings, store } = ctx;
  const events = itemsAt(ctx, ['events']);
  if (index === undefined || index < 0 || index >= events.length) {
    return html`<section class="form-section event-form" aria-labelledby="heading-event">
      <h2 id="heading-event">${strings.editEvent}</h2>
      <p class="empty">${strings.noEventSelected}</p>
    </section>`;
  }
  const path: DraftPath = ['events', index];
  const event = events[index];
  const record = isRecord(event) ? event : {};
  const ui = uiStrings(ctx.lang);
  const title = textOf(record.title);
  const whole = describe(ctx, path);

  const writeTitle = (text: string) => {
    const taken = new Set(events.filter((_, i) => i !== index).map((other) => (isRecord(other) ? other.id : undefined)));
    // Another event's link to this one keeps its id from following the title.
    const referenced = events.some(
      (other) => isRecord(other) && Array.isArray(other.related) && other.related.some((link) => isRecord(link) && link.id === record.id),
    );
    const id = followingId(record.id, record.title, text, taken, { referenced, placeholder: PLACEHOLDER_ID });
    store.set(path, { ...record, title: text, id }, { typing: true, label: strings.editLabel(strings.fields.title) });
  };

  return html`<section class="form-section event-form" aria-labelledby="heading-event">
    <h2 id="heading-event">${strings.editEvent}: <span dir="auto">${title || strings.untitled}</span></h2>
    ${whole.problems}
    ${textField(ctx, { path: [...path, 'title'], label: strings.fields.title, required: true, data: true, write: writeTitle })}
    ${textField(ctx, { path: [...path, 'id'], label: strings.fields.id, hint: strings.hints.id, required: true })}
    ${whenField(ctx, index)}
    <div class="pair">
      ${selectField(ctx, {
        path: [...path, 'kind'],
        label: strings.fields.kind,
        required: true,
        options: EVENT_KINDS.map((kind) => ({ value: kind, label: ui.kinds[kind] })),
      })}
      ${selectField(ctx, {
        path: [...path, 'status'],
        label: strings.fields.status,
        empty: strings.notSet,
        hint: strings.hints.status,
        options: EVENT_STATUSES.map((status) => ({ value: status, label: ui.statuses[status] })),
      })}
    </div>
    ${selectField(ctx, {
      path: [...path, 'importance'],
      label: strings.fields.importance,
      empty: strings.notSet,
      parse: Number,
      options: IMPORTANCE_LEVELS.map((level) => ({ value: String(level), label: strings.importanceLevels[level] })),
    })}
    ${actorChecks(ctx, index)} ${locationFields(ctx, index)}
    ${textField(ctx, { path: [...path, 'summary'], label: strings.fields.summary, hint: strings.hints.summary, multiline: true, data: true })}
    ${tagsField(ctx, index)} ${quotesList(ctx, index)} ${sourcesList(ctx, index)} ${mediaList(ctx, index)} ${relatedList(ctx, index)}
    ${languageList('languages-event', ctx.lang)}
  </section>`;
}

/** A checkbox per actor of the timeline, by name; ids the event names that no actor has stay, marked, until unticked. */
function actorChecks(ctx: FormContext, index: number) {
  const { strings, store } = ctx;
  const base: DraftPath = ['events', index, 'actors'];
  const chosen = itemsAt(ctx, base);
  const actors = itemsAt(ctx, ['actors']).filter(isRecord);
  const known = new Set(actors.map((actor) => actor.id));
  const described = describe(ctx, base, { under: true });
  const toggle = (id: unknown, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((item) => item !== id);
    store.set(base, next, { label: strings.editLabel(strings.fields.actors) });
  };
  const check = (id: unknown, name: string, position: number, actorIndex: number) => {
    // A ticked box is the event's list item (events[3].actors[1], as problems name it).
    const control = position >= 0 ? fieldId([...base, position]) : fieldId([...base, 'actor', actorIndex]);
    return html`<li>
      <input
        type="checkbox"
        id=${control}
        .checked=${live(position >= 0)}
        @change=${(event: Event) => {
          toggle(id, (event.target as HTMLInputElement).checked);
        }}
      />
      <label for=${control} dir="auto">${name}</label>
    </li>`;
  };
  const unknown = chosen.map((id, position) => ({ id, position })).filter(({ id }) => !known.has(id));
  return html`<fieldset class="checks" id=${groupId(base)} aria-describedby=${ifDefined(described.describedBy)}>
    <legend>${strings.fields.actors}</legend>
    ${actors.length || unknown.length
      ? html`<ul class="check-list">
          ${actors.map((actor, actorIndex) =>
            check(actor.id, textOf(actor.name) || textOf(actor.id), chosen.indexOf(actor.id), actorIndex),
          )}
          ${unknown.map(({ id, position }) => check(id, strings.unknownActor(String(id)), position, -1))}
        </ul>`
      : html`<p class="hint">${strings.noActors}</p>`}
    ${described.problems}
  </fieldset>`;
}

/** The place: a name and a country; emptied, the place goes altogether. */
function locationFields(ctx: FormContext, index: number) {
  const { strings } = ctx;
  const base: DraftPath = ['events', index, 'location'];
  const whole = describe(ctx, base);
  return html`<fieldset class="group" id=${groupId(base)}>
    <legend>${strings.fields.location}</legend>
    ${whole.problems}
    <div class="pair">
      ${textField(ctx, { path: [...base, 'name'], label: strings.fields.name, data: true, dropEmptyParent: true })}
      ${textField(ctx, { path: [...base, 'country'], label: strings.fields.country, data: true, dropEmptyParent: true })}
    </div>
  </fieldset>`;
}

/** Tags in one field, stored as a list; what was typed stays as typed while it means the same list. */
function tagsField(ctx: FormContext, index: number) {
  const { strings, store } = ctx;
  const path: DraftPath = ['events', index, 'tags'];
  const tags = itemsAt(ctx, path).map((tag) => (typeof tag === 'string' ? tag : String(tag)));
  const same = (typed: string) => {
    const parsed = parseTags(typed);
    return parsed.length === tags.length && parsed.every((tag, i) => tag === tags[i]);
  };
  return textField(ctx, {
    path,
    label: strings.fields.tags,
    hint: strings.hints.tags,
    data: true,
    under: true,
    value: tags.join(', '),
    same,
    write: (text) => {
      if (same(text)) return;
      const list = parseTags(text);
      store.set(path, list.length ? list : undefined, { typing: true, label: strings.editLabel(strings.fields.tags) });
    },
  });
}
