import { expect } from '@open-wc/testing';
import { koreanPeninsula } from '../../../../data/korean-peninsula-2016-2019.js';
import { getAt, parsePathKey, pathKey, setAt } from './draft.js';
import { EditorStore } from './editor-store.js';

describe('the draft', () => {
  it('changes by copying only the objects on the way to the change', () => {
    const draft = { title: 'T', events: [{ id: 'a', sources: [{ url: 'x' }] }, { id: 'b' }] };
    const next = setAt(draft, ['events', 0, 'sources', 0, 'url'], 'y');
    expect(getAt(next, ['events', 0, 'sources', 0, 'url'])).to.equal('y');
    expect(getAt(draft, ['events', 0, 'sources', 0, 'url']), 'the old version is intact').to.equal('x');
    expect(next.events[1]).to.equal(draft.events[1]);
    expect(setAt(draft, ['title'], undefined)).to.not.have.property('title');
  });

  it("writes and reads paths as the parser's problems do", () => {
    expect(pathKey(['events', 3, 'sources', 0, 'url'])).to.equal('events[3].sources[0].url');
    expect(parsePathKey('events[3].sources[0].url')).to.deep.equal(['events', 3, 'sources', 0, 'url']);
    expect(pathKey([])).to.equal('');
  });
});

describe('EditorStore', () => {
  it('parses the draft, and files each problem under the path it concerns', () => {
    const store = new EditorStore({ ...koreanPeninsula, events: [{ id: 'x', title: 'X', when: '2019-02-30', kind: 'summit', actors: [] }] });
    expect(store.result.timeline.events).to.have.length(0);
    expect(store.problemsAt(['events', 0, 'when'])[0]?.message).to.match(/no day 30/);
    expect(store.problemsUnder(['events', 0])).to.have.length(1);
    expect(store.problemsUnder(['events', 1])).to.have.length(0);
    expect(store.counts).to.deep.equal({ errors: 1, warnings: 0 });
  });

  it('makes one undo step of typing in one field, and another of the next field', () => {
    let now = 0;
    const store = new EditorStore(undefined, () => now);
    for (const text of ['H', 'Ha', 'Han', 'Hano', 'Hanoi']) {
      store.set(['title'], text, { typing: true });
      now += 200;
    }
    store.set(['summary'], 'S', { typing: true });
    store.undo();
    expect(store.draft.title).to.equal('Hanoi');
    expect(store.draft).to.not.have.property('summary');
    store.undo();
    expect(store.draft.title).to.equal('');
    expect(store.canUndo).to.equal(false);
    store.redo();
    expect(store.draft.title).to.equal('Hanoi');
  });

  it('brings a deleted event back with Undo, and tells listeners of every change', () => {
    const store = new EditorStore(koreanPeninsula);
    const sources: string[] = [];
    store.subscribe((source) => sources.push(source));
    const count = koreanPeninsula.events.length;
    store.remove(['events'], 2, 'Delete event');
    expect((store.draft.events as unknown[]).length).to.equal(count - 1);
    expect(store.undoLabel).to.equal('Delete event');
    store.undo();
    expect((store.draft.events as unknown[])[2]).to.equal(koreanPeninsula.events[2]);
    expect(sources).to.deep.equal(['edit', 'undo']);
  });

  it('adds and duplicates events under fresh ids', () => {
    const store = new EditorStore();
    const first = store.addEvent({ title: 'One', when: '2019' });
    const copy = store.duplicateEvent(first);
    const second = store.addEvent();
    const ids = (store.draft.events as { id: string }[]).map((event) => event.id);
    expect(ids).to.deep.equal(['event', 'event-2', 'event-3']);
    expect([first, copy, second]).to.deep.equal([0, 1, 2]);
  });

  it('knows when there are changes not yet exported', () => {
    const store = new EditorStore();
    expect(store.dirty).to.equal(false);
    store.set(['title'], 'T');
    expect(store.dirty).to.equal(true);
    store.markSaved();
    expect(store.dirty).to.equal(false);
    store.undo();
    expect(store.dirty).to.equal(true);
  });
});
