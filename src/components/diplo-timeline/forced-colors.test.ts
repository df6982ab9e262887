// Forced colours (Windows' contrast themes), light and dark, read from the pixels: every state
// of every control and mark of both views must stay readable with the system's colours. The
// bug this holds: a pressed toggle's label painted on a backplate of its own colour.
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import type { TimelineDocument } from '../../model/index.js';
import '../../test-support/axis-tag.js';
import { emulate, expectReadable, expectVisible } from '../../test-support/browser.js';
import './define.js';
import type { DiploTimeline } from './diplo-timeline.js';

/** The flagship, with an approximate date and an event the problems panel reports. */
const data: TimelineDocument = {
  ...koreanPeninsula,
  events: [
    ...koreanPeninsula.events,
    { id: 'approximate', title: 'Talks resume at working level', when: '~2019-10', kind: 'meeting', actors: [], summary: 'A date known to the month, roughly.' },
    { id: 'broken', title: 'An event with a date that is not one', when: 'soon', kind: 'meeting', actors: [] } as unknown as TimelineDocument['events'][number],
  ],
};

const root = (el: Element) => el.shadowRoot!;

function buttonNamed(scope: ParentNode, name: string): HTMLButtonElement {
  const button = [...scope.querySelectorAll('button')].find((candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent.trim()) === name);
  if (!button) throw new Error(`no button "${name}"`);
  return button;
}

function one(scope: ParentNode, selector: string): Element {
  const found = scope.querySelector(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** A box a little larger than an element's, so that the mark is seen against what is around it. */
function around(element: Element, margin = 3): DOMRect {
  const box = element.getBoundingClientRect();
  return new DOMRect(box.x - margin, box.y - margin, box.width + margin * 2, box.height + margin * 2);
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`forced colours, ${colorScheme}`, function () {
    this.timeout(30_000);

    beforeEach(async () => {
      await setViewport({ width: 1280, height: 800 });
      await emulate({ forcedColors: 'active', colorScheme, reducedMotion: 'reduce' });
    });

    after(async () => {
      await emulate({});
    });

    it('keeps the emulation the test asks for', () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(matchMedia(`(prefers-color-scheme: ${colorScheme})`).matches).to.equal(true);
    });

    it('the list: pressed, unpressed, focused and hovered toggles, filters, marks and panels', async () => {
      const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" .data=${data} filter-actors="china" show-problems></diplo-timeline>`);
      await el.updateComplete;
      const shadow = root(el);
      const asRan = buttonNamed(shadow, 'As the story ran');
      expect(asRan.getAttribute('aria-pressed')).to.equal('true');
      await expectReadable(asRan, 'the pressed view toggle');
      await expectReadable(buttonNamed(shadow, 'What happened next'), 'the view toggle not pressed');
      const china = buttonNamed(shadow, 'China');
      expect(china.getAttribute('aria-pressed')).to.equal('true');
      await expectReadable(china, 'a pressed filter');
      await expectReadable(buttonNamed(shadow, 'Japan'), 'a filter not pressed');
      await expectReadable(buttonNamed(shadow, 'Show all'), '"Show all"');
      china.focus();
      await expectReadable(china, 'a pressed filter with focus');
      const box = asRan.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 4), Math.round(box.top + box.height / 2)] });
      await expectReadable(asRan, 'the pressed toggle under the pointer');
      await sendMouse({ type: 'move', position: [0, 0] });
      await expectReadable(one(shadow, '.filters summary'), 'the filters disclosure');
      await expectReadable(one(shadow, '[part="count"]'), 'the count of events');
      await expectReadable(one(shadow, '[part="problems"] li'), 'the problems panel');
      await expectReadable(one(shadow, '[part="era-title"]'), 'an era heading');
      await expectReadable(one(shadow, '.as-of p'), 'the as-of marker');
      await expectVisible(around(one(shadow, '.as-of'), 0), 'the as-of marker\'s rules');
      await expectReadable(one(shadow, '[part="badge"]'), 'a status badge');
      await expectReadable(one(shadow, '[part="kind"]'), 'an event\'s kind');
      await expectReadable(one(shadow, '[part="actor"]'), 'an actor');
      await expectVisible(around(one(shadow, '.swatch')), 'an actor\'s swatch');
    });

    it('the list after the story: deadlines, approximate dates, hindsight', async () => {
      const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" .data=${data}></diplo-timeline>`);
      await el.updateComplete;
      buttonNamed(root(el), 'What happened next').click();
      await el.updateComplete;
      const shadow = root(el);
      await expectReadable(buttonNamed(shadow, 'What happened next'), 'the pressed "what happened next"');
      const deadline = one(shadow, '#year-end-deadline');
      await expectReadable(one(deadline, '[part="date"]'), 'a deadline\'s date');
      await expectReadable(one(deadline, '[part="badge"]'), 'a deadline\'s badge');
      const approximate = one(shadow, '#approximate [part="date"]');
      expect(approximate.textContent).to.match(/c\./);
      await expectReadable(approximate, 'an approximate date');
    });

    it('the horizontal view: toolbar, lanes, eras, the as-of line, a selected event and its card', async () => {
      const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="horizontal" .data=${data} style="inline-size: 1200px"></diplo-timeline>`);
      await el.updateComplete;
      const axis = root(el).querySelector('diplo-axis')!;
      await axis.updateComplete;
      // Every event in the window, the year-end deadline among them (the first view ends at the as-of date).
      expect(await el.fit()).to.equal(true);
      await axis.updateComplete;
      const shadow = root(axis);
      await expectReadable(buttonNamed(shadow, 'Fit all'), '"Fit all"');
      await expectReadable(buttonNamed(shadow, 'Zoom in'), 'the zoom-in button');
      await expectReadable(one(shadow, 'select'), 'the era menu');
      await expectReadable(one(shadow, '.lane-label'), 'a lane\'s name');
      await expectReadable(one(shadow, '.band-label'), 'an era band\'s name');
      await expectReadable(one(shadow, '.as-of span'), 'the as-of line\'s date');
      await expectVisible(around(one(shadow, '.deadline .marker')), 'a deadline\'s diamond');
      await expectVisible(around(one(shadow, 'li.event .marker')), 'an event\'s marker');
      expect(await el.scrollToEvent('hanoi-summit')).to.equal(true);
      await axis.updateComplete;
      await expectReadable(one(shadow, 'li.selected .label'), 'the selected event');
      await expectReadable(one(shadow, '[part="detail"] [part="event-title"]'), 'the open card\'s title');
      await expectReadable(buttonNamed(shadow, 'Close'), 'the card\'s close button');
    });
  });
}
