/**
 * The pieces every field is made of: a label above, the control, a hint, and the problems
 * about its path in its own row (icon and words, never colour alone), tied to the control with
 * `aria-describedby`. Every control writes through the store; typing in one field is one undo
 * step.
 */
import { html, noChange, nothing, svg, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo, type PropertyPart } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ProblemSeverity } from '../../../model/index.js';
import { getAt, type DraftPath } from '../state/draft.js';
import { describerId, documentLanguage, fieldId, type FormContext } from './context.js';

/** A problem the form finds itself (a date it cannot read, a colour that is hard to see). */
export interface LocalProblem {
  severity: ProblemSeverity;
  message: string;
}

const ERROR_ICON = svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M8 4v5M8 11.2v.6" stroke="var(--_surface)" stroke-width="2" stroke-linecap="round"/></svg>`;
const WARNING_ICON = svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M8 1.5 15 14.5H1z" fill="currentColor"/><path d="M8 6v4M8 12.2v.4" stroke="var(--_surface)" stroke-width="2" stroke-linecap="round"/></svg>`;

/** The icon of a severity: a disc for an error, a triangle for a warning (shapes differ, not only colours). */
export function severityIcon(severity: ProblemSeverity) {
  return severity === 'error' ? ERROR_ICON : WARNING_ICON;
}

/** One problem: its icon, its severity in words for screen readers, its sentence. */
export function problemLine(ctx: FormContext, problem: LocalProblem) {
  return html`${severityIcon(problem.severity)}<span class="visually-hidden">${ctx.strings.severities[problem.severity]}:</span>
    <span class="message">${problem.message}</span>`;
}

/** What describes a field: the ids for `aria-describedby`, whether it is invalid, and the problems' row. */
export interface Described {
  describedBy: string | undefined;
  invalid: boolean;
  problems: TemplateResult | typeof nothing;
}

/**
 * The problems about `path` (exactly it, or everything under it with `under`), plus any the
 * form found itself, as the row under a field, and how the field refers to them.
 */
export function describe(
  ctx: FormContext,
  path: DraftPath,
  options: { under?: boolean; extra?: readonly LocalProblem[]; hint?: boolean; reading?: boolean } = {},
): Described {
  const found = options.under ? ctx.store.problemsUnder(path) : ctx.store.problemsAt(path);
  const problems: LocalProblem[] = [...found, ...(options.extra ?? [])];
  const ids = [options.reading ? describerId('reading', path) : '', options.hint ? describerId('hint', path) : ''];
  if (problems.length) ids.push(describerId('problems', path));
  const describedBy = ids.filter(Boolean).join(' ') || undefined;
  return {
    describedBy,
    invalid: problems.some((problem) => problem.severity === 'error'),
    problems: problems.length
      ? html`<ul class="problems" id=${describerId('problems', path)}>
          ${problems.map((problem) => html`<li class=${problem.severity}>${problemLine(ctx, problem)}</li>`)}
        </ul>`
      : nothing,
  };
}

/** A field's label, marked when the field is required. */
export function label(ctx: FormContext, path: DraftPath, text: string, required = false) {
  return html`<label for=${fieldId(path)}>${text}${required ? html` <span class="required">(${ctx.strings.required})</span>` : nothing}</label>`;
}

export function hint(path: DraftPath, text: string | undefined) {
  return text ? html`<p class="hint" id=${describerId('hint', path)}>${text}</p>` : nothing;
}

/** The draft's value at a path as text (a number typed into JSON by hand reads as its digits). */
export function textAt(ctx: FormContext, path: DraftPath): string {
  const value = ctx.store.get(path);
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** The words a change is called by in Undo and Redo. */
export function editLabel(ctx: FormContext, field: string): string {
  return ctx.strings.editLabel(field);
}

export interface WriteOptions {
  /** For Undo's label: the field's name. */
  label: string;
  /** An empty required field is kept as '' (the parser names it); an optional one is left out. */
  required?: boolean;
  /** Left empty, the object around the field goes too when nothing else is in it (a place, a quote's source). */
  dropEmptyParent?: boolean;
}

/** Writes what was typed: as typed, or left out when an optional field is emptied. */
export function writeText(ctx: FormContext, path: DraftPath, text: string, options: WriteOptions): void {
  const change = { typing: true, label: editLabel(ctx, options.label) };
  if (text !== '' || options.required) {
    ctx.store.set(path, text, change);
    return;
  }
  const parentPath = path.slice(0, -1);
  const parent = getAt(ctx.store.draft, parentPath);
  const key = path.at(-1);
  if (options.dropEmptyParent && typeof parent === 'object' && parent !== null && Object.keys(parent).every((name) => name === key)) {
    ctx.store.set(parentPath, undefined, change);
  } else {
    ctx.store.set(path, undefined, change);
  }
}

/**
 * A control's `.value` that leaves what the author typed alone while it means the same as the
 * draft ("a, b," while typing a list the draft holds as ["a", "b"]), and shows the draft's
 * value otherwise (after Undo, or an import).
 */
class KeepTyped extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.PROPERTY) throw new Error('keepTyped binds a property: .value=${keepTyped(…)}');
  }

  render(binding: { value: string; same: (typed: string) => boolean }): string {
    return binding.value;
  }

  override update(part: PropertyPart, [{ value, same }]: Parameters<KeepTyped['render']>) {
    const control = part.element as HTMLInputElement;
    if (control.value !== value && !same(control.value)) control.value = value;
    return noChange;
  }
}

