// Server rendering seen by a browser: readable with scripts blocked, then hydrated by the
// bundle without errors and without rendering the list a second time.
import { expect, waitUntil } from '@open-wc/testing';
import { FLAGSHIP_AS_RAN, FLAGSHIP_EVENTS } from '../../src/test-support/flagship.js';

interface Watched extends Window {
  __errors: string[];
  __firstItems: Element[];
  __firstTitle: Element;
  __removed: number;
}

async function frame(src: string, sandbox?: string, width = 640): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  // By default narrower than layout="auto"'s threshold: the list the server rendered stays a list.
  iframe.style.width = `${String(width)}px`;
  iframe.style.height = '600px';
  iframe.src = src;
  document.body.append(iframe);
  await new Promise((resolve) => { iframe.addEventListener('load', resolve, { once: true }); });
  return iframe;
}

describe('server-rendered timeline', () => {
  it('is readable with scripts blocked', async () => {
    // A sandbox without allow-scripts: no script runs; declarative shadow DOM still does.
    const iframe = await frame('/__ssr/flagship.html', 'allow-same-origin');
    const doc = iframe.contentDocument!;
    const timeline = doc.querySelector('diplo-timeline')!;
    expect(doc.defaultView?.customElements.get('diplo-timeline')).to.equal(undefined);
    const items = timeline.shadowRoot?.querySelectorAll('li.event');
    expect(items?.length).to.equal(FLAGSHIP_AS_RAN);
    expect(timeline.shadowRoot?.querySelector('[part="title"]')?.textContent).to.contain('Sanctions, summits and a deadline');
    const card = items?.[0]?.querySelector('[part="card"]');
    expect(card?.querySelector('[part="event-title"]')?.textContent).to.equal('North Korea conducts its fourth nuclear test');
    expect(card?.querySelector('time')?.textContent).to.equal('January 6, 2016');
    expect(timeline.shadowRoot?.querySelector('[part="as-of"]')?.textContent).to.contain('As of June 18, 2019');
    expect(timeline.querySelector('script[type="application/ld+json"]')?.textContent).to.contain('"ItemList"');
    iframe.remove();
  });

  it('hydrates without errors and without a second render of the list', async () => {
    const iframe = await frame('/__ssr/flagship.html?scripts=1');
    const win = iframe.contentWindow as unknown as Watched;
    const timeline = iframe.contentDocument!.querySelector('diplo-timeline') as HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> };
    await waitUntil(() => win.customElements.get('diplo-timeline') && timeline.hasUpdated, 'hydration', { timeout: 5000 });
    await timeline.updateComplete;
    const items = [...timeline.shadowRoot!.querySelectorAll('li.event')];
    expect(win.__errors).to.deep.equal([]);
    expect(win.__removed, 'no element was removed from the server-rendered list').to.equal(0);
    expect(items.length).to.equal(FLAGSHIP_AS_RAN);
    expect(items.every((item, i) => item === win.__firstItems[i]), 'the same list items').to.equal(true);
    const fetched = iframe.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.some((name) => name.includes('/chunks/hydrate-')), 'hydration support, fetched for a server-rendered page').to.equal(true);
    expect(items[0]!.querySelector('[part="event-title"]')).to.equal(win.__firstTitle);
    expect(timeline.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);

    // Live after hydration: the view switch works.
    const next = [...timeline.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'What happened next')!;
    next.click();
    await waitUntil(() => timeline.shadowRoot!.querySelectorAll('li.event').length === FLAGSHIP_EVENTS, 'the switch works');
    expect(win.__errors).to.deep.equal([]);
    iframe.remove();
  });

  it('hydrates a long list of light cards and keeps its items through later updates', async () => {
    const iframe = await frame('/__ssr/flagship.html?scripts=1&events=300');
    const win = iframe.contentWindow as unknown as Watched;
    const timeline = iframe.contentDocument!.querySelector('diplo-timeline') as HTMLElement & {
      hasUpdated: boolean;
      updateComplete: Promise<boolean>;
      requestUpdate(): void;
    };
    await waitUntil(() => win.customElements.get('diplo-timeline') && timeline.hasUpdated, 'hydration', { timeout: 5000 });
    expect(win.__firstItems).to.have.length(300);
    expect(win.__firstItems.filter((item) => item.classList.contains('lite')).length, 'the server drew light cards').to.be.greaterThan(200);
    // A later update (a resize, a relevance change) must not draw the list again.
    timeline.requestUpdate();
    await timeline.updateComplete;
    const items = [...timeline.shadowRoot!.querySelectorAll('li.event')];
    expect(items.length).to.equal(300);
    expect(items.every((item, i) => item === win.__firstItems[i]), 'the same list items').to.equal(true);
    expect(win.__errors).to.deep.equal([]);
    iframe.remove();
  });

  it('hydrates the list, then draws the horizontal axis, without errors', async () => {
    const iframe = await frame('/__ssr/flagship.html?scripts=1&layout=horizontal', undefined, 1000);
    const win = iframe.contentWindow as unknown as Watched;
    const timeline = iframe.contentDocument!.querySelector('diplo-timeline')!;
    // Its first view: the story's last months, the Hanoi summit among them.
    await waitUntil(() => timeline.shadowRoot?.querySelector('diplo-axis')?.shadowRoot?.querySelector('li.event[data-id="hanoi-summit"]'), 'the axis draws', { timeout: 5000 });
    expect(win.__errors).to.deep.equal([]);
    iframe.remove();
  });
});
