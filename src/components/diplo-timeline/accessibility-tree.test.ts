// What a screen reader gets, read from Chromium's accessibility tree (not the DOM): the region
// and its headings, the lists and their counts, the name of every control, what the live region
// says as the reader filters or changes the view, and the order the horizontal view is read in.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import { isHindsight, parseTimeline, type TimelineDocument } from '../../model/index.js';
import '../../test-support/axis-tag.js';
import { accessibilityTree, describeTree, findNode, flatten, type AxNode } from '../../test-support/browser.js';
import { FLAGSHIP_AS_RAN, FLAGSHIP_EVENTS } from '../../test-support/flagship.js';
import './define.js';
import type { DiploTimeline } from './diplo-timeline.js';

const { timeline } = parseTimeline(koreanPeninsula);
/** The events "as the story ran", in the order the data model places them (date order). */
const asRan = timeline.events.filter((event) => !isHindsight(event, timeline.asOf!));

const CONTROL_ROLES = new Set(['button', 'link', 'combobox', 'DisclosureTriangle', 'checkbox', 'textbox', 'slider']);

/** The tree under the timeline's region (the page around it is the test runner's). */
async function regionOf(title: string): Promise<AxNode> {
  const tree = await accessibilityTree();
  const region = findNode(tree, (node) => node.role === 'region' && node.name === title);
  if (!region) throw new Error(`no region "${title}" in\n${describeTree(tree)}`);
  return region;
}

/** Text a node holds, as a screen reader reads it: its texts in order (punctuation kept to its word). */
const textOf = (node: AxNode) =>
  flatten(node)
    .filter((child) => child.role === 'StaticText')
    .map((child) => child.name)
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([:,.)])/g, '$1')
    .trim();

/** Fails when a heading is more than one level below the one before it. */
function expectNoSkippedLevels(headings: AxNode[], start: number): void {
  let previous = start;
  for (const heading of headings) {
    expect(heading.level, `"${heading.name ?? ''}" after a level ${String(previous)}`).to.be.at.most(previous + 1);
    previous = heading.level!;
  }
}

function expectNamedControls(root: AxNode): void {
  const controls = flatten(root).filter((node) => CONTROL_ROLES.has(node.role));
  expect(controls.length).to.be.greaterThan(0);
  const unnamed = controls.filter((node) => !node.name?.trim());
  expect(unnamed.map((node) => node.role), 'controls without a name').to.deep.equal([]);
}

