/** The timeline's title and summary, over either view. */
import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Timeline } from '../../model/index.js';
import { headingTag } from '../shared/headings.js';
import { inline } from '../shared/inline.js';

/**
 * @param dataLang - the data's language where it differs from the interface's.
 * @param baseUrl - what relative links in the summary resolve against.
 */
export function renderHeader(timeline: Timeline, headingLevel: number, dataLang: string | undefined, baseUrl?: string) {
  const lang = dataLang ?? nothing;
  const heading = headingTag(headingLevel);
  return html`<div part="header" class="header">
    ${timeline.title ? staticHtml`<${heading} part="title" class="title" id="timeline-title" dir="auto" lang=${lang}>${timeline.title}</${heading}>` : nothing}
    ${timeline.summary ? html`<p part="summary" class="summary" dir="auto" lang=${lang}>${inline(timeline.summary, baseUrl)}</p>` : nothing}
  </div>`;
}
