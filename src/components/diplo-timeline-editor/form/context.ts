/**
 * What every part of the form renders from: the store (the document and its problems), the
 * interface's words and language, and the form's own state that is not the document (the
 * search, the last thing announced). The form's parts are render functions, not elements: the
 * editor element composes them and re-renders them when the store changes.
 */
import type { ReactiveControllerHost } from 'lit';
import { dateLocaleFor } from '../../../i18n/locale.js';
import type { DateLocale } from '../../../model/index.js';
import type { DraftPath } from '../state/draft.js';
import type { EditorStore } from '../state/editor-store.js';
import type { EditorFormStrings } from './strings.js';

export interface FormContext {
  store: EditorStore;
  /** The form's words in the interface's language (`formStrings(lang)`). */
  strings: EditorFormStrings;
  /** The interface's language: labels, hints, kinds and statuses. */
  lang: string;
  /** Date tables for `lang` (as `ElementLanguage` gives them); the platform's month names until then. */
  dateLocale?: DateLocale;
  /**
   * The document's language, for the `lang` of the fields that hold its text and for the way
   * dates will read; the draft's `locale` when absent, else `lang`.
   */
  dataLang?: string;
  /** The form's own state; see {@link FormView}. */
  view: FormView;
}

/** A sentence the event list says in its live region, with the way to take back what it reports. */
export interface FormNotice {
  text: string;
  /** Undo, offered beside the sentence; gone once the document changes again. */
  undo?: () => void;
  /** The store's revision the notice is about: any later change makes it stale. */
  revision: number;
}

/**
 * The form's state that is not the document: the event list's search and which row holds its
 * tab stop, and the last notice. Changing it re-renders the host (the editor element).
 */
export class FormView {
  query = '';
  /** The draft index of the event whose row holds the list's tab stop. */
  activeRow?: number;
  notice?: FormNotice;

  constructor(private readonly _host: Pick<ReactiveControllerHost, 'requestUpdate' | 'updateComplete'>) {}

  /** Changes the form's state and re-renders. */
  change(patch: Partial<Pick<FormView, 'query' | 'activeRow' | 'notice'>>): void {
    Object.assign(this, patch);
    this._host.requestUpdate();
  }

  /** Runs `then` once the host has rendered the change just made. */
  afterUpdate(then: () => void): void {
    void this._host.updateComplete.then(then);
  }

  /** Focuses the field of `path` in `root` once the host has rendered (after an add or a delete). */
  focusAfterUpdate(root: Node, path: DraftPath): void {
    this.afterUpdate(() => focusField(root, path));
  }
}

/**
 * The id of the control that edits `path`: `['events', 3, 'when', 'start']` →
 * `field-events-3-when-start`. Only focusable controls have ids that start with `field-`, so
 * the editor can find the field a problem names (see {@link focusField}).
 */
export function fieldId(path: DraftPath): string {
  return ['field', ...path].join('-');
}

/** The id of something that describes a field (its hint, its problems, its reading). */
export function describerId(kind: 'hint' | 'problems' | 'reading', path: DraftPath): string {
  return [kind, ...path].join('-');
}

/** The id of a group of fields (a source, an actor) that the group's legend or heading labels. */
export function groupId(path: DraftPath): string {
  return ['group', ...path].join('-');
}

/**
 * Focuses the control of `path` in `root`: the control with exactly its id, else the first
 * control inside it (a date range's start for `events[3].when`, a source's first field for
 * `events[3].sources[0]`), else the nearest enclosing one. Returns whether something was
 * focused. Ids are compared as strings, never spliced into a selector.
 */
export function focusField(root: Node, path: DraftPath): boolean {
  const controls = [...(root as ParentNode).querySelectorAll<HTMLElement>('[id^="field-"]')];
  for (let length = path.length; length > 0; length--) {
    const id = fieldId(path.slice(0, length));
    const found = controls.find((control) => control.id === id) ?? controls.find((control) => control.id.startsWith(`${id}-`));
    if (found) {
      found.focus();
      found.scrollIntoView({ block: 'nearest' });
      return (found.getRootNode() as Document | ShadowRoot).activeElement === found;
    }
  }
  return false;
}

/** The document's language as the form reads it (see {@link FormContext.dataLang}). */
export function documentLanguage(ctx: FormContext): string {
  if (ctx.dataLang) return ctx.dataLang;
  const locale = ctx.store.draft.locale;
  if (typeof locale === 'string') {
    try {
      const [tag] = Intl.getCanonicalLocales(locale.trim());
      if (tag) return tag;
    } catch {
      // not a language tag: the interface's language it is
    }
  }
  return ctx.lang;
}

/**
 * The date tables dates are read with: the document's language (as readers will see them),
 * with the interface's tables when both are the same language.
 */
export function readingLocale(ctx: FormContext): DateLocale {
  const tag = documentLanguage(ctx);
  if (ctx.dateLocale && tag === ctx.lang) return ctx.dateLocale;
  return dateLocaleFor(tag);
}