describe('the accessibility tree', function () {
  this.timeout(30_000);

  beforeEach(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  describe('the vertical list', () => {
    it('is a region named by its title, headings without a skipped level, lists of every event', async () => {
      const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula}></diplo-timeline>`);
      await el.updateComplete;
      const region = await regionOf(timeline.title);
      const nodes = flatten(region);
      const headings = nodes.filter((node) => node.role === 'heading');
      expect(headings[0]).to.include({ name: timeline.title, level: 2 });
      expect(headings.filter((node) => node.level === 3).map((node) => node.name)).to.deep.equal(timeline.eras!.map((era) => era.title));
      expect(headings.filter((node) => node.level === 4)).to.have.length(FLAGSHIP_AS_RAN);
      expectNoSkippedLevels(headings, 1);

      // Events are list items named "date: title", in lists, in date order.
      const events = nodes.filter((node) => node.role === 'listitem' && node.name?.includes(': '));
      expect(events.map((node) => node.name!.slice(node.name!.indexOf(': ') + 2))).to.deep.equal(asRan.map((event) => event.title));
      const lists = nodes.filter((node) => node.role === 'list' && node.children?.some((child) => events.includes(child)));
      expect(lists.length).to.be.greaterThan(1);
      expect(lists.reduce((sum, list) => sum + (list.children ?? []).filter((child) => events.includes(child)).length, 0)).to.equal(FLAGSHIP_AS_RAN);

      // The controls: a named group of two toggles, the filters' disclosure, all named.
      const view = findNode(region, (node) => node.role === 'group' && node.name === 'Show the timeline')!;
      expect(view.children!.map((node) => [node.role, node.name, node.pressed])).to.deep.equal([
        ['button', 'As the story ran', true],
        ['button', 'What happened next', false],
      ]);
      expect(findNode(region, (node) => node.role === 'DisclosureTriangle')).to.include({ name: 'Filter events', expanded: false });
      expectNamedControls(region);
      expect(textOf(findNode(region, (node) => node.role === 'status')!)).to.equal(`${String(FLAGSHIP_AS_RAN)} events`);
      // The as-of marker, read where it stands: after the last event the story knew of.
      const text = textOf(region);
      const marker = text.indexOf('As of June 18, 2019 Events below were still ahead when this was published.');
      expect(marker).to.be.greaterThan(0);
      expect(text.slice(0, marker)).to.not.match(/\bAhead\b/);
      expect(text.slice(marker)).to.match(/\bAhead\b/);
    });

    it('announces the count in its live region as the reader filters and changes the view', async () => {
      const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula}></diplo-timeline>`);
      await el.updateComplete;
      const shadow = el.shadowRoot!;
      const status = async () => textOf(findNode(await regionOf(timeline.title), (node) => node.role === 'status')!);
      shadow.querySelector('details')!.open = true;
      [...shadow.querySelectorAll('button')].find((button) => button.textContent.trim() === 'China')!.click();
      await el.updateComplete;
      const china = asRan.filter((event) => event.actors.includes('china')).length;
      await waitUntil(async () => (await status()) === `${String(china)} of ${String(FLAGSHIP_AS_RAN)} events shown`, 'the filtered count is announced');
      [...shadow.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Show all')!.click();
      [...shadow.querySelectorAll('button')].find((button) => button.textContent.trim() === 'What happened next')!.click();
      await el.updateComplete;
      await waitUntil(async () => (await status()) === `${String(FLAGSHIP_EVENTS)} events`, 'the count after the story is announced');
    });

    it('with an empty title, eras take the title\'s level, and nothing skips', async () => {
      const data: TimelineDocument = { ...koreanPeninsula, title: '' };
      const wrapper = await fixture(html`<section aria-label="Story"><h1>Story</h1><diplo-timeline layout="vertical" .data=${data}></diplo-timeline></section>`);
      await wrapper.querySelector('diplo-timeline')!.updateComplete;
      const region = findNode(await accessibilityTree(), (node) => node.role === 'region' && node.name === 'Story')!;
      const headings = flatten(region).filter((node) => node.role === 'heading');
      expect(headings[1]).to.include({ name: timeline.eras![0]!.title, level: 2 });
      expectNoSkippedLevels(headings, 1);
    });
  });

  describe('the horizontal view', () => {
    it('reads its events in date order, each with its date and lanes, then the open card under the title', async () => {
      const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="horizontal" heading-level="3" .data=${koreanPeninsula}></diplo-timeline>`);
      await el.updateComplete;
      // The first view frames the story's last era; "Fit all" puts every event in the window.
      expect(await el.fit()).to.equal(true);
      await el.updateComplete;
      const region = await regionOf(timeline.title);
      const toolbar = findNode(region, (node) => node.role === 'toolbar')!;
      expect(toolbar.name).to.equal('Zoom and pan');
      expect(flatten(toolbar).filter((node) => CONTROL_ROLES.has(node.role)).map((node) => node.name)).to.deep.equal(['Zoom out', 'Zoom in', 'Fit all', 'Zoom to era']);
      expectNamedControls(region);

      const list = findNode(region, (node) => node.role === 'list' && node.name === 'Events')!;
      const items = list.children!.filter((node) => node.role === 'listitem');
      expect(items).to.have.length(FLAGSHIP_AS_RAN);
      // Date order (the list's), each item read as "date: title — lanes".
      const read = items.map(textOf);
      expect(read.map((text) => asRan.findIndex((event) => text.includes(`: ${event.title}`)))).to.deep.equal(asRan.map((_, i) => i));
      const singapore = read.find((text) => text.includes('first U.S.–North Korea summit in Singapore'))!;
      expect(singapore).to.match(/^June 12, 2018: .* — (North Korea, U\.S\.|U\.S\., North Korea)$/);
      const ahead = read.at(-1)!;
      expect(ahead).to.match(/\(Ahead\)$/);

      expect(await el.scrollToEvent('hanoi-summit')).to.equal(true);
      await el.updateComplete;
      const withCard = await regionOf(timeline.title);
      const card = findNode(withCard, (node) => node.role === 'article')!;
      expect(findNode(card, (node) => node.role === 'heading')).to.include({ name: 'The Hanoi summit ends early without a deal', level: 4 });
      expect(findNode(withCard, (node) => node.role === 'button' && node.name === 'Close')).to.not.equal(undefined);
      expectNoSkippedLevels(flatten(withCard).filter((node) => node.role === 'heading'), 2);
    });

    it('says nothing of lanes when all events share one', async () => {
      const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="horizontal" single-lane .data=${koreanPeninsula}></diplo-timeline>`);
      await el.updateComplete;
      const list = findNode(await regionOf(timeline.title), (node) => node.role === 'list' && node.name === 'Events')!;
      expect(list.children!.map(textOf).filter((text) => text.includes(' — '))).to.deep.equal([]);
    });
  });
});
