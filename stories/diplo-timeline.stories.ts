import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { koreanPeninsula } from '../data/korean-peninsula-2016-2019.js';
import '../src/components/diplo-timeline/define.js';
import type { TimelineDocument } from '../src/model/index.js';

interface Args {
  data?: unknown;
  src?: string;
  asOf?: string;
  lang?: string;
  theme?: 'light' | 'dark';
  actors?: string;
  kinds?: string;
  headingLevel?: number;
  showProblems?: boolean;
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Timeline/diplo-timeline',
  component: 'diplo-timeline',
  tags: ['autodocs'],
  render: (args) => html`
    <div style="max-inline-size: ${args.width ?? '42rem'}; margin-inline: auto">
      <diplo-timeline
        .data=${args.data}
        src=${ifDefined(args.src)}
        as-of=${ifDefined(args.asOf)}
        lang=${ifDefined(args.lang)}
        theme=${ifDefined(args.theme)}
        actors=${ifDefined(args.actors)}
        kinds=${ifDefined(args.kinds)}
        heading-level=${args.headingLevel ?? nothing}
        ?show-problems=${args.showProblems}
      ></diplo-timeline>
    </div>
  `,
  args: { data: koreanPeninsula },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: `A vertical timeline for a news article. Usage:

\`\`\`html
<script type="module" src="https://your-cdn/diplo-timeline/dist/src/index.js"></script>
<diplo-timeline src="korean-peninsula-2016-2019.json" lang="en"></diplo-timeline>
\`\`\`

or paste the data inside it in a \`<script type="application/json">\`, or set \`.data\` from code.
The tables below come from the custom-elements manifest.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The flagship: Korean Peninsula diplomacy 2016–2019, as of the day the AP story ran. */
export const Flagship: Story = {};

/** Data fetched from `src`: the loading state shows until the JSON arrives. */
export const FromSrc: Story = { args: { data: undefined, src: 'data/korean-peninsula-2016-2019.json' } };

/** `src` answers 404: the error says so. */
export const LoadError: Story = { args: { data: undefined, src: 'data/no-such-file.json' } };

/** `src` points at an HTML page. */
export const ReceivedHtml: Story = { args: { data: undefined, src: 'iframe.html' } };

/** A timeline with no events yet. */
export const Empty: Story = { args: { data: { schemaVersion: 1, title: 'Coming soon', actors: [], events: [] } } };

const single: TimelineDocument = {
  schemaVersion: 1,
  title: 'One event',
  actors: koreanPeninsula.actors,
  events: koreanPeninsula.events.filter((event) => event.id === 'hanoi-summit'),
};

/** A timeline of one event. */
export const OneEvent: Story = { args: { data: single } };

const sameDay: TimelineDocument = {
  schemaVersion: 1,
  title: 'Panmunjom, 27 April 2018',
  asOf: '2018-04-28',
  actors: koreanPeninsula.actors.filter((actor) => actor.id === 'north-korea' || actor.id === 'south-korea'),
  events: [
    { id: 'day', title: 'The inter-Korean summit', when: '2018-04-27', kind: 'summit', actors: ['north-korea', 'south-korea'] },
    { id: 'crossing', title: 'Kim steps across the demarcation line', when: '2018-04-27T09:30+09:00', kind: 'visit', actors: ['north-korea'] },
    { id: 'declaration', title: 'The leaders sign the Panmunjom Declaration', when: '2018-04-27T18:00+09:00', kind: 'agreement', actors: ['north-korea', 'south-korea'] },
  ],
};

/** Several events on one day: the day first, then timed events in order. */
export const SameDayEvents: Story = { args: { data: sameDay } };

/** Filtered at first to the United States and China (`actors` attribute). */
export const Filtered: Story = { args: { actors: 'united-states china' } };

/** A later as-of date (`as-of` attribute) moves the marker. */
export const AsOfOverride: Story = { args: { asOf: '2018-06-13' } };

/** Dark theme (`theme="dark"`). */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #121417; padding: 1rem">${story()}</div>`],
};

/** Arabic: dates, interface and direction (right to left). */
export const RightToLeft: Story = { args: { lang: 'ar' } };

/** Korean dates and interface. */
export const Korean: Story = { args: { lang: 'ko' } };

/** A phone in portrait: 320 CSS pixels. */
export const Narrow320: Story = { args: { width: '320px' } };

const broken: TimelineDocument = {
  ...koreanPeninsula,
  events: [
    ...koreanPeninsula.events.slice(0, 4),
    { id: 'bad', title: 'An impossible date', when: '2019-02-30', kind: 'summit', actors: ['north-korea'] },
  ],
};

/** Problems shown to editors (`show-problems`): the valid events still render. */
export const ShowProblems: Story = { args: { data: broken, showProblems: true } };
