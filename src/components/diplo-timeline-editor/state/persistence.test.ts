import { expect, waitUntil } from '@open-wc/testing';
import { koreanPeninsula } from '../../../../data/korean-peninsula-2016-2019.js';
import { flagshipTimes, freshStorage, heldWrites } from '../../../test-support/editor-storage.js';
import type { DraftStorage } from './draft-storage.js';
import { EditorStore } from './editor-store.js';
import { Autosave, listDocuments } from './persistence.js';

/** A tab: a store and its autosave, writes held until the test runs them. */
function tab(storage: DraftStorage, key = 'doc', initial?: unknown) {
  const store = new EditorStore(initial);
  const writes = heldWrites();
  const autosave = new Autosave(store, key, { storage, schedule: writes.schedule });
  return { store, autosave, writes };
}

describe('Autosave', () => {
  it('brings the draft back after a reload, with its export mark, and no undo history', async () => {
    const storage = freshStorage();
    const before = tab(storage);
    await before.autosave.ready;
    before.store.replace(koreanPeninsula, 'Import');
    before.store.set(['title'], 'Draft title', { typing: true });
    await before.autosave.flush();
    expect(before.autosave.status).to.equal('saved');
    before.autosave.dispose();

    // A reload: a new store and a new autosave on the same key.
    const after = tab(storage);
    expect(await after.autosave.restore()).to.equal(true);
    expect(after.store.draft).to.deep.equal(before.store.draft);
    expect(after.store.dirty, 'changes not exported are still not exported').to.equal(true);
    expect(after.store.canUndo).to.equal(false);

    after.store.markSaved();
    await after.autosave.flush();
    const again = tab(storage);
    await again.autosave.restore();
    expect(again.store.dirty, 'an exported draft has nothing to export after a reload').to.equal(false);
    expect(again.store.draft.title).to.equal('Draft title');
  });

  it('restores nothing for a document it never saw', async () => {
    const { autosave, store } = tab(freshStorage(), 'never');
    expect(await autosave.restore()).to.equal(false);
    expect(store.draft.title).to.equal('');
  });

  it('makes one write of a burst of keystrokes, with the latest draft', async () => {
    const storage = freshStorage();
    const writes: unknown[] = [];
    const counting: DraftStorage = {
      ready: () => storage.ready(),
      read: (key) => storage.read(key),
      list: () => storage.list(),
      remove: (key) => storage.remove(key),
      write: (document, expected) => {
        writes.push(document.draft.title);
        return storage.write(document, expected);
      },
    };
    const { store, autosave, writes: held } = tab(counting);
    await autosave.ready;
    for (const title of ['H', 'Ha', 'Han', 'Hano', 'Hanoi']) store.set(['title'], title, { typing: true });
    expect(autosave.status).to.equal('pending');
    expect(held.waiting(), 'one write waits for idle time').to.equal(1);
    held.run();
    await waitUntil(() => autosave.status === 'saved', 'the write lands');
    expect(writes).to.deep.equal(['Hanoi']);
  });

  it('saves a thousand-event draft, and lists it among the recent documents', async () => {
    const storage = freshStorage();
    const big = flagshipTimes(30);
    const { store, autosave } = tab(storage, 'big');
    await autosave.ready;
    store.replace(big, 'Import');
    // What a write costs the page: the structured clone IndexedDB makes of the draft, on the main thread.
    let started = performance.now();
    structuredClone(store.draft);
    const clone = performance.now() - started;
    started = performance.now();
    await autosave.flush();
    const write = performance.now() - started;
    console.log(`a draft of ${String((big.events as unknown[]).length)} events: clone ${clone.toFixed(1)} ms, write ${write.toFixed(1)} ms`);

    const [summary] = await listDocuments(storage);
    expect(summary).to.include({ key: 'big', title: big.title, events: (big.events as unknown[]).length, revision: 1 });
    const reloaded = tab(storage, 'big');
    await reloaded.autosave.restore();
    expect(reloaded.store.draft.events).to.have.length((big.events as unknown[]).length);
  });

  it('says when the browser keeps nothing, and goes on in memory', async () => {
    const full: DraftStorage = {
      ready: () => Promise.resolve(),
      read: () => Promise.resolve(undefined),
      list: () => Promise.resolve([]),
      remove: () => Promise.resolve(),
      write: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    };
    const { store, autosave } = tab(full);
    await autosave.ready;
    store.set(['title'], 'Kept in memory');
    await autosave.flush();
    expect(autosave.status).to.equal('unavailable');
    expect(autosave.error?.reason).to.equal('full');
    expect(store.draft.title).to.equal('Kept in memory');
  });

  it('says so when there is no IndexedDB at all', async () => {
    const { autosave } = tab({
      ready: () => Promise.reject(new Error('IndexedDB is not available')),
      read: () => Promise.reject(new Error('IndexedDB is not available')),
      write: () => Promise.reject(new Error('IndexedDB is not available')),
      list: () => Promise.reject(new Error('IndexedDB is not available')),
      remove: () => Promise.reject(new Error('IndexedDB is not available')),
    });
    await autosave.ready;
    expect(autosave.status).to.equal('unavailable');
    expect(autosave.error?.reason).to.equal('blocked');
    expect(await autosave.restore()).to.equal(false);
  });
});
