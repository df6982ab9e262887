/**
 * The date field, used wherever a date is typed: it takes our grammar (`parsePartialDate`)
 * and says, as the author types, how the date will read ("June 2019 · month", "c. 2018 ·
 * year", "by the end of 2019"). A date it cannot read is kept exactly as typed, with the reason
 * beside it: the field never clears or rewrites what is under the author's fingers.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatWhen, parsePartialDate, type DateLocale, type DatePrecision, type PartialDate } from '../../../model/index.js';
import type { DraftPath } from '../state/draft.js';
import { describerId, fieldId, groupId, readingLocale, type FormContext } from './context.js';
import { describe, textAt, textField, type LocalProblem } from './fields.js';
import type { EditorFormStrings } from './strings.js';

export type DateReading =
  | { ok: true; date: PartialDate; text: string }
  | { ok: false; reason: string };

export interface DateReadingOptions {
  locale: DateLocale;
  strings: EditorFormStrings;
  /** A deadline's date: "by the end of 2019". */
  deadline?: boolean;
}

/**
 * How a typed date will read to readers, with its precision: "June 2019 · month",
 * "c. 2018 · year", "by the end of 2019 · year"; or why it cannot be read.
 *
 * @example
 * dateReading('~2018', { locale: enUS, strings }) // { ok: true, text: 'c. 2018 · year', … }
 */
export function dateReading(text: string, options: DateReadingOptions): DateReading {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) return parsed;
  const words = formatWhen(parsed.date, { locale: options.locale, deadline: options.deadline });
  return { ok: true, date: parsed.date, text: `${words} · ${precisionName(options.strings, parsed.date.precision)}` };
}

function precisionName(strings: EditorFormStrings, precision: DatePrecision): string {
  return strings.precisions[precision];
}

/** How a range will read ("June 20–21, 2019"), when both ends can be read. */
export function rangeReading(start: string, end: string, options: DateReadingOptions): string | undefined {
  const from = parsePartialDate(start);
  const to = parsePartialDate(end);
  if (!from.ok || !to.ok) return undefined;
  return formatWhen({ start: from.date, end: to.date }, { locale: options.locale, deadline: options.deadline });
}

export interface DateFieldOptions {
  path: DraftPath;
  label: string;
  hint?: string;
  required?: boolean;
  /** Reads as a deadline ("by the end of 2019"): the date of an event of kind deadline. */
  deadline?: boolean;
  /** Say how the date reads under the field (off for the ends of a range, read as one below them). */
  reading?: boolean;
  dropEmptyParent?: boolean;
}

/**
 * The problems of a date field: the parser's about its path, and the reason the date cannot
 * be read when the parser has not already said it there (inside a part it left out whole).
 */
function dateProblems(ctx: FormContext, path: DraftPath, text: string, reading: DateReading, required: boolean): LocalProblem[] {
  if (reading.ok || (text === '' && !required)) return [];
  const said = ctx.store.problemsAt(path).some((problem) => problem.message.includes(reading.reason));
  return said ? [] : [{ severity: 'error', message: reading.reason }];
}

/** A labelled date field that says how the date will read, or why it cannot be read. */
export function dateField(ctx: FormContext, options: DateFieldOptions) {
  const { path } = options;
  const text = textAt(ctx, path);
  const reading = dateReading(text, { locale: readingLocale(ctx), strings: ctx.strings, deadline: options.deadline });
  const showReading = options.reading !== false && reading.ok;
  return textField(ctx, {
    path,
    label: options.label,
    hint: options.hint ?? ctx.strings.hints.date,
    required: options.required,
    dropEmptyParent: options.dropEmptyParent,
    extra: dateProblems(ctx, path, text, reading, options.required ?? false),
    after: showReading ? readingLine(ctx, path, reading.text) : undefined,
  });
}

function readingLine(ctx: FormContext, path: DraftPath, text: string) {
  return html`<p class="reading" id=${describerId('reading', path)}><span class="visually-hidden">${ctx.strings.readsAs}</span> ${text}</p>`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An event's `when`: one date, or a range with a start and an end (the switch turns one into
 * the other in one undo step, the end starting as the start so the event never disappears
 * from the preview). A range reads as one ("June 20–21, 2019").
 */
export function whenField(ctx: FormContext, index: number) {
  const { strings, store } = ctx;
  const base: DraftPath = ['events', index, 'when'];
  const when = store.get(base);
  const range = isRecord(when) && Object.hasOwn(when, 'end');
  const startPath = isRecord(when) ? [...base, 'start'] : base;
  const endPath = [...base, 'end'];
  const deadline = store.get(['events', index, 'kind']) === 'deadline';
  const toggle = (event: Event) => {
    const on = (event.target as HTMLInputElement).checked;
    const start = textAt(ctx, startPath);
    const next = on ? { start, end: start } : isRecord(when) ? when.start : when;
    store.set(base, next, { label: ctx.strings.editLabel(strings.fields.when) });
  };
  const readingText = range
    ? rangeReading(textAt(ctx, startPath), textAt(ctx, endPath), { locale: readingLocale(ctx), strings, deadline })
    : undefined;
  // Problems of the range as a whole ("ends before it starts"); a single date's are beside its field.
  const whole = isRecord(when) ? describe(ctx, base, { reading: !!readingText }) : undefined;
  const switchId = fieldId([...base, 'range']);
  return html`<fieldset class="when" id=${groupId(base)} aria-describedby=${ifDefined(whole?.describedBy)}>
    <legend>${strings.fields.when} <span class="required">(${strings.required})</span></legend>
    ${dateField(ctx, { path: startPath, label: range ? strings.fields.start : strings.fields.date, required: true, deadline, reading: !range })}
    <div class="switch">
      <input type="checkbox" role="switch" id=${switchId} .checked=${live(range)} @change=${toggle} />
      <label for=${switchId}>${strings.range}</label>
    </div>
    ${range ? dateField(ctx, { path: endPath, label: strings.fields.end, required: true, deadline, reading: false }) : nothing}
    ${readingText ? readingLine(ctx, base, readingText) : nothing} ${whole?.problems ?? nothing}
  </fieldset>`;
}
