import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { koreanPeninsula } from '../data/korean-peninsula-2016-2019.js';
import '../src/components/diplo-timeline/define.js';

const find = (id: string) => koreanPeninsula.events.find((event) => event.id === id);

interface Args {
  event: unknown;
  asOf?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Timeline/diplo-event',
  component: 'diplo-event',
  tags: ['autodocs'],
  render: ({ event, asOf, lang }) => html`<div style="max-inline-size: 38rem">
    <diplo-event .event=${event} .actors=${koreanPeninsula.actors} as-of=${asOf ?? ''} lang=${lang ?? 'en'}></diplo-event>
  </div>`,
  args: { event: find('xi-pyongyang-visit'), asOf: '2019-06-18' },
};
export default meta;

type Story = StoryObj<Args>;

/** A card on its own, as in a documentation page: quotes, sources, status ahead. */
export const Standalone: Story = {};

/** The failed Hanoi summit. */
export const Failed: Story = { args: { event: find('hanoi-summit') } };

/** A deadline, with the time left from the as-of date. */
export const Deadline: Story = { args: { event: find('year-end-deadline') } };

/** Inline formatting in the summary and a quote: a link, emphasis, strong emphasis (see docs/data-format.md). */
export const Formatted: Story = {
  args: {
    event: {
      ...find('hanoi-summit'),
      summary: `The summit **ended early**, without the joint statement both sides had announced; *no deal* was signed ([the report](${find('hanoi-summit')?.sources?.[0]?.url ?? 'https://example.org/'})).`,
      quotes: [{ text: 'Sometimes you have to *walk*.', speaker: 'Donald Trump' }],
    },
  },
};

/** Inline JSON: a documentation author writes the event inside the element. */
export const InlineJson: Story = {
  render: () => html`<diplo-event as-of="2019-06-18">
    <script type="application/json">
      { "event": { "id": "g20", "title": "G20 leaders meet in Osaka", "when": { "start": "2019-06-28", "end": "2019-06-29" },
        "kind": "summit", "actors": ["japan"], "location": { "name": "Osaka", "country": "Japan" } },
        "actors": [{ "id": "japan", "name": "Japan", "color": "#7b4f9d" }] }
    </script>
  </diplo-event>`,
};
