/**
 * The rendering options the command line takes, checked in one place: as flags of `render` and
 * `embed` (`--lang ko`) and as options of an `embed` block (`lang=ko`). Each check gives
 * undefined for a good value, else why it is not one. No server rendering here: the command
 * line checks its flags before it loads that.
 */
import { parsePartialDate } from '../model/index.js';

export const LAYOUTS = ['auto', 'vertical', 'horizontal'] as const;

export function langProblem(value: string): string | undefined {
  try {
    if (value && Intl.getCanonicalLocales(value).length) return undefined;
  } catch {
    // not a tag
  }
  return `"${value}" is not a language tag (say en, ko, zh-TW…)`;
}

export function layoutProblem(value: string): string | undefined {
  return (LAYOUTS as readonly string[]).includes(value) ? undefined : `say ${LAYOUTS.join(', ')}`;
}

export function asOfProblem(value: string): string | undefined {
  const date = parsePartialDate(value);
  return date.ok ? undefined : date.reason;
}

export function headingLevelProblem(value: string): string | undefined {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? undefined : 'say a number from 2 to 6';
}
