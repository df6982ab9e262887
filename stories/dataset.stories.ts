import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { koreanPeninsula } from '../data/korean-peninsula-2016-2019.js';
import {
  datetimeAttribute,
  deriveStatus,
  formatWhen,
  isHindsight,
  parseTimeline,
  sortEvents,
  type DateLocale,
  type TimelineDocument,
} from '../src/model/index.js';
import { enGB } from '../src/model/locales/en-GB.js';
import { enUS } from '../src/model/locales/en-US.js';
import { ja } from '../src/model/locales/ja.js';
import { ko } from '../src/model/locales/ko.js';
import { zhCN } from '../src/model/locales/zh-CN.js';
import { zhTW } from '../src/model/locales/zh-TW.js';

const LOCALES: Record<string, DateLocale> = { 'en-US': enUS, 'en-GB': enGB, ko, 'zh-CN': zhCN, 'zh-TW': zhTW, ja };

interface Args {
  data: unknown;
  dateLocale: keyof typeof LOCALES;
  showHindsight: boolean;
}

/**
 * The dataset read through the model and shown as a plain list: what the data holds,
 * how its dates read in each language, and what the model derives as of the story's date.
 * The <diplo-timeline> element will present the same data; this is the data's own view.
 */
function renderData({ data, dateLocale, showHindsight }: Args) {
  const { timeline, problems } = parseTimeline(data);
  const locale = LOCALES[dateLocale] ?? enUS;
  const asOf = timeline.asOf;
  const actors = new Map(timeline.actors.map((actor) => [actor.id, actor.shortName ?? actor.name]));
  const events = sortEvents(timeline.events).filter((event) => showHindsight || !asOf || !isHindsight(event, asOf));
  return html`
    <article style="max-inline-size: 42rem; font: 1rem/1.5 Georgia, serif; color: #1a1a1a">
      <h1 style="font-size: 1.5rem">${timeline.title}</h1>
      ${timeline.summary ? html`<p>${timeline.summary}</p>` : nothing}
      ${asOf ? html`<p><strong>As of ${formatWhen(asOf, { locale })}</strong></p>` : nothing}
      ${problems.length
        ? html`<section aria-labelledby="problems">
            <h2 id="problems" style="font-size: 1.1rem">Problems in the data (${problems.length})</h2>
            <ul>
              ${problems.map((p) => html`<li><code>${p.path || '(document)'}</code> ${p.severity}: ${p.message}</li>`)}
            </ul>
          </section>`
        : nothing}
      <ol style="padding-inline-start: 1.25rem">
        ${events.map(
          (event) => html`<li id=${event.id} style="margin-block-end: 1rem">
            <time datetime=${datetimeAttribute(event.when.start) ?? nothing}
              >${formatWhen(event.when, { locale, deadline: event.kind === 'deadline' })}</time
            >
            — <strong>${event.title}</strong>
            <br /><small>
              ${event.kind} · ${asOf ? deriveStatus(event, asOf) : 'occurred'} ·
              ${event.actors.map((id) => actors.get(id)).join(', ')}
            </small>
            ${event.summary ? html`<p style="margin: 0.25rem 0">${event.summary}</p>` : nothing}
            ${(event.quotes ?? []).map(
              (quote) => html`<blockquote lang=${quote.lang ?? nothing} style="margin: 0.5rem 0 0.5rem 1rem">
                “${quote.text}” — ${quote.speaker}${quote.role ? html`, <cite>${quote.role}</cite>` : nothing}
              </blockquote>`,
            )}
          </li>`,
        )}
      </ol>
    </article>
  `;
}

const meta: Meta<Args> = {
  title: 'Data/Korean Peninsula 2016–2019',
  render: renderData,
  argTypes: {
    data: { control: 'object' },
    dateLocale: { control: 'select', options: Object.keys(LOCALES) },
    showHindsight: { control: 'boolean', description: 'Show what happened after the story ran' },
  },
  args: { data: koreanPeninsula, dateLocale: 'en-US', showHindsight: false },
};
export default meta;

type Story = StoryObj<Args>;

/** The flagship dataset as the story ran on 18 June 2019. */
export const AsTheStoryRan: Story = {};

/** The same data with the events that came after the story. */
export const WhatHappenedNext: Story = { args: { showHindsight: true } };

/** Dates in Korean. */
export const Korean: Story = { args: { dateLocale: 'ko' } };

const broken: TimelineDocument = {
  ...koreanPeninsula,
  events: [
    ...koreanPeninsula.events.slice(0, 3),
    { id: 'bad-date', title: 'An impossible date', when: '2019-02-30', kind: 'summit', actors: ['north-korea'] },
    {
      id: 'bad-link',
      title: 'A source with a script link',
      when: '2019-03',
      kind: 'statement',
      actors: ['north-korea'],
      sources: [{ title: 'Click me', url: 'javascript:alert(1)' }],
    },
  ],
};

/** A data file with mistakes: valid events still show, and every problem is named. */
export const WithProblems: Story = { args: { data: broken } };
