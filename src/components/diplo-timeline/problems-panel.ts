/**
 * The problems panel an editor turns on with `show-problems`: every problem found in the
 * data (and in the element's attributes), with its path, severity and what was done.
 */
import { html, nothing } from 'lit';
import { plural } from '../../i18n/plural.js';
import type { UiStrings } from '../../i18n/strings.js';
import { problemPlace, type Problem } from '../../model/index.js';

export function problemsPanel(problems: readonly Problem[], strings: UiStrings, lang: string) {
  if (!problems.length) return nothing;
  return html`<details part="problems" class="problems" open>
    <summary>${plural(lang, strings.problems, problems.length)}</summary>
    <ul>
      ${problems.map(
        (problem) => html`<li class=${problem.severity}>
          <code>${problemPlace(problem)}</code> ${problem.severity}: ${problem.message}
        </li>`,
      )}
    </ul>
  </details>`;
}
