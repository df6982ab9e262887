// Broken files through `src`, as a reader's browser gets them: the encoding a spreadsheet
// saved, keys given twice, a file cut short. What can be kept is shown; what is wrong is
// said in the problems list and, with show-problems, on the page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/diplo-timeline/define.js';
import type { DiploTimeline } from '../../src/components/diplo-timeline/diplo-timeline.js';

const DOC = '{"schemaVersion":1,"title":"Caf\u00e9 diplomacy","actors":[],"events":[{"id":"a","title":"Talks in Montr\u00e9al","when":"2019-06-20","kind":"talks","actors":[]}]}';

const urlOf = (bytes: Uint8Array<ArrayBuffer>, type = 'application/json') => URL.createObjectURL(new Blob([bytes], { type }));
const titles = (el: DiploTimeline) => [...el.shadowRoot!.querySelectorAll('[part="event-title"]')].map((h) => h.textContent);

async function load(url: string, attributes = '') {
  const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" src=${url} ?show-problems=${attributes.includes('show-problems')}></diplo-timeline>`);
  await waitUntil(() => el.timeline ?? el.shadowRoot?.querySelector('[part="error"]'), 'the file is read', { timeout: 5000 });
  return el;
}

describe('broken files through src', () => {
  it('reads UTF-16 with a byte-order mark', async () => {
    const units = Array.from({ length: DOC.length }, (_, i) => DOC.charCodeAt(i));
    const el = await load(urlOf(new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])])));
    expect(titles(el)).to.deep.equal(['Talks in Montréal']);
    expect(el.problems).to.deep.equal([]);
  });

  it('reads a Windows-1252 file, keeping every event, and says it had to guess', async () => {
    const el = await load(urlOf(Uint8Array.from({ length: DOC.length }, (_, i) => DOC.charCodeAt(i))), 'show-problems');
    expect(titles(el)).to.deep.equal(['Talks in Montréal']);
    expect(el.problems[0]?.message).to.contain('read as Windows-1252');
    expect(el.shadowRoot!.querySelector('[part="problems"]')?.textContent).to.contain('Windows-1252');
  });

  it('names keys given twice, with show-problems, on the page', async () => {
    const text = DOC.replace('"kind":"talks"', '"kind":"talks","kind":"summit"');
    const el = await load(urlOf(new TextEncoder().encode(text)), 'show-problems');
    expect(el.timeline?.events[0]?.kind).to.equal('summit');
    const panel = el.shadowRoot!.querySelector('[part="problems"]')?.textContent ?? '';
    expect(panel).to.contain('events[0].kind').and.contain('more than once');
  });

  it('says a file was cut short, and where', async () => {
    const el = await load(urlOf(new TextEncoder().encode(DOC.slice(0, 90))));
    expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent).to.match(/invalid JSON at line 1, column \d+: the text ends too soon/);
  });
});
