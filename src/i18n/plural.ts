/**
 * Sentences about a count ("1 event", "36 events", "حدثان"), with the form and the digits
 * the platform's CLDR data gives for the language: no plural rule is written by hand.
 */

import { uiLanguage } from './strings.js';

/**
 * One form of a sentence per plural category the language has (`Intl.PluralRules`:
 * English one/other, Arabic zero/one/two/few/many/other, Hebrew one/two/other, Korean,
 * Japanese and Chinese other only). Each form gets the count already written with the
 * reader's digits and grouping ("1,000", "١٬٠٠٠"), then any further numbers the same way.
 */
export type Plural<Rest extends string[] = []> = Readonly<
  Partial<Record<Intl.LDMLPluralRule, (count: string, ...rest: Rest) => string>> & {
    other: (count: string, ...rest: Rest) => string;
  }
>;

// Intl.PluralRules and Intl.NumberFormat are expensive to construct (each one resolves the
// locale and loads its CLDR data), and a timeline writes counts on every render: one of
// each per tag, kept for the page's life.
const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, tag: string, make: (tag: string) => T): T {
  let found = cache.get(tag);
  if (!found) {
    try {
      found = make(tag);
    } catch {
      // Not a language tag (a `lang` attribute can hold anything): English, as the words are.
      found = make('en');
    }
    cache.set(tag, found);
  }
  return found;
}

/**
 * The form of `forms` (from `uiStrings(tag)`) for `count`, with the count and `rest` written
 * in the reader's digits and grouping. `tag` is the element's language; where its table is
 * not loaded the words are English, and so are the rules and digits (a Russian "21" must not
 * pick the English "one" form). The digits are the platform's for the full tag: Latin for
 * `ar` in current CLDR data (Chromium 156, Node 20; our Arabic dates use them too),
 * Arabic-Indic for `ar-EG` or `ar-SA`, and whatever a `-u-nu-` extension asks for.
 *
 * @example
 * plural('en', strings.eventCount, 1000) // "1,000 events"
 * plural('ar', strings.eventCount, 2)    // "حدثان"
 */
export function plural<Rest extends string[]>(
  tag: string,
  forms: Plural<Rest>,
  count: number,
  ...rest: { [K in keyof Rest]: number }
): string {
  const words = uiLanguage(tag);
  const format = cached(numbers, words, (t) => new Intl.NumberFormat(t));
  const form = forms[cached(rules, words, (t) => new Intl.PluralRules(t)).select(count)] ?? forms.other;
  return form(format.format(count), ...(rest.map((n) => format.format(n)) as Rest));
}
