import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './define.js';
import type { DiploTimeline } from './diplo-timeline.js';
import type { DiploProblemsDetail } from './events.js';

/** The shadow root's markup, without Lit's comment markers. */
const drawn = (el: DiploTimeline) => el.shadowRoot!.innerHTML.replace(/<!--[\s\S]*?-->/g, '');

async function loaded(src: string, extra = ''): Promise<{ el: DiploTimeline; problems: DiploProblemsDetail['problems'] }> {
  const el = document.createElement('diplo-timeline');
  el.layout = 'vertical';
  el.asOf = '2019-06-18';
  if (extra) el.setAttribute('format', extra);
  const fired = oneEvent<CustomEvent<DiploProblemsDetail>>(el, 'diplo-problems');
  el.src = src;
  const host = await fixture(html`<div></div>`);
  host.append(el);
  const { detail } = await fired;
  await el.updateComplete;
  return { el, problems: detail.problems };
}

describe('<diplo-timeline> reads YAML', () => {
  it('the flagship in YAML validates and renders exactly as the flagship in JSON', async () => {
    const json = await loaded('/data/korean-peninsula-2016-2019.json');
    const yaml = await loaded('/data/korean-peninsula-2016-2019.yaml');
    expect(yaml.problems).to.deep.equal([]);
    expect(json.problems).to.deep.equal([]);
    expect(yaml.el.timeline?.events.length).to.equal(json.el.timeline?.events.length);
    expect(json.el.timeline?.events.length).to.be.greaterThan(30);
    expect(drawn(yaml.el)).to.equal(drawn(json.el));
  });

  it('by its extension (.yml), with each problem at its line and column; a bare year is a date', async () => {
    const { el, problems } = await loaded('/test/fixtures/small.yml');
    expect(el.timeline?.events.map((event) => event.id)).to.deep.equal(['a']);
    expect(problems.map((p) => [p.path, p.position])).to.deep.equal([['events[1].when', { line: 12, column: 5 }]]);
    el.showProblems = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="problems"]')?.textContent).to.contain('line 12, column 5 (events[1].when)');
  });

  it('when told so (format="yaml"), whatever the address', async () => {
    const { el } = await loaded('/test/fixtures/small.yml?as=text', 'yaml');
    expect(el.timeline?.title).to.equal('Talks');
  });

  it('says where YAML breaks, and keeps the last good data on screen', async () => {
    const { el } = await loaded('/test/fixtures/small.yml');
    const failed = oneEvent(el, 'diplo-error');
    el.src = '/test/fixtures/broken.yaml';
    const { detail } = (await failed) as CustomEvent<{ message: string }>;
    expect(detail.message).to.match(/^invalid YAML at line 4, column 3: /);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"], [part="error"]'), 'the error is shown');
    expect(el.timeline?.title).to.equal('Talks');
  });
});
