// Print is the list: a page whose column gives the timeline its horizontal view, printed to PDF
// by Chromium (the same path as the browser's Print), must print every event of the list whole,
// the as-of marker and the sources' addresses, and no control of the chart; and the screen must
// be as it was after printing.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { koreanPeninsula } from '../../data/korean-peninsula-2016-2019.js';
import { isHindsight, parseTimeline } from '../../src/model/index.js';

interface Printed {
  pages: string[];
  after: { layout: string; axis: boolean; printList: boolean };
}

/** Text as the PDF gives it back: one space between words. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('printing a timeline from a column of 740 px', function () {
  this.timeout(60_000);

  it('prints the list, every event whole, and leaves the horizontal view on screen', async () => {
    const ready = `(() => {
      const el = document.querySelector('diplo-timeline');
      return el?.resolvedLayout === 'horizontal' && el.shadowRoot?.querySelector('[part="axis"]')?.shadowRoot?.querySelector('li.event');
    })()`;
    const after = `(() => {
      const el = document.querySelector('diplo-timeline');
      return { layout: el.resolvedLayout, axis: !!el.shadowRoot.querySelector('[part="axis"]'), printList: !!el.shadowRoot.querySelector('.print-list') };
    })()`;
    const printed = await executeServerCommand<Printed, object>('diplo-print-pdf', { url: '/test/fixtures/print-column.html', width: 1280, ready, after });
    if (!printed) throw new Error('nothing printed');
    const pages = printed.pages.map(words);
    const all = pages.join(' ');

    const { timeline } = parseTimeline(koreanPeninsula);
    const asRan = timeline.events.filter((event) => !isHindsight(event, timeline.asOf!));
    // Every event of the view, its title on one page (a card is never cut in two).
    const missing = asRan.filter((event) => !pages.some((page) => page.includes(words(event.title))));
    expect(missing.map((event) => event.title), 'titles not printed whole on one page').to.deep.equal([]);
    // Summaries whole too: the card, not the chart's label cut at its edge.
    const cut = asRan.filter((event) => event.summary && !all.includes(words(event.summary).slice(0, 60)));
    expect(cut.map((event) => event.id), 'summaries not printed').to.deep.equal([]);
    expect(all).to.contain('As of June 18, 2019');
    expect(all).to.contain('(https://undocs.org/S/RES/2270(2016))');
    for (const control of ['Fit all', 'Zoom to era', 'As the story ran', 'Filter events', 'Drag or scroll sideways']) expect(all).to.not.contain(control);
    expect(pages.length).to.be.greaterThan(3);

    // Back on screen: the horizontal view as it was, and no list beside it.
    expect(printed.after).to.deep.equal({ layout: 'horizontal', axis: true, printList: false });
  });
});
