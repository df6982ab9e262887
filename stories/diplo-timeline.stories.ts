import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { koreanPeninsula } from '../data/korean-peninsula-2016-2019.js';
import '../src/components/diplo-timeline/define.js';
import type { EventInput, TimelineDocument } from '../src/model/index.js';
import { generateTimeline } from '../bench/generate.js';

interface Args {
  data?: unknown;
  src?: string;
  asOf?: string;
  lang?: string;
  theme?: 'light' | 'dark';
  filterActors?: string;
  filterKinds?: string;
  headingLevel?: number;
  showProblems?: boolean;
  width?: string;
  layout?: 'auto' | 'vertical' | 'horizontal';
  singleLane?: boolean;
  expanded?: boolean;
  start?: string;
  end?: string;
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
        filter-actors=${ifDefined(args.filterActors)}
        filter-kinds=${ifDefined(args.filterKinds)}
        heading-level=${args.headingLevel ?? nothing}
        ?show-problems=${args.showProblems}
        layout=${ifDefined(args.layout)}
        ?single-lane=${args.singleLane}
        ?expanded=${args.expanded}
        start=${ifDefined(args.start)}
        end=${ifDefined(args.end)}
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
export const Flagship: Story = { args: { layout: 'vertical' } };

/** Every event from the start (`expanded`): no compact start, no "Show all" button. */
export const Expanded: Story = { args: { layout: 'vertical', expanded: true } };

/** The horizontal view: a time axis, a lane per actor, eras as bands; zoom and pan. */
export const Horizontal: Story = { args: { layout: 'horizontal', width: '100%' } };

/** layout="auto" (the default) in a wide column: horizontal. */
export const AutoWide: Story = { args: { width: '1100px' } };

/** layout="auto" in a narrow column: vertical. */
export const AutoNarrow: Story = { args: { width: '600px' } };

/** The horizontal view opening on a window the page names (`start="2017-06" end="2018-06"`); "Fit all" shows everything. */
export const HorizontalWindow: Story = { args: { layout: 'horizontal', start: '2017-06', end: '2018-06', width: '100%' } };

/** The horizontal view with every event in one lane. */
export const SingleLane: Story = { args: { layout: 'horizontal', singleLane: true, width: '100%' } };

const PALETTE = ['#b3261e', '#1f4e9e', '#b8860b', '#2e7d6b', '#7b4f9d', '#5f6b73'];
const KINDS = ['summit', 'talks', 'statement', 'visit', 'sanctions', 'test'] as const;

function denseDecade(): TimelineDocument {
  const actors = PALETTE.map((color, i) => ({ id: `actor-${String(i)}`, name: `Actor ${String(i + 1)}`, kind: 'state' as const, color }));
  const events = Array.from({ length: 240 }, (_, i): EventInput => {
    const date = new Date(Date.UTC(2010, 0, 1) + i * 15.2 * 86_400_000).toISOString().slice(0, 10);
    const ids = [`actor-${String(i % 6)}`, ...(i % 5 === 0 ? [`actor-${String((i + 1) % 6)}`] : [])];
    return { id: `e${String(i)}`, title: `Event ${String(i + 1)} of a dense decade`, when: date, kind: KINDS[i % 6] ?? 'other', actors: ids };
  });
  return { schemaVersion: 1, title: 'A dense decade: 240 events, 2010–2019', asOf: '2020-01-01', actors, events };
}

/** 240 events in ten years, six actors: labels stack, never overlap. */
export const DenseDecade: Story = { args: { layout: 'horizontal', data: denseDecade(), width: '100%' } };

/**
 * 5,000 events (the benchmark's generator): read in slices, the first cards at once, far-off
 * events as light cards until they come near; every event is in the list for find-in-page.
 */
export const FiveThousandEvents: Story = { args: { layout: 'vertical', data: generateTimeline(5000) } };

/** The same 5,000 on the axis: at most 16 labelled rows a lane, the rest as dots until you zoom in. */
export const FiveThousandEventsHorizontal: Story = { args: { layout: 'horizontal', data: generateTimeline(5000), width: '100%' } };

function manyActors(): TimelineDocument {
  const actors = Array.from({ length: 12 }, (_, i) => ({ id: `state-${String(i)}`, name: `State ${String(i + 1)}`, kind: 'state' as const, color: PALETTE[i % PALETTE.length] }));
  const events = Array.from({ length: 48 }, (_, i): EventInput => ({
    id: `talks-${String(i)}`,
    title: `Round ${String(i + 1)} of talks`,
    when: new Date(Date.UTC(2018, 0, 1) + i * 7 * 86_400_000).toISOString().slice(0, 10),
    kind: 'talks',
    actors: [`state-${String(i % 12)}`, `state-${String((i * 5) % 12)}`],
  }));
  return { schemaVersion: 1, title: 'Twelve parties, one year of talks', asOf: '2019-01-01', actors, events };
}

/** Many actors: twelve lanes. */
export const ManyActors: Story = { args: { layout: 'horizontal', data: manyActors(), width: '100%' } };

/** Zero-length ranges and several events on one day. */
export const ZeroLengthRanges: Story = {
  args: {
    layout: 'horizontal',
    width: '100%',
    data: {
      schemaVersion: 1,
      title: 'One day in Panmunjom',
      asOf: '2018-04-28',
      actors: koreanPeninsula.actors.filter((actor) => actor.id === 'north-korea' || actor.id === 'south-korea'),
      events: [
        { id: 'z1', title: 'Handshake at the line', when: { start: '2018-04-27T09:30+09:00', end: '2018-04-27T09:30+09:00' }, kind: 'meeting', actors: ['north-korea', 'south-korea'] },
        { id: 'z2', title: 'Talks', when: { start: '2018-04-27T10:15+09:00', end: '2018-04-27T11:55+09:00' }, kind: 'talks', actors: ['north-korea', 'south-korea'] },
        { id: 'z3', title: 'Declaration signed', when: '2018-04-27T18:00+09:00', kind: 'agreement', actors: ['north-korea', 'south-korea'] },
      ],
    },
  },
};

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
export const OneEvent: Story = { args: { data: single, layout: 'vertical' } };

/** One event on the axis. */
export const OneEventHorizontal: Story = { args: { layout: 'horizontal', data: single, width: '100%' } };

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
export const Filtered: Story = { args: { filterActors: 'united-states china' } };

/** A later as-of date (`as-of` attribute) moves the marker. */
export const AsOfOverride: Story = { args: { asOf: '2018-06-13' } };

/** Dark theme (`theme="dark"`), horizontal. */
export const Dark: Story = {
  args: { theme: 'dark', layout: 'horizontal', width: '100%' },
  decorators: [(story) => html`<div style="background: #121417; padding: 1rem">${story()}</div>`],
};

/** Arabic: dates, interface and direction (right to left). */
export const RightToLeft: Story = { args: { lang: 'ar', layout: 'vertical' } };

/** Arabic, horizontal: the axis runs right to left. */
export const RightToLeftHorizontal: Story = { args: { lang: 'ar', layout: 'horizontal', width: '100%' } };

/** Korean dates and interface. */
export const Korean: Story = { args: { lang: 'ko' } };

/** Traditional Chinese (zh-TW; zh-HK, zh-MO and zh-Hant read the same): 時間軸, 報導, 2019年2月27日至28日. */
export const TraditionalChinese: Story = { args: { lang: 'zh-TW' } };

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
