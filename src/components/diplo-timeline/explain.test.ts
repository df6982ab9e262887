import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import './define.js';
import type { DiploTimeline } from './diplo-timeline.js';
import type { DiploProblemsDetail } from './events.js';

const root = (el: DiploTimeline) => el.shadowRoot!;

/** The flagship with an event's title written as TimelineJS's `headline` beside it. */
function withHeadline() {
  const events = koreanPeninsula.events.map((event, index) => (index === 2 ? { ...event, headline: 'Another title' } : event));
  return { ...koreanPeninsula, events };
}

describe('<diplo-timeline show-problems> explains the data to its author', () => {
  it('names an unknown field and the field meant, and draws every event', async () => {
    const el = document.createElement('diplo-timeline');
    el.layout = 'vertical';
    el.showProblems = true;
    const fired = oneEvent<CustomEvent<DiploProblemsDetail>>(el, 'diplo-problems');
    el.data = withHeadline();
    document.body.append(el);
    const { detail } = await fired;
    expect(detail.problems.map((p) => [p.path, p.message])).to.deep.equal([
      ['events[2].headline', 'is not a field diplo-timeline reads; it was ignored — did you mean "title"?'],
    ]);
    await el.updateComplete;
    expect(root(el).querySelector('[part="problems"]')?.textContent).to.contain('events[2].headline').and.contain('did you mean "title"?');
    expect(root(el).querySelectorAll('ol li[id]').length).to.be.greaterThan(0);
    expect(root(el).querySelector(`#${koreanPeninsula.events[2]!.id}`)).to.not.equal(null);
    el.remove();
  });

  it('names a vis-timeline item list with the command that converts it', async () => {
    const el = document.createElement('diplo-timeline');
    el.layout = 'vertical';
    el.showProblems = true;
    const fired = oneEvent<CustomEvent<DiploProblemsDetail>>(el, 'diplo-problems');
    el.data = [{ id: 1, content: 'Summit', start: '2018-06-12' }];
    document.body.append(el);
    const { detail } = await fired;
    expect(detail.problems[0]?.message).to.contain('vis-timeline').and.contain('diplo-timeline convert items.json -o timeline.json');
    el.remove();
  });

  it('a reader\'s page (no show-problems) reads the same events, without the explaining', async () => {
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" .data=${withHeadline()}></diplo-timeline>`);
    expect(el.problems).to.deep.equal([]);
    expect(el.timeline?.events).to.have.length(koreanPeninsula.events.length);
    el.remove();
  });
});
