import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { koreanPeninsula } from '../data/korean-peninsula-2016-2019.js';
import '../src/components/diplo-timeline/define.js';
import '../src/components/diplo-timeline-editor/define.js';

interface Args {
  data?: unknown;
  lang?: string;
  theme?: 'light' | 'dark';
}

// Each story keeps its own document in the browser (a storage key per story).
const meta: Meta<Args> = {
  title: 'Producer/diplo-timeline-editor',
  component: 'diplo-timeline-editor',
  tags: ['autodocs'],
  render: ({ data, lang, theme }, { id }) =>
    html`<diplo-timeline-editor storage-key=${`storybook-${id}`} lang=${lang ?? 'en'} theme=${theme ?? ''} .data=${data}></diplo-timeline-editor>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The flagship open for editing: every field, its problems beside it, the preview as readers will see it. */
export const Flagship: Story = { args: { data: koreanPeninsula } };

/** An empty editor: a new timeline, as a producer starts one. */
export const Empty: Story = { args: {} };

/** Problems where they are: a bad date, an unknown actor, a source with a javascript: link. */
export const WithProblems: Story = {
  args: {
    data: {
      ...koreanPeninsula,
      events: [
        ...koreanPeninsula.events.slice(0, 3),
        { id: 'bad-date', title: 'A summit on a day that does not exist', when: '2019-02-30', kind: 'summit', actors: ['north-korea'] },
        { id: 'unknown-actor', title: 'Talks with an actor nobody described', when: '2019-03', kind: 'talks', actors: ['atlantis'] },
        { id: 'bad-link', title: 'A source that is no web address', when: '2019-04-01', kind: 'statement', actors: [], sources: [{ title: 'Click', url: 'javascript:alert(1)' }] },
      ],
    },
  },
};

/** In Arabic, right to left, dark. */
export const ArabicDark: Story = { args: { data: koreanPeninsula, lang: 'ar', theme: 'dark' } };
