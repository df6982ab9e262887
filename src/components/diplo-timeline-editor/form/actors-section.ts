/**
 * The actors: who takes part (states, organizations, people, groups), each with a name, a
 * short name, a kind and a colour that must be visible on the timeline's light and dark
 * surfaces.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ACTOR_KINDS } from '../../../model/index.js';
import type { DraftPath } from '../state/draft.js';
import { describerId, fieldId, type FormContext } from './context.js';
import { checkContrast, GRAPHIC_CONTRAST, hexOf, ratioText, resolveColor } from './contrast.js';
import { describe, hint, label, selectField, textAt, textField, writeText, type LocalProblem } from './fields.js';
import { followingId } from './ids.js';
import { itemsAt, itemsField } from './items.js';

const nameOf = (actor: unknown): string => {
  const name = (actor as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : '';
};

/** Every actor, with Add, Up, Down and Delete. */
export function renderActors(ctx: FormContext) {
  const { strings } = ctx;
  return html`<section class="form-section" aria-labelledby="heading-actors">
    <h2 id="heading-actors">${strings.fields.actors}</h2>
    ${itemsField(ctx, {
      path: ['actors'],
      list: 'actors',
      legend: strings.fields.actors,
      labelledBy: 'heading-actors',
      name: nameOf,
      reorder: true,
      make: () => ({ id: '', name: '' }),
      render: (path, index) => actorFields(ctx, path, index),
    })}
  </section>`;
}

function actorFields(ctx: FormContext, path: DraftPath, index: number) {
  const { strings, store } = ctx;
  const actors = itemsAt(ctx, ['actors']);
  const actor = actors[index];
  const writeName = (text: string) => {
    const id = (actor as { id?: unknown } | null)?.id;
    const taken = new Set(actors.filter((_, i) => i !== index).map((other) => (other as { id?: unknown } | null)?.id));
    // Events that name this actor keep their link: its id no longer follows the name.
    const referenced = itemsAt(ctx, ['events']).some((event) => {
      const list = (event as { actors?: unknown } | null)?.actors;
      return Array.isArray(list) && list.includes(id);
    });
    const base = typeof actor === 'object' && actor !== null ? actor : {};
    const next = { ...base, name: text, id: followingId(id, nameOf(actor), text, taken, { referenced }) };
    store.set(path, next, { typing: true, label: strings.editLabel(strings.fields.name) });
  };
  return html`<div class="pair">
      ${textField(ctx, { path: [...path, 'name'], label: strings.fields.name, required: true, data: true, write: writeName })}
      ${textField(ctx, { path: [...path, 'shortName'], label: strings.fields.shortName, data: true })}
    </div>
    <div class="pair">
      ${textField(ctx, { path: [...path, 'id'], label: strings.fields.id, hint: strings.hints.id, required: true })}
      ${selectField(ctx, {
        path: [...path, 'kind'],
        label: strings.fields.kind,
        empty: strings.notSet,
        options: ACTOR_KINDS.map((kind) => ({ value: kind, label: strings.actorKinds[kind] })),
      })}
    </div>
    ${colorField(ctx, [...path, 'color'])}`;
}

/**
 * A colour: typed (#rrggbb, #rgb or a name) or picked, shown in a swatch, and checked
 * against the light and dark surfaces.
 */
function colorField(ctx: FormContext, path: DraftPath) {
  const { strings, lang } = ctx;
  const text = textAt(ctx, path);
  const color = text ? resolveColor(text) : undefined;
  const contrast = color ? checkContrast(text) : undefined;
  const local: LocalProblem[] = [];
  if (text && !color) local.push({ severity: 'warning', message: strings.colorUnknown });
  for (const background of ['light', 'dark'] as const) {
    const ratio = contrast?.[background];
    if (ratio !== undefined && ratio < GRAPHIC_CONTRAST) {
      local.push({ severity: 'warning', message: strings.contrastLow(background, ratioText(ratio, lang)) });
    }
  }
  const passes = contrast && !local.length;
  const described = describe(ctx, path, { extra: local, hint: true, reading: !!passes });
  const write = (value: string) => {
    writeText(ctx, path, value, { label: strings.fields.color });
  };
  return html`<div class="field color">
    ${label(ctx, path, strings.fields.color)}
    <div class="color-row">
      <span class="swatch" aria-hidden="true" style=${styleMap({ '--_swatch': color ? `rgb(${color.slice(0, 3).join(' ')} / ${String(color[3])})` : 'transparent' })}></span>
      <input
        id=${fieldId(path)}
        type="text"
        dir="ltr"
        autocomplete="off"
        spellcheck="false"
        aria-describedby=${ifDefined(described.describedBy)}
        aria-invalid=${described.invalid ? 'true' : 'false'}
        .value=${live(text)}
        @input=${(event: Event) => {
          write((event.target as HTMLInputElement).value);
        }}
      />
      <input
        id=${fieldId([...path, 'picker'])}
        type="color"
        aria-label=${strings.pickColor}
        .value=${live(color ? hexOf(color) : '#000000')}
        @input=${(event: Event) => {
          write((event.target as HTMLInputElement).value);
        }}
      />
    </div>
    ${passes
      ? html`<p class="reading" id=${describerId('reading', path)}>
          ${strings.contrastOk(ratioText(contrast.light, lang), ratioText(contrast.dark, lang))}
        </p>`
      : nothing}
    ${hint(path, strings.hints.color)} ${described.problems}
  </div>`;
}
