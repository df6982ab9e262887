import { expect } from '@open-wc/testing';
import { EditorStore } from './editor-store.js';
import { guardLeaving } from './leave-guard.js';

/** A window that records its beforeunload listeners, and can be "left". */
function page() {
  const listeners = new Set<EventListener>();
  const target = {
    addEventListener: (type: string, listener: EventListener) => {
      if (type === 'beforeunload') listeners.add(listener);
    },
    removeEventListener: (type: string, listener: EventListener) => {
      if (type === 'beforeunload') listeners.delete(listener);
    },
  } as Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Whether leaving now would ask first. */
  const leave = () => {
    const event = new Event('beforeunload', { cancelable: true });
    for (const listener of listeners) listener(event);
    return event.defaultPrevented;
  };
  return { target, listeners, leave };
}

describe('guardLeaving', () => {
  it('asks before leaving only while there are changes not yet exported', () => {
    const store = new EditorStore();
    const { target, listeners, leave } = page();
    const stop = guardLeaving(store, target);
    expect(listeners.size, 'nothing to lose: no listener (the page keeps its back/forward cache)').to.equal(0);
    store.set(['title'], 'Hanoi');
    expect(leave()).to.equal(true);
    store.markSaved();
    expect(listeners.size).to.equal(0);
    expect(leave()).to.equal(false);
    store.set(['title'], 'Hanoi summit');
    stop();
    expect(listeners.size).to.equal(0);
  });

  it('tells listeners when the draft is marked exported', () => {
    const store = new EditorStore();
    const sources: string[] = [];
    store.subscribe((source) => sources.push(source));
    store.markSaved();
    store.set(['title'], 'T');
    store.markSaved();
    expect(sources).to.deep.equal(['edit', 'saved']);
  });
});
