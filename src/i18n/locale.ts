/**
 * Which language an element speaks, and its words, loaded on demand so a page in English
 * never downloads the Korean or Arabic ones.
 */
import { resolveDateLocale, type DateLocale } from '../model/index.js';
import { loadUiStrings } from './strings.js';

const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** The language of an element: its own `lang`, else the nearest ancestor's (across shadow roots), else the document's. */
export function languageOf(element: Element): string {
  // Duck-typed rather than instanceof: on the server (Lit SSR) there is no DOM, only shims.
  let node: Node | null | undefined = element;
  while (node) {
    const lang = typeof (node as Element).getAttribute === 'function' ? (node as Element).getAttribute('lang') : null;
    if (lang) return lang;
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
  }
  return 'en';
}

/** True when two tags name the same language ("en-US" and "en"), whatever their regions. */
export function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();
}

/** "rtl" for scripts written right to left. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  let language = tag.split('-')[0]?.toLowerCase() ?? '';
  try {
    language = new Intl.Locale(tag).language;
  } catch {
    // keep the first subtag
  }
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/**
 * The words an element writes dates with. Synchronous: the platform's Intl data writes the
 * dates of every language, so there are no tables to wait for.
 */
export function dateLocaleFor(tag: string): DateLocale {
  return resolveDateLocale(tag);
}

/** "in 196 days", "196일 후", localized by the platform. */
export function daysFromNow(days: number, tag: string): string {
  try {
    return new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }).format(days, 'day');
  } catch {
    return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(days, 'day');
  }
}

/**
 * What a language needs that is not here yet (its interface's words), as a promise;
 * undefined when it is here. Elements wait for it before they render, so that a Korean page
 * never shows English words first.
 */
export function languageReady(tag: string): Promise<void> | undefined {
  const strings = loadUiStrings(tag);
  if (!strings) return undefined;
  // A chunk that never arrives must not keep the timeline from showing: after a while it
  // renders with what it has (English words, the language's own dates).
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, LANGUAGE_WAIT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    void strings.then(done, done);
  });
}

/** How long an element waits for its language's words before it renders without them. */
const LANGUAGE_WAIT_MS = 3000;
