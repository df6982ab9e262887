import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import { dateLocaleFor } from '../../i18n/locale.js';
import { uiStrings } from '../../i18n/strings.js';
import { parsePartialDate, parseTimeline, type TimelineEvent } from '../../model/index.js';
import { actorIndex, liteCardShape, type CardOptions } from './event-card.js';
import { shapeElement, shapeTemplate } from '../shared/shape.js';

/** Markup as a reader's browser sees it: no Lit markers, attributes in name order. */
function normalized(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify((node as Text).data);
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  const attributes = [...element.attributes]
    .map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`)
    .sort()
    .join(' ');
  // Adjacent text nodes (Lit writes a part's text beside the template's) read as one.
  element.normalize();
  return `<${element.localName} ${attributes}>${[...element.childNodes].map(normalized).join('')}</${element.localName}>`;
}

function fromTemplate(event: TimelineEvent, options: CardOptions): string {
  const host = document.createElement('div');
  render(shapeTemplate(liteCardShape(event, options)), host);
  return normalized(host.firstElementChild!);
}

const liteCardElement = (event: TimelineEvent, options: CardOptions) => shapeElement(liteCardShape(event, options));

describe('light cards', () => {
  const parsedDate = parsePartialDate('2019-02-27');
  const hanoi = parsedDate.ok ? parsedDate.date : undefined;
  const { timeline } = parseTimeline(koreanPeninsula);
  const events = timeline.events;
  const base: CardOptions = {
    strings: uiStrings('en'),
    lang: 'en',
    locale: dateLocaleFor('en'),
    actors: actorIndex(timeline.actors),
    headingLevel: 3,
    context: {},
    inTimeline: true,
  };
  const variants: [string, CardOptions][] = [
    ['in a timeline', base],
    ['alone, at heading level 5', { ...base, inTimeline: false, headingLevel: 5 }],
    ['as of the Hanoi summit (ahead, deadlines, statuses)', { ...base, asOf: hanoi, context: { showAhead: true } }],
    ['as of the summit, hindsight hidden', { ...base, asOf: hanoi, context: { showAhead: false } }],
    ['in another language than the page', { ...base, dataLang: 'ko' }],
  ];

  for (const [name, options] of variants) {
    it(`drawn from one description, with DOM calls and as a template, give the same markup: ${name}`, () => {
      for (const event of events) {
        expect(normalized(liteCardElement(event, options)), event.id).to.equal(fromTemplate(event, options));
      }
    });
  }

  it('cover what the test above relies on: badges, places, summaries and none', () => {
    const options = variants[2]![1];
    const built = events.map((event) => liteCardElement(event, options));
    expect(built.some((card) => card.querySelector('.badge.deadline'))).to.equal(true);
    expect(built.some((card) => card.querySelector('.badge.ahead'))).to.equal(true);
    expect(built.some((card) => card.querySelector('.location'))).to.equal(true);
    expect(built.some((card) => !card.querySelector('.badges'))).to.equal(true);
    expect(built.every((card) => card.querySelector('[part="event-title"]'))).to.equal(true);
  });

  it('put data in as text, never as markup', () => {
    const [first] = events;
    const hostile = { ...first!, title: '<img src=x onerror="window.__owned=1">', summary: '<script>window.__owned=1</script>' };
    const card = liteCardElement(hostile, base);
    expect(card.querySelector('img, script')).to.equal(null);
    expect(card.querySelector('[part="event-title"]')!.textContent).to.equal(hostile.title);
  });
});
