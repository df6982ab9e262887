/**
 * Which language an element speaks, and its date tables, loaded on demand so a page in
 * English never downloads the Korean or Arabic ones.
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

const loaders: Record<string, () => Promise<DateLocale>> = {
  'en-GB': () => import('../model/locales/en-GB.js').then((m) => m.enGB),
  ko: () => import('../model/locales/ko.js').then((m) => m.ko),
  'zh-CN': () => import('../model/locales/zh-CN.js').then((m) => m.zhCN),
  'zh-TW': () => import('../model/locales/zh-TW.js').then((m) => m.zhTW),
  ja: () => import('../model/locales/ja.js').then((m) => m.ja),
  ar: () => import('../model/locales/ar.js').then((m) => m.ar),
  he: () => import('../model/locales/he.js').then((m) => m.he),
};

const loaded = new Map<string, Promise<DateLocale>>();
const ready = new Map<string, DateLocale>();

/**
 * The date locale to use now (synchronous: Intl supplies month names until the date-fns
 * tables arrive) and, when the language has date-fns tables we ship, a promise of them.
 */
export function dateLocaleFor(tag: string): { now: DateLocale; later?: Promise<DateLocale> } {
  const now = resolveDateLocale(tag);
  const done = ready.get(now.code);
  if (done) return { now: done };
  const loader = loaders[now.code];
  if (!loader) return { now };
  let later = loaded.get(now.code);
  if (!later) {
    later = loader().then((pack) => {
      ready.set(now.code, pack);
      return pack;
    });
    loaded.set(now.code, later);
  }
  return { now, later };
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
 * Everything a language needs that is not here yet (its UI strings and date tables), as one
 * promise; undefined when all of it is. Elements wait for it before they render, so that a
 * Korean page never shows English words first.
 */
export function languageReady(tag: string): Promise<void> | undefined {
  const strings = loadUiStrings(tag);
  const dates = dateLocaleFor(tag).later;
  if (!strings && !dates) return undefined;
  const both = Promise.all([strings, dates]).then(
    () => undefined,
    () => undefined,
  );
  // A chunk that never arrives must not keep the timeline from showing: after a while it
  // renders with what it has (English words, the platform's month names).
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, LANGUAGE_WAIT_MS);
    void both.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** How long an element waits for its language's tables before it renders without them. */
const LANGUAGE_WAIT_MS = 3000;
