import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import type { TimelineDocument } from '../../model/index.js';
import { FLAGSHIP_AS_RAN, FLAGSHIP_EVENTS, asRanWhere } from '../../test-support/flagship.js';
import { holdFetches } from '../../test-support/held-fetch.js';
import { settle } from '../../test-support/settle.js';
import './define.js';
import type {
  DiploErrorDetail,
  DiploFilterChangeDetail,
  DiploProblemsDetail,
  DiploSelectDetail,
  DiploTimeline,
} from './diplo-timeline.js';

async function timeline(template = html`<diplo-timeline layout="vertical" .data=${koreanPeninsula}></diplo-timeline>`) {
  const el = await fixture<DiploTimeline>(template);
  await el.updateComplete;
  return el;
}

function root(el: DiploTimeline): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

function items(el: DiploTimeline): HTMLLIElement[] {
  return [...root(el).querySelectorAll<HTMLLIElement>('li.event')];
}

/** The card inside a list item (drawn straight into the timeline's shadow root). */
function cardOf(li: Element): HTMLElement {
  const card = li.querySelector<HTMLElement>('article[part="card"]');
  if (!card) throw new Error('no card');
  return card;
}

function cardText(li: Element): string {
  return cardOf(li).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function itemById(el: DiploTimeline, id: string): HTMLLIElement {
  const found = items(el).find((li) => li.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

async function cardsUpdated(el: DiploTimeline) {
  await el.updateComplete;
}

function buttonNamed(el: DiploTimeline, name: string): HTMLButtonElement {
  const button = [...root(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!button) throw new Error(`no button ${name}`);
  return button;
}

function focusedItem(el: DiploTimeline): Element | null {
  return root(el).activeElement;
}

const SMALL_A = '/test/fixtures/small-a.json';

describe('<diplo-timeline>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', media: 'screen' });
    if (window.location.hash) history.replaceState(null, '', window.location.pathname + window.location.search);
    // Each test starts at the top of the page (focusing a far event scrolls to it).
    window.scrollTo(0, 0);
  });

  describe('reading the flagship', () => {
    it('renders an ordered list of events in cards, as the story ran, with no element per card', async () => {
      const el = await timeline();
      expect(items(el)).to.have.length(FLAGSHIP_AS_RAN);
      expect(items(el).every((li) => li.parentElement?.tagName === 'OL')).to.equal(true);
      expect(items(el).every((li) => li.querySelector('article[part="card"] [part="event-title"]'))).to.equal(true);
      expect(root(el).querySelector('diplo-event')).to.equal(null);
      expect(root(el).querySelector('h2')?.textContent).to.equal(koreanPeninsula.title);
    });

    it('groups events under era headings, numbering continuing across lists', async () => {
      const el = await timeline();
      const eraTitles = [...root(el).querySelectorAll('h3[part="era-title"]')].map((h) => h.textContent);
      expect(eraTitles).to.deep.equal(['The sanctions campaign', 'The outreach', 'After Hanoi']);
      const lists = [...root(el).querySelectorAll('ol')];
      expect(lists[1]?.getAttribute('start')).to.equal(String((lists[0]?.children.length ?? 0) + 1));
      expect(cardOf(items(el)[0]!)?.querySelector('h4')?.textContent).to.equal('North Korea conducts its fourth nuclear test');
    });

    it('shows each card with its date, heading, kind, actors, status, place, quotes and sources', async () => {
      const el = await timeline();
      await cardsUpdated(el);
      const hanoi = cardOf(itemById(el, 'hanoi-summit'));
      expect(hanoi.querySelector('time')?.getAttribute('datetime')).to.equal('2019-02-27');
      expect(hanoi.querySelector('time')?.textContent?.trim()).to.equal('February 27–28, 2019');
      expect(hanoi.querySelector('[part="kind"]')?.textContent).to.contain('Summit');
      expect(hanoi.querySelector('[part="kind"] .icon')?.getAttribute('aria-hidden')).to.equal('true');
      expect([...hanoi.querySelectorAll('[part="actor"]')].map((a) => a.textContent?.trim())).to.deep.equal(['U.S.', 'North Korea']);
      expect(hanoi.querySelector('[part="badge"]')?.textContent).to.equal('Failed');
      expect(hanoi.querySelector('[part="location"]')?.textContent).to.contain('Hanoi, Vietnam');
      expect(hanoi.querySelectorAll('[part="event-summary"] p')).to.have.length(2);

      const xi = cardOf(itemById(el, 'xi-pyongyang-visit'));
      const quotes = [...xi.querySelectorAll('[part="quote"]')];
      expect(quotes).to.have.length(koreanPeninsula.events.find((event) => event.id === 'xi-pyongyang-visit')?.quotes?.length ?? -1);
      expect(quotes[1]?.querySelector('blockquote')?.getAttribute('lang')).to.equal('en');
      expect(quotes[1]?.textContent).to.contain('Lee Seong-hyon').and.contain('Sejong Institute');
      const links = [...xi.querySelectorAll('a')];
      expect(links.filter((link) => link.getAttribute('href')?.startsWith('http')), 'links out of the page').to.not.be.empty;
      for (const link of links) {
        expect(link.getAttribute('href')).to.match(/^(https?:|#)/);
        if (link.getAttribute('href')?.startsWith('http')) expect(link.rel).to.contain('noopener');
      }
      expect(xi.querySelector('[part="related"] a')?.getAttribute('href')).to.equal('#xi-visit-announced');
    });

    it('marks the as-of date between what had happened and what was ahead', async () => {
      const el = await timeline();
      await cardsUpdated(el);
      const marker = root(el).querySelector('[part="as-of"]');
      expect(marker?.textContent).to.contain('As of June 18, 2019');
      const next = marker?.nextElementSibling?.querySelector('li.event');
      expect(next?.id).to.equal('xi-pyongyang-visit');
      expect(cardText(itemById(el, 'xi-pyongyang-visit'))).to.contain('Ahead').and.contain('Expected');
      expect(cardText(itemById(el, 'hanoi-summit'))).to.not.contain('Ahead');
      expect(cardText(itemById(el, 'year-end-deadline'))).to.contain('Deadline: in 196 days').and.contain('by the end of 2019');
    });

    it('switches between "as the story ran" and "what happened next"', async () => {
      const el = await timeline();
      const asRan = buttonNamed(el, 'As the story ran');
      const next = buttonNamed(el, 'What happened next');
      expect(asRan.getAttribute('aria-pressed')).to.equal('true');
      expect(items(el).some((li) => li.id === 'dmz-meeting')).to.equal(false);
      const changed = oneEvent<CustomEvent<DiploFilterChangeDetail>>(el, 'diplo-filter-change');
      next.click();
      const change = await changed;
      expect(change.detail.view).to.equal('next');
      await cardsUpdated(el);
      expect(next.getAttribute('aria-pressed')).to.equal('true');
      expect(asRan.getAttribute('aria-pressed')).to.equal('false');
      expect(items(el)).to.have.length(FLAGSHIP_EVENTS);
      expect(items(el).some((li) => li.id === 'dmz-meeting')).to.equal(true);
      expect(cardText(itemById(el, 'g20-osaka'))).to.not.contain('Ahead');
      expect(cardText(itemById(el, 'year-end-deadline'))).to.contain('Deadline passed');
    });

    it('shows what was ahead without a view switch when the data holds no hindsight', async () => {
      const foreseen: TimelineDocument = {
        ...koreanPeninsula,
        events: koreanPeninsula.events.filter((event) => !['dmz-meeting', 'g20-trade-truce', 'moratorium-ends'].includes(event.id)),
      };
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${foreseen}></diplo-timeline>`);
      await cardsUpdated(el);
      expect(root(el).querySelector('[part="view-switch"]')).to.equal(null);
      expect(root(el).querySelector('[part="as-of"]')).to.exist;
      expect(cardText(itemById(el, 'year-end-deadline'))).to.contain('Deadline: in 196 days');
      expect(cardText(itemById(el, 'g20-osaka'))).to.contain('Ahead');
    });

    it('has no view switch when nothing lies beyond the as-of date', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula} as-of="2020-06-01"></diplo-timeline>`);
      expect(root(el).querySelector('[part="view-switch"]')).to.equal(null);
      expect(items(el)).to.have.length(FLAGSHIP_EVENTS);
    });
  });

  describe('filters', () => {
    it('filters by actor with toggle buttons and announces the count', async () => {
      const el = await timeline();
      const count = root(el).querySelector('[part="count"]');
      expect(count?.getAttribute('role')).to.equal('status');
      expect(count?.textContent).to.equal(`${FLAGSHIP_AS_RAN} events`);
      const japan = buttonNamed(el, 'Japan');
      japan.click();
      await el.updateComplete;
      expect(japan.getAttribute('aria-pressed')).to.equal('true');
      expect(items(el).map((li) => li.id)).to.deep.equal(['g20-osaka']);
      expect(count?.textContent).to.equal(`1 of ${FLAGSHIP_AS_RAN} events shown`);
      buttonNamed(el, 'Show all').click();
      await el.updateComplete;
      expect(items(el)).to.have.length(FLAGSHIP_AS_RAN);
      expect(japan.getAttribute('aria-pressed')).to.equal('false');
    });

    it('filters by kind, combined with actors', async () => {
      const el = await timeline();
      buttonNamed(el, 'Resolution').click();
      await el.updateComplete;
      expect(items(el)).to.have.length(asRanWhere((event) => event.kind === 'resolution'));
      buttonNamed(el, 'Summit').click();
      buttonNamed(el, 'North Korea').click();
      await el.updateComplete;
      expect(items(el).map((li) => li.id)).to.deep.equal(['panmunjom-summit', 'singapore-summit', 'hanoi-summit']);
    });

    it('takes its first filters from the filter-actors and filter-kinds attributes', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula} filter-actors="japan hong-kong-protesters"></diplo-timeline>`);
      expect(items(el)).to.have.length(asRanWhere((event) => event.actors.some((actor) => ['japan', 'hong-kong-protesters'].includes(actor))));
      el.filterKinds = 'protest';
      el.filterActors = '';
      await el.updateComplete;
      expect(items(el)).to.have.length(asRanWhere((event) => event.kind === 'protest'));
    });

    it('says so when no event matches', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula} filter-kinds="election"></diplo-timeline>`);
      expect(items(el)).to.have.length(0);
      expect(root(el).querySelector('[part="empty"]')?.textContent).to.equal('No events match these filters.');
    });
  });

  describe('long timelines', () => {
    const many: TimelineDocument = {
      schemaVersion: 1,
      title: 'Five hundred events',
      asOf: '2030-01-01',
      actors: [{ id: 'kp', name: 'North Korea', kind: 'state' }],
      events: Array.from({ length: 500 }, (_, i) => ({
        id: `e${String(i)}`,
        title: `Event number ${String(i + 1)}`,
        when: new Date(Date.UTC(2000, 0, 1) + i * 86_400_000 * 9).toISOString().slice(0, 10),
        kind: 'meeting' as const,
        actors: ['kp'],
      })),
    };

    it('renders the first events at once and the rest progressively, all in the end', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${many}></diplo-timeline>`);
      expect(items(el).length).to.be.at.most(150);
      expect(items(el).length).to.be.greaterThan(0);
      await waitUntil(() => items(el).length === 500, 'every event renders', { timeout: 5000 });
      expect(root(el).querySelector('[part="count"]')?.textContent).to.equal('500 events');
    });

    it('reaches the last event by keyboard and by id before the rest has rendered', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${many}></diplo-timeline>`);
      items(el)[0]!.focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => focusedItem(el)?.id === 'e499', 'the last event gets focus');
      const other = await timeline(html`<diplo-timeline layout="vertical" .data=${many}></diplo-timeline>`);
      expect(await other.focusEvent('e450')).to.equal(true);
      expect(focusedItem(other)?.id).to.equal('e450');
      expect(itemById(other, 'e450').classList.contains('lite'), 'a focused event shows its whole card').to.equal(false);
    });

    it('draws far-off events as light cards, in words, and whole ones as they come near', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${many}></diplo-timeline>`);
      await waitUntil(() => items(el).length === 500, 'every event renders', { timeout: 5000 });
      const far = itemById(el, 'e300');
      expect(far.classList.contains('lite')).to.equal(true);
      // Still the event, in words: findable with find-in-page, read by assistive technology.
      expect(far.querySelector('[part="event-title"]')?.textContent).to.equal('Event number 301');
      expect(far.querySelector('time')?.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(cardText(far)).to.contain('North Korea').and.contain('Meeting');
      expect(far.querySelector('[part="actor"]'), 'no actor list yet').to.equal(null);
      far.scrollIntoView();
      await waitUntil(() => !itemById(el, 'e300').classList.contains('lite'), 'the card is whole once near the viewport');
      expect(itemById(el, 'e300').querySelector('[part="actor"]')?.textContent?.trim()).to.equal('North Korea');
      // The first events (whole from the start), then lists of a hundred, numbered on from
      // each other; light and whole cards alike pass axe.
      const lists = [...root(el).querySelectorAll('ol')];
      expect(lists.map((ol) => ol.children.length)).to.deep.equal([24, 100, 100, 100, 100, 76]);
      expect(lists.map((ol) => ol.start)).to.deep.equal([1, 25, 125, 225, 325, 425]);
      await expect(el).to.be.accessible();
      window.scrollTo(0, 0);
    });

    it('keeps focus on a light item that takes it, as it becomes whole', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${many}></diplo-timeline>`);
      await waitUntil(() => items(el).length === 500, 'every event renders', { timeout: 5000 });
      const far = itemById(el, 'e420');
      expect(far.classList.contains('lite')).to.equal(true);
      expect(far.getAttribute('part')).to.equal('event');
      expect(far.tabIndex).to.equal(-1);
      expect(far.dataset.index).to.equal('420');
      expect(far.getAttribute('aria-label')).to.match(/^\w+ \d{1,2}, \d{4}: Event number 421$/);
      far.focus({ preventScroll: true });
      await waitUntil(() => !itemById(el, 'e420').classList.contains('lite'), 'the focused card is whole');
      await el.updateComplete;
      expect(focusedItem(el)?.id).to.equal('e420');
      expect(itemById(el, 'e420').tabIndex).to.equal(0);
    });

    it('prints every card whole', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${many}></diplo-timeline>`);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(items(el)).to.have.length(500);
      expect(root(el).querySelectorAll('li.lite')).to.have.length(0);
    });

    it('carries on rendering after being moved in the page half-way through', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${many}></diplo-timeline>`);
      const parent = el.parentElement!;
      expect(items(el).length, 'half-way through').to.be.below(500);
      el.remove();
      // A frame passes while it is out of the page: the one its next batch was due in.
      await nextFrame();
      parent.append(el);
      await waitUntil(() => items(el).length === 500, 'every event renders', { timeout: 5000 });
    });

    it('reads thousands of events in slices, and updateComplete waits for them', async () => {
      const big: TimelineDocument = {
        ...many,
        events: Array.from({ length: 4000 }, (_, i) => ({
          id: `b${String(i)}`,
          title: `Big event ${String(i + 1)}`,
          when: new Date(Date.UTC(1990, 0, 1) + i * 86_400_000 * 3).toISOString().slice(0, 10),
          kind: 'talks' as const,
          actors: ['kp'],
        })),
      };
      const el = await timeline(html`<diplo-timeline layout="vertical"></diplo-timeline>`);
      el.data = big;
      await el.updateComplete;
      expect(el.timeline?.events).to.have.length(4000);
      expect(el.problems).to.deep.equal([]);
      expect(items(el).length).to.be.greaterThan(0);
      expect(root(el).querySelector('[part="count"]')?.textContent).to.equal('4,000 events');
    });
  });

  describe('keyboard', () => {
    it('is one tab stop, moved with arrows, Home, End and Page keys', async () => {
      const el = await timeline();
      const list = items(el);
      expect(list.filter((li) => li.tabIndex === 0)).to.have.length(1);
      expect(list[0]?.tabIndex).to.equal(0);
      list[0]?.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focusedItem(el)).to.equal(items(el)[1]);
      expect(items(el).filter((li) => li.tabIndex === 0)).to.deep.equal([items(el)[1]]);
      await sendKeys({ press: 'End' });
      expect(focusedItem(el)).to.equal(items(el).at(-1));
      await sendKeys({ press: 'Home' });
      expect(focusedItem(el)).to.equal(items(el)[0]);
      await sendKeys({ press: 'PageDown' });
      expect(focusedItem(el)).to.equal(items(el)[5]);
      await sendKeys({ press: 'PageUp' });
      expect(focusedItem(el)).to.equal(items(el)[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedItem(el)).to.equal(items(el)[0]);
    });

    it('fires diplo-select on Enter and on a click on the card', async () => {
      const el = await timeline();
      items(el)[2]?.focus();
      const entered = oneEvent<CustomEvent<DiploSelectDetail>>(el, 'diplo-select');
      await sendKeys({ press: 'Enter' });
      const selected = await entered;
      expect(selected.detail.id).to.equal(items(el)[2]?.id);
      expect(selected.detail.event.title).to.equal(koreanPeninsula.events.find((event) => event.id === selected.detail.id)?.title);
      expect(selected.bubbles && selected.composed).to.equal(true);

      const card = cardOf(items(el)[4]!);
      const chosen = oneEvent<CustomEvent<DiploSelectDetail>>(el, 'diplo-select');
      card.querySelector('h4')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const clicked = await chosen;
      expect(clicked.detail.id).to.equal(items(el)[4]?.id);
    });

    it('listens for keys on its own list, never on the document', async () => {
      const added: string[] = [];
      const original = document.addEventListener.bind(document);
      document.addEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject, unknown?]) => {
        added.push(type);
        original(type, ...(rest as [EventListenerOrEventListenerObject]));
      }) as typeof document.addEventListener;
      try {
        await timeline();
      } finally {
        document.addEventListener = original;
      }
      expect(added.filter((type) => type.startsWith('key'))).to.deep.equal([]);
    });
  });

  describe('deep links', () => {
    it('gives each event a stable anchor and follows the URL hash', async () => {
      const el = await timeline();
      expect(itemById(el, 'hanoi-summit').id).to.equal('hanoi-summit');
      window.location.hash = '#hanoi-summit';
      await waitUntil(() => focusedItem(el)?.id === 'hanoi-summit', 'the hash target gets focus');
    });

    it('follows a hash present when it loads, revealing a hindsight event', async () => {
      history.replaceState(null, '', '#dmz-meeting');
      const el = await timeline();
      await waitUntil(() => focusedItem(el)?.id === 'dmz-meeting', 'the hindsight event gets focus');
      expect(buttonNamed(el, 'What happened next').getAttribute('aria-pressed')).to.equal('true');
    });

    it('focuses and scrolls to an event by id, revealing it past the filters', async () => {
      // Reduced motion: the scroll is instant, so the test need not wait for an animation.
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula} filter-actors="japan"></diplo-timeline>`);
      expect(await el.focusEvent('no-such-event')).to.equal(false);
      expect(await el.focusEvent('hanoi-summit')).to.equal(true);
      expect(focusedItem(el)?.id).to.equal('hanoi-summit');
      expect(await el.scrollToEvent('unsc-2270')).to.equal(true);
      await waitUntil(() => {
        const box = itemById(el, 'unsc-2270').getBoundingClientRect();
        return box.top >= -1 && box.top < window.innerHeight;
      }, 'the event scrolls into view');
    });
  });

  describe('loading from src', () => {
    it('shows a loading state, then the data', async () => {
      const held = holdFetches(SMALL_A);
      try {
        const el = await timeline(html`<diplo-timeline layout="vertical" src=${SMALL_A}></diplo-timeline>`);
        await held.requested(SMALL_A);
        await el.updateComplete;
        expect(root(el).querySelector('[part="status"]')?.textContent).to.equal('Loading the timeline…');
        expect(items(el)).to.have.length(0);
        held.release(SMALL_A);
        await waitUntil(() => items(el).length === 2, 'the data loads');
        expect(root(el).querySelector('[part="status"]')).to.equal(null);
      } finally {
        held.restore();
      }
    });

    it('says the HTTP status of a failed load and fires diplo-error', async () => {
      const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical"></diplo-timeline>`);
      const failed = oneEvent<CustomEvent<DiploErrorDetail>>(el, 'diplo-error');
      el.src = '/test/fixtures/no-such-file.json';
      const error = await failed;
      expect(error.detail.message).to.contain('HTTP 404');
      await el.updateComplete;
      const alert = root(el).querySelector('[part="error"]');
      expect(alert?.getAttribute('role')).to.equal('alert');
      expect(alert?.textContent).to.contain('The timeline could not be loaded').and.contain('HTTP 404');
    });

    it('says when it received HTML instead of JSON', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" src="/test/fixtures/not-json.html"></diplo-timeline>`);
      await waitUntil(() => root(el).querySelector('[part="error"]'), 'the error shows');
      expect(root(el).querySelector('[part="error"]')?.textContent).to.contain('received HTML, not JSON');
    });

    it('gives the position of invalid JSON', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" src="/test/fixtures/invalid.json"></diplo-timeline>`);
      await waitUntil(() => root(el).querySelector('[part="error"]'), 'the error shows');
      expect(root(el).querySelector('[part="error"]')?.textContent).to.contain('invalid JSON at line 5, column 18');
    });

    it('reads TimelineJS files with format="timelinejs", and recognises them without it', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" src="/test/fixtures/timelinejs-small.json" format="timelinejs"></diplo-timeline>`);
      await waitUntil(() => items(el).length === 2, 'the TimelineJS file loads');
      expect(root(el).querySelector('h2')?.textContent).to.equal('A TimelineJS file');
      const response = await fetch('/test/fixtures/timelinejs-small.json');
      const auto = await timeline(html`<diplo-timeline layout="vertical" .data=${await response.json()}></diplo-timeline>`);
      expect(items(auto)).to.have.length(2);
    });

    it('keeps the last good data on screen when a new load fails', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" src="/test/fixtures/small-a.json"></diplo-timeline>`);
      await waitUntil(() => items(el).length === 2, 'the first load');
      el.src = '/test/fixtures/no-such-file.json';
      await waitUntil(() => root(el).querySelector('[part="error"]'), 'the error shows');
      expect(items(el)).to.have.length(2);
      expect(root(el).querySelector('[part="error"]')?.textContent).to.contain('Showing the last version that loaded');
    });

    it('never lets an older, slower load overtake a newer one', async () => {
      const held = holdFetches(SMALL_A);
      try {
        const el = await timeline(html`<diplo-timeline layout="vertical" src=${SMALL_A}></diplo-timeline>`);
        await held.requested(SMALL_A);
        el.src = '/test/fixtures/small-b.json';
        await waitUntil(() => items(el).length === 1, 'the newer load');
        // The older answer arrives last; the page is given every chance to show it, up to a
        // render after it.
        held.release(SMALL_A);
        await held.settled(SMALL_A);
        el.requestUpdate();
        await el.updateComplete;
        expect(items(el).map((li) => li.id)).to.deep.equal(['b1']);
        expect(root(el).querySelector('h2')?.textContent).to.equal('Fixture B');
      } finally {
        held.restore();
      }
    });
  });

  describe('inline data and problems', () => {
    it('reads a <script type="application/json"> child', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical">
        <script type="application/json">
          { "schemaVersion": 1, "title": "Inline", "actors": [], "events": [
            { "id": "i1", "title": "Pasted by an editor", "when": "2019-06-20", "kind": "visit", "actors": [] } ] }
        </script>
      </diplo-timeline>`);
      expect(items(el).map((li) => li.id)).to.deep.equal(['i1']);
      expect(root(el).querySelector('[part="count"]')?.textContent).to.equal('1 event');
    });

    it('says where pasted JSON breaks and which keys were given twice, once the reader that explains it arrives', async () => {
      // That reader is a chunk of its own: updateComplete waits for it.
      const broken = await timeline(html`<diplo-timeline layout="vertical"><script type="application/json">{ "schemaVersion": 1, "title": 'Inline' }</script></diplo-timeline>`);
      expect(broken.problems.map((problem) => problem.message)).to.deep.equal(['invalid JSON at line 1, column 32: unexpected "\'Inline\' }" (JSON strings take double quotes)']);
      const twice = await timeline(html`<diplo-timeline layout="vertical" show-problems>
        <script type="application/json">{ "schemaVersion": 1, "title": "A", "title": "B", "actors": [], "events": [] }</script>
      </diplo-timeline>`);
      expect(twice.problems.map((problem) => problem.message)).to.include('"title" is given more than once in the same object; the last one was used');
      expect(twice.timeline?.title).to.equal('B');
    });

    it('exposes problems, fires diplo-problems, and still renders every valid event', async () => {
      const broken: TimelineDocument = {
        ...koreanPeninsula,
        events: [...koreanPeninsula.events.slice(0, 3), { id: 'bad', title: 'Bad', when: '2019-02-30', kind: 'summit', actors: [] }],
      };
      const el = document.createElement('diplo-timeline');
      el.layout = 'vertical';
      const fired = oneEvent<CustomEvent<DiploProblemsDetail>>(el, 'diplo-problems');
      el.data = broken;
      document.body.append(el);
      const event = await fired;
      expect(event.detail.problems.map((p) => p.path)).to.deep.equal(['events[3].when']);
      expect(el.problems).to.have.length(1);
      expect(items(el)).to.have.length(3);
      expect(root(el).querySelector('[part="problems"]')).to.equal(null);
      el.showProblems = true;
      await el.updateComplete;
      expect(root(el).querySelector('[part="problems"]')?.textContent).to.contain('events[3].when').and.contain('no day 30');
      el.remove();
    });

    it('shows an empty state', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${{ schemaVersion: 1, title: 'Soon', actors: [], events: [] }}></diplo-timeline>`);
      expect(root(el).querySelector('[part="empty"]')?.textContent).to.equal('This timeline has no events yet.');
    });

    it('takes as-of from its attribute, and reports a bad one', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula} as-of="2018-06-13"></diplo-timeline>`);
      const marker = root(el).querySelector('[part="as-of"]');
      expect(marker?.textContent).to.contain('As of June 13, 2018');
      expect(marker?.nextElementSibling?.querySelector('li')?.id).to.equal('kim-china-visit-3');
      el.asOf = '13/06/2018';
      await el.updateComplete;
      expect(el.problems.some((p) => p.path === 'as-of (attribute)')).to.equal(true);
    });
  });

  describe('structured data', () => {
    it('emits JSON-LD for the events the view shows, in the light DOM, only when asked', async () => {
      const plain = await timeline();
      expect(plain.querySelector('script[type="application/ld+json"]')).to.equal(null);
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula} structured-data></diplo-timeline>`);
      const script = el.querySelector('script[type="application/ld+json"]');
      const data = JSON.parse(script?.textContent ?? '{}') as { itemListElement: { item: { name: string; url: string } }[] };
      const visible = items(el).map((li) => cardOf(li).querySelector('[part="event-title"]')?.textContent);
      expect(data.itemListElement.map((entry) => entry.item.name)).to.deep.equal(visible);
      expect(data.itemListElement[0]?.item.url).to.match(/#nuclear-test-4$/);
      buttonNamed(el, 'What happened next').click();
      await el.updateComplete;
      const after = JSON.parse(el.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as { numberOfItems: number };
      expect(after.numberOfItems).to.equal(FLAGSHIP_EVENTS);
      expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    });
  });

  describe('language and looks', () => {
    it('shows its own language from the first render, never English first', async () => {
      const el = document.createElement('diplo-timeline');
      el.setAttribute('lang', 'ja');
      el.layout = 'vertical';
      el.data = koreanPeninsula;
      const first: string[] = [];
      document.body.append(el);
      // Every count line the timeline draws, as it draws it, up to its first complete update.
      const watcher = new MutationObserver(() => {
        const count = el.shadowRoot?.querySelector('[part="count"]')?.textContent;
        if (count && count !== first.at(-1)) first.push(count);
      });
      watcher.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await el.updateComplete;
      watcher.disconnect();
      expect(first).to.not.be.empty;
      expect(first.filter((count) => count.includes('events')), 'English counts').to.deep.equal([]);
      expect(first[0]).to.contain('件');
      el.remove();
    });

    it('speaks the language of its lang attribute', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula} lang="ko"></diplo-timeline>`);
      await waitUntil(() => cardText(itemById(el, 'hanoi-summit')).includes('2019년 2월 27일~28일'), 'Korean dates');
      expect(root(el).querySelector('[part="as-of"]')?.textContent).to.contain('2019년 6월 18일 기준');
      expect(buttonNamed(el, '보도 당시')).to.exist;
    });

    it('takes the language of the nearest ancestor with lang, and mirrors right-to-left scripts', async () => {
      const wrapper = await fixture(html`<div lang="ar"><diplo-timeline layout="vertical" .data=${koreanPeninsula}></diplo-timeline></div>`);
      const el = wrapper.querySelector('diplo-timeline')!;
      await el.updateComplete;
      expect(root(el).querySelector('[part="base"]')?.getAttribute('dir')).to.equal('rtl');
      expect(root(el).querySelector('[part="count"]')?.textContent).to.contain('حدثًا');
      // The English data keeps its language and its own direction inside the Arabic interface.
      await cardsUpdated(el);
      const title = cardOf(items(el)[0]!)?.querySelector('[part="event-title"]');
      expect(title?.getAttribute('dir')).to.equal('auto');
      expect(title?.getAttribute('lang')).to.equal('en-US');
    });

    it('sets heading levels from heading-level', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula} heading-level="3"></diplo-timeline>`);
      await cardsUpdated(el);
      expect(root(el).querySelector('[part="title"]')?.tagName).to.equal('H3');
      expect(root(el).querySelector('[part="era-title"]')?.tagName).to.equal('H4');
      expect(cardOf(items(el)[0]!)?.querySelector('[part="event-title"]')?.tagName).to.equal('H5');
    });

    it('follows the dark colour scheme and the theme attribute', async () => {
      const el = await timeline();
      const light = getComputedStyle(el).backgroundColor;
      await emulateMedia({ colorScheme: 'dark' });
      const dark = getComputedStyle(el).backgroundColor;
      expect(dark).to.not.equal(light);
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal(light);
    });

    it('prints without controls, with link addresses written out', async () => {
      const el = await timeline();
      await cardsUpdated(el);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(root(el).querySelector('[part="controls"]')!).display).to.equal('none');
      const link = cardOf(items(el)[0]!).querySelector('[part="sources"] a')!;
      expect(getComputedStyle(link, '::after').content).to.contain('https://undocs.org/S/RES/2270(2016)');
      await emulateMedia({ media: 'screen' });
    });

    it('fits 320 px without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      const long = 'Supercalifragilisticexpialidocious'.repeat(6);
      const data: TimelineDocument = {
        ...koreanPeninsula,
        events: [...koreanPeninsula.events, { id: 'long', title: long, when: '2019-06-01', kind: 'other', actors: [], summary: long }],
      };
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${data}></diplo-timeline>`);
      await cardsUpdated(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });
  });

  describe('accessibility', () => {
    it('is accessible as the story ran', async () => {
      const el = await timeline();
      await cardsUpdated(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible in "what happened next", filtered, with problems shown', async () => {
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula} filter-actors="china" show-problems></diplo-timeline>`);
      buttonNamed(el, 'What happened next').click();
      await cardsUpdated(el);
      // The buttons' colours change with a short transition: checked once it has ended.
      await Promise.all(root(el).getAnimations().map((animation) => animation.finished));
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const wrapper = await fixture(html`<div style="background: #121417"><diplo-timeline layout="vertical" .data=${koreanPeninsula}></diplo-timeline></div>`);
      const el = wrapper.querySelector('diplo-timeline')!;
      await cardsUpdated(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible in Korean and in Arabic', async () => {
      for (const lang of ['ko', 'ar']) {
        const el = await timeline(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula} lang=${lang}></diplo-timeline>`);
        await cardsUpdated(el);
        await expect(el).to.be.accessible();
      }
    });

    it('is accessible while loading, on error and empty', async () => {
      const held = holdFetches(SMALL_A);
      try {
        const loading = await timeline(html`<diplo-timeline layout="vertical" src=${SMALL_A}></diplo-timeline>`);
        await held.requested(SMALL_A);
        await loading.updateComplete;
        expect(root(loading).querySelector('[part="status"]')?.textContent).to.equal('Loading the timeline…');
        await expect(loading).to.be.accessible();
      } finally {
        held.restore();
      }
      const failed = await timeline(html`<diplo-timeline layout="vertical" src="/test/fixtures/no-such-file.json"></diplo-timeline>`);
      await waitUntil(() => root(failed).querySelector('[part="error"]'), 'the error shows');
      await expect(failed).to.be.accessible();
      const empty = await timeline(html`<diplo-timeline layout="vertical" .data=${{ schemaVersion: 1, title: 'Soon', actors: [], events: [] }}></diplo-timeline>`);
      await expect(empty).to.be.accessible();
    });
  });

  describe('hostile data', () => {
    const payloads = [
      '<script>window.__pwned = 1</script>',
      '<img src=x onerror="window.__pwned = 1">',
      '"><svg onload="window.__pwned = 1">',
      "javascript:window.__pwned = 1",
      '{{constructor.constructor("window.__pwned = 1")()}}',
    ];

    function hostileDocument(): unknown {
      const p = (i: number) => payloads[i % payloads.length]!;
      return {
        schemaVersion: 1,
        title: p(0),
        summary: p(1),
        actors: [{ id: 'x', name: p(2), shortName: p(1), color: 'red;background:url(https://tracker.invalid/x)', kind: 'state' }],
        eras: [{ id: 'e', title: p(0), start: '2019', end: '2019', summary: p(2) }],
        events: payloads.map((payload, i) => ({
          id: `ev${i}`,
          title: payload,
          when: '2019-06-20',
          kind: 'other',
          actors: ['x'],
          summary: payload,
          location: { name: payload, country: payload },
          quotes: [{ text: payload, speaker: payload, role: payload, source: { title: payload, url: 'javascript:window.__pwned=1' } }],
          sources: [
            { title: payload, url: ' javascript:window.__pwned=1', publisher: payload },
            { title: payload, url: 'data:text/html,<script>window.__pwned=1</script>' },
          ],
          media: [{ src: 'javascript:window.__pwned=1', alt: payload, credit: payload, caption: payload }],
          related: [{ id: `ev${(i + 1) % payloads.length}`, relation: 'follows' }],
          tags: [payload],
        })),
      };
    }

    it('shows script-bearing strings as text: nothing runs, no live script link, no injected element', async () => {
      const w = window as unknown as { __pwned?: number };
      delete w.__pwned;
      const el = await timeline(html`<diplo-timeline layout="vertical" .data=${hostileDocument()} show-problems></diplo-timeline>`);
      await cardsUpdated(el);
      await settle();
      expect(w.__pwned).to.equal(undefined);
      expect(items(el)).to.have.length(payloads.length);
      const roots = [root(el), ...items(el).map((li) => cardOf(li))];
      for (const shadow of roots) {
        expect(shadow.querySelectorAll('script, svg, img, iframe, object, embed')).to.have.length(0);
        for (const node of shadow.querySelectorAll('*')) {
          for (const attribute of node.attributes) expect(attribute.name, node.tagName).to.not.match(/^on/);
        }
        for (const link of shadow.querySelectorAll('a')) expect(link.getAttribute('href')).to.match(/^(https?:|#)/);
      }
      expect(cardText(items(el)[0]!)).to.contain('<script>');
      const swatch = cardOf(items(el)[0]!).querySelector<HTMLElement>('[part="actor"]');
      expect(swatch?.getAttribute('style') ?? '').to.not.contain('url(');
    });
  });
});
