// Print media turns a horizontal timeline into its list, every card whole (print-media.ts), and
// the screen gets the axis back as the reader left it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import { FLAGSHIP_AS_RAN } from '../../test-support/flagship.js';
import '../../test-support/axis-tag.js';
import { emulate } from '../../test-support/browser.js';
import './define.js';
import type { DiploTimeline } from './diplo-timeline.js';

const shown = (element: Element | null | undefined) => !!element && getComputedStyle(element).display !== 'none';

describe('printing a horizontal timeline', () => {
  afterEach(async () => {
    await emulate({});
  });

  it('prints the list with every card whole, the as-of marker, no controls; the axis keeps its window', async () => {
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="horizontal" .data=${koreanPeninsula}></diplo-timeline>`);
    await el.updateComplete;
    const shadow = el.shadowRoot!;
    const axis = shadow.querySelector('diplo-axis')!;
    await waitUntil(() => axis.range.end - axis.range.start > 86_400_000, 'the axis is measured and fitted');
    expect(await el.zoomTo('2018-01', '2018-12')).to.equal(true);
    const window = axis.range;
    expect(shadow.querySelector('[part="list"]')).to.equal(null);

    await emulate({ media: 'print' });
    await waitUntil(() => shadow.querySelector('.print-list'), 'the list is drawn for print');
    await el.updateComplete;
    const list = shadow.querySelector('.print-list')!;
    expect(shown(list)).to.equal(true);
    expect(shown(axis)).to.equal(false);
    expect(shown(shadow.querySelector('[part="controls"]'))).to.equal(false);
    const items = list.querySelectorAll('li[part="event"]');
    expect(items.length).to.equal(FLAGSHIP_AS_RAN);
    expect(list.querySelectorAll('li.lite').length, 'light cards').to.equal(0);
    expect(list.querySelectorAll('[part="quote"]').length, 'quotes').to.be.greaterThan(0);
    expect(list.querySelectorAll('[part="sources"] a').length, 'sources').to.be.greaterThan(0);
    expect(list.querySelector('[part="as-of"]')?.textContent).to.contain('As of June 18, 2019');
    expect(getComputedStyle(items[0]!).breakInside).to.equal('avoid');
    expect(el.resolvedLayout).to.equal('horizontal');

    await emulate({ media: 'screen' });
    await waitUntil(() => !shadow.querySelector('.print-list'), 'the list goes once print media ends');
    expect(shadow.querySelector('diplo-axis')).to.equal(axis);
    expect(shown(axis)).to.equal(true);
    expect(axis.range).to.deep.equal(window);
  });

  it('draws the list on beforeprint, before the page is laid out for paper', async () => {
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="horizontal" .data=${koreanPeninsula}></diplo-timeline>`);
    await el.updateComplete;
    dispatchEvent(new Event('beforeprint'));
    // A microtask later, as the browser gives it before printing: no frame, no timer.
    await Promise.resolve();
    await Promise.resolve();
    expect(el.shadowRoot!.querySelectorAll('.print-list li[part="event"]').length).to.equal(FLAGSHIP_AS_RAN);
  });
});
