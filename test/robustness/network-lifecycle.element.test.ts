// Failing networks and the element's lifecycle: errors say what happened, the older load
// never wins, the next good load recovers; attaching, detaching and swapping data many
// times leaves nothing behind; two timelines on a page share nothing.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { koreanPeninsula } from '../../data/korean-peninsula-2016-2019.js';
import '../../src/components/diplo-timeline/define.js';
import type { DiploTimeline } from '../../src/components/diplo-timeline/diplo-timeline.js';
import { FLAGSHIP_AS_RAN, asRanWhere } from '../../src/test-support/flagship.js';
import { holdFetches } from '../../src/test-support/held-fetch.js';

function errorText(el: DiploTimeline): string | undefined {
  return el.shadowRoot?.querySelector('[part="error"]')?.textContent ?? undefined;
}

function count(el: DiploTimeline): number {
  return el.shadowRoot?.querySelectorAll('li.event').length ?? 0;
}

/** The JS heap after a full collection, in bytes (Chromium with --expose-gc and precise memory info). */
function heapAfterGC(): number {
  const w = window as unknown as { gc?: () => void };
  if (!w.gc) throw new Error('run Chromium with --js-flags=--expose-gc');
  w.gc();
  w.gc();
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

const MB = 1024 * 1024;

async function failing(src: string, timeout?: number) {
  const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" load-timeout=${timeout ?? 20000} src=${src}></diplo-timeline>`);
  await waitUntil(() => errorText(el), `an error for ${src}`, { timeout: 5000 });
  return el;
}

describe('failing networks', () => {
  it('says the server failed (HTTP 500)', async () => {
    expect(errorText(await failing('/__fail/500'))).to.contain('HTTP 500');
  });

  it('gives up on a server that does not answer, and says so', async () => {
    expect(errorText(await failing('/__fail/hang', 300))).to.contain('no answer after 0.3 s');
  });

  it('says when the connection closed mid-file', async () => {
    expect(errorText(await failing('/__fail/cut'))).to.match(/connection closed|invalid JSON/);
  });

  it('recovers when the next load succeeds', async () => {
    const el = await failing('/__fail/500');
    el.src = '/test/fixtures/small-a.json';
    await waitUntil(() => count(el) === 2, 'the good file loads');
    expect(errorText(el)).to.equal(undefined);
  });

  it('never lets a slow older load overtake a newer one, even one that fails', async () => {
    const older = '/test/fixtures/small-a.json';
    const held = holdFetches(older);
    try {
      const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" src=${older}></diplo-timeline>`);
      await held.requested(older);
      el.src = '/__fail/500';
      await waitUntil(() => errorText(el), 'the newer load fails');
      // The older answer arrives last; the page is given every chance to show it, up to a
      // render after it.
      held.release(older);
      await held.settled(older);
      el.requestUpdate();
      await el.updateComplete;
      expect(count(el)).to.equal(0);
      expect(errorText(el)).to.contain('HTTP 500');
    } finally {
      held.restore();
    }
  });
});

describe('lifecycle', () => {
  it('attaches and detaches 1,000 times without leaving listeners behind or growing memory', async () => {
    const live = new Map<string, number>();
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    window.addEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject]) => {
      live.set(type, (live.get(type) ?? 0) + 1);
      add(type, ...rest);
    }) as typeof window.addEventListener;
    window.removeEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject]) => {
      live.set(type, (live.get(type) ?? 0) - 1);
      remove(type, ...rest);
    }) as typeof window.removeEventListener;
    const open = () => [...live].filter(([, n]) => n !== 0);
    try {
      const el = document.createElement('diplo-timeline');
      el.layout = 'vertical';
      el.data = koreanPeninsula;
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(el);
      await el.updateComplete;
      el.remove();
      const cycle = async (times: number) => {
        for (let i = 0; i < times; i++) {
          host.append(el);
          if (i % 50 === 0) await el.updateComplete;
          el.remove();
        }
      };
      await cycle(100);
      const before = heapAfterGC();
      await cycle(1000);
      const after = heapAfterGC();
      expect(open(), 'window listeners left behind').to.deep.equal([]);
      expect((after - before) / MB, 'heap growth (MB) over 1,000 cycles').to.be.below(2);
      host.append(el);
      await el.updateComplete;
      expect(live.get('hashchange')).to.equal(1);
      expect(count(el)).to.equal(FLAGSHIP_AS_RAN);
      el.remove();
      expect(open()).to.deep.equal([]);
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
    }
  });

  it('swaps data 1,000 times, shows the last, and keeps nothing of the others', async () => {
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical"></diplo-timeline>`);
    const swap = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        el.data = { ...koreanPeninsula, title: `Version ${String(i)}`, events: koreanPeninsula.events.slice(0, (i % 7) + 1) };
        if (i % 10 === 0) await el.updateComplete;
      }
      await el.updateComplete;
    };
    await swap(0, 100);
    const before = heapAfterGC();
    await swap(100, 1000);
    const after = heapAfterGC();
    expect(el.shadowRoot?.querySelector('[part="title"]')?.textContent).to.equal('Version 999');
    expect(count(el)).to.equal((999 % 7) + 1);
    expect((after - before) / MB, 'heap growth (MB) over 900 swaps').to.be.below(2);
  });

  it('keeps two timelines on one page independent', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <diplo-timeline layout="vertical" .data=${koreanPeninsula}></diplo-timeline>
      <diplo-timeline layout="vertical" .data=${koreanPeninsula} lang="ko"></diplo-timeline>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('diplo-timeline')];
    await first!.updateComplete;
    await second!.updateComplete;
    const japan = [...first!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Japan')!;
    japan.click();
    await first!.updateComplete;
    const withJapan = asRanWhere((event) => event.actors.includes('japan'));
    expect(count(first!)).to.equal(withJapan);
    expect(count(second!)).to.equal(FLAGSHIP_AS_RAN);
    expect(second!.shadowRoot!.querySelector('[part="count"]')?.textContent).to.equal(`사건 ${String(FLAGSHIP_AS_RAN)}건`);
    expect(first!.shadowRoot!.querySelector('[part="count"]')?.textContent).to.contain(`${String(withJapan)} of ${String(FLAGSHIP_AS_RAN)}`);
  });
});