export const keepTyped = directive(KeepTyped);

export interface TextFieldOptions extends WriteOptions {
  path: DraftPath;
  hint?: string;
  /** A textarea for text of more than one line. */
  multiline?: boolean;
  type?: 'text' | 'url';
  /** The id of a `<datalist>` of suggestions. */
  list?: string;
  /** Holds the document's own words: in its language, its direction found from the text. */
  data?: boolean;
  /** Problems of everything under the path, not only of the path itself (a list kept in one field). */
  under?: boolean;
  extra?: readonly LocalProblem[];
  /** Something under the field (a reading, a swatch), described by `reading-…`. */
  after?: TemplateResult;
  /** Writes the text instead of {@link writeText}. */
  write?: (text: string) => void;
  value?: string;
  /** Typed text that means the same as `value` (and so is left as typed): see {@link keepTyped}. */
  same?: (typed: string) => boolean;
  /** The id of something else that describes the field (the problems of the item it is in). */
  alsoDescribedBy?: string;
}

/** A labelled text field (or textarea) with its hint and problems. */
export function textField(ctx: FormContext, options: TextFieldOptions) {
  const { path } = options;
  const described = describe(ctx, path, { under: options.under, extra: options.extra, hint: !!options.hint, reading: !!options.after });
  const describedBy = [described.describedBy, options.alsoDescribedBy].filter(Boolean).join(' ') || undefined;
  const value = options.value ?? textAt(ctx, path);
  const shown = options.same ? keepTyped({ value, same: options.same }) : live(value);
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    if (options.write) options.write(text);
    else writeText(ctx, path, text, options);
  };
  const lang = options.data ? documentLanguage(ctx) : undefined;
  // Ids, tags and dates run in the direction of what is typed, whatever the interface's.
  const dir = options.type === 'url' ? 'ltr' : 'auto';
  const control = options.multiline
    ? html`<textarea
        id=${fieldId(path)}
        rows="3"
        lang=${ifDefined(lang)}
        dir=${dir}
        aria-describedby=${ifDefined(describedBy)}
        aria-invalid=${described.invalid ? 'true' : 'false'}
        aria-required=${options.required ? 'true' : 'false'}
        .value=${shown}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${fieldId(path)}
        type=${options.type ?? 'text'}
        list=${ifDefined(options.list)}
        lang=${ifDefined(lang)}
        dir=${dir}
        autocomplete="off"
        spellcheck=${options.data ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy)}
        aria-invalid=${described.invalid ? 'true' : 'false'}
        aria-required=${options.required ? 'true' : 'false'}
        .value=${shown}
        @input=${onInput}
      />`;
  return html`<div class="field">
    ${label(ctx, path, options.label, options.required)} ${control} ${options.after ?? nothing} ${hint(path, options.hint)} ${described.problems}
  </div>`;
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldOptions {
  path: DraftPath;
  label: string;
  options: readonly SelectOption[];
  /** The option for "not set" (its value is ''), which leaves the field out. */
  empty?: string;
  hint?: string;
  required?: boolean;
  /** Turns the chosen value into what is stored (a number for importance). */
  parse?: (value: string) => unknown;
  value?: string;
}

/**
 * A labelled select. A value the draft holds that is none of the options (typed by hand,
 * imported) is kept as an option of its own, so it shows and is never silently replaced.
 */
export function selectField(ctx: FormContext, options: SelectFieldOptions) {
  const { path } = options;
  const described = describe(ctx, path, { hint: !!options.hint });
  const value = options.value ?? textAt(ctx, path);
  const known = options.options.some((option) => option.value === value) || (value === '' && options.empty !== undefined);
  const onChange = (event: Event) => {
    const chosen = (event.target as HTMLSelectElement).value;
    const stored = chosen === '' ? undefined : options.parse ? options.parse(chosen) : chosen;
    ctx.store.set(path, stored, { label: editLabel(ctx, options.label) });
  };
  return html`<div class="field">
    ${label(ctx, path, options.label, options.required)}
    <select
      id=${fieldId(path)}
      aria-describedby=${ifDefined(described.describedBy)}
      aria-invalid=${described.invalid ? 'true' : 'false'}
      aria-required=${options.required ? 'true' : 'false'}
      @change=${onChange}
    >
      ${options.empty !== undefined ? html`<option value="" .selected=${live(value === '')}>${options.empty}</option>` : nothing}
      ${known ? nothing : html`<option value=${value} .selected=${live(true)}>${value || ctx.strings.notSet}</option>`}
      ${options.options.map((option) => html`<option value=${option.value} .selected=${live(option.value === value)}>${option.label}</option>`)}
    </select>
    ${hint(path, options.hint)} ${described.problems}
  </div>`;
}
