// The timeline in each interface language: counts in the language's plural forms and
// digits, and Chinese in the script its reader's region writes.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import type { TimelineDocument } from '../../model/index.js';
import { COUNTS, EVENT_COUNTS, NONE_OF_1000, PROBLEM_COUNTS, simplifiedIn } from '../../test-support/counts.js';
import { FLAGSHIP_AS_RAN } from '../../test-support/flagship.js';
import './define.js';
import type { DiploTimeline } from './diplo-timeline.js';

/** A timeline of `count` talks, a day apart; with an impossible date each when `broken`. */
function talks(count: number, broken = false): TimelineDocument {
  return {
    schemaVersion: 1,
    title: 'Counts',
    asOf: '2030-01-01',
    actors: [],
    events: Array.from({ length: count }, (_, i) => ({
      id: `t${String(i)}`,
      title: `Talks ${String(i + 1)}`,
      when: broken ? '2019-02-30' : new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      kind: 'talks' as const,
      actors: [],
    })),
  };
}

const sizes = COUNTS.filter((n) => n > 0);
const documents = new Map(sizes.map((n) => [n, talks(n)]));
const brokenDocuments = new Map(sizes.map((n) => [n, talks(n, true)]));

function part(el: DiploTimeline, name: string): string | undefined {
  return el.shadowRoot?.querySelector(`[part="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
}

async function timelineIn(lang: string, data: unknown): Promise<DiploTimeline> {
  const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" lang=${lang} show-problems .data=${data}></diplo-timeline>`);
  await el.updateComplete;
  return el;
}

describe('counts in every interface language', () => {
  for (const [lang, expected] of Object.entries(EVENT_COUNTS)) {
    it(`${lang}: the count line and the problems summary take the form and digits of each count`, async () => {
      const el = await timelineIn(lang, documents.get(1));
      for (const n of sizes) {
        el.data = documents.get(n);
        await el.updateComplete;
        expect(part(el, 'count'), `${lang} ${String(n)} events`).to.equal(expected[COUNTS.indexOf(n)]);
      }
      el.filterKinds = 'summit';
      await el.updateComplete;
      expect(part(el, 'count'), `${lang} none shown`).to.equal(NONE_OF_1000[lang]);
      el.filterKinds = undefined;

      el.data = documents.get(1);
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[part="problems"]'), `${lang} no problems`).to.equal(null);
      for (const n of sizes) {
        el.data = brokenDocuments.get(n);
        await el.updateComplete;
        expect(el.problems, `${lang} ${String(n)} problems`).to.have.length(n);
        expect(el.shadowRoot?.querySelector('[part="problems"] summary')?.textContent, `${lang} ${String(n)} problems`).to.equal(
          PROBLEM_COUNTS[lang]?.[COUNTS.indexOf(n)],
        );
      }
    });
  }
});

describe('Chinese in the reader’s script', () => {
  for (const lang of ['zh-TW', 'zh-HK', 'zh-Hant']) {
    it(`${lang}: Traditional words and dates`, async () => {
      const el = await timelineIn(lang, koreanPeninsula);
      const hanoi = () => el.shadowRoot?.querySelector('#hanoi-summit [part="card"]')?.textContent ?? '';
      await waitUntil(() => hanoi().includes('2019年2月27日至28日'), 'Traditional dates on the cards');
      expect(part(el, 'count')).to.equal(`共${String(FLAGSHIP_AS_RAN)}個事件`);
      expect(part(el, 'as-of')).to.contain('截至2019年6月18日');
      expect(el.shadowRoot?.querySelector('[part="view-switch"]')?.textContent).to.contain('報導發表時');
      // The flagship's own text is English: every Chinese character on screen is the interface's.
      expect(simplifiedIn(el.shadowRoot?.textContent ?? '')).to.deep.equal([]);
    });
  }

  it('zh-CN: Simplified words and dates', async () => {
    const el = await timelineIn('zh-CN', koreanPeninsula);
    await waitUntil(() => el.shadowRoot?.querySelector('#hanoi-summit [part="card"]')?.textContent?.includes('2019年2月27日至28日'), 'dates');
    expect(part(el, 'count')).to.equal(`共${String(FLAGSHIP_AS_RAN)}个事件`);
    expect(el.shadowRoot?.querySelector('[part="view-switch"]')?.textContent).to.contain('报道发表时');
  });
});
