/**
 * Language tags as authors pick them: suggestions named in the interface's language, and the
 * name of the tag typed ("ko-KR" reads "Korean (South Korea)"), from the platform's Intl data.
 */
import { html } from 'lit';

/** The languages offered first: those the elements speak, then widely used newsroom languages. */
export const COMMON_LANGUAGES = [
  'en',
  'en-US',
  'en-GB',
  'ko',
  'ja',
  'zh-CN',
  'zh-TW',
  'zh-Hant',
  'zh-Hans',
  'ar',
  'he',
  'fr',
  'de',
  'es',
  'pt-BR',
  'it',
  'ru',
  'uk',
  'tr',
  'hi',
  'vi',
  'id',
  'th',
] as const;

// Intl.DisplayNames resolves the language's data when made: one per interface language.
const names = new Map<string, Intl.DisplayNames | undefined>();

/** The name of the language a tag names, in the interface's language; undefined for a tag that is not one. */
export function languageName(tag: string, lang: string): string | undefined {
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(tag.trim());
  } catch {
    return undefined;
  }
  if (!canonical) return undefined;
  if (!names.has(lang)) {
    try {
      names.set(lang, new Intl.DisplayNames([lang, 'en'], { type: 'language' }));
    } catch {
      names.set(lang, undefined);
    }
  }
  try {
    return names.get(lang)?.of(canonical);
  } catch {
    return undefined;
  }
}

/** A `<datalist>` of {@link COMMON_LANGUAGES}, each named in the interface's language. */
export function languageList(id: string, lang: string) {
  return html`<datalist id=${id}>
    ${COMMON_LANGUAGES.map((tag) => html`<option value=${tag}>${languageName(tag, lang) ?? tag}</option>`)}
  </datalist>`;
}
