import { expect, waitUntil } from '@open-wc/testing';
import { koreanPeninsula } from '../../../../data/korean-peninsula-2016-2019.js';
import { heldWrites } from '../../../test-support/editor-storage.js';
import { IndexedDBDraftStorage } from './draft-storage.js';
import { EditorStore } from './editor-store.js';
import { Autosave } from './persistence.js';

/**
 * A tab on `key`: its own store, its own connection to the database, its own tab id (unless
 * it is given one: two autosaves with one id do not hear each other, as when a message is lost).
 */
function openTab(database: string, tabId?: string) {
  const store = new EditorStore();
  const writes = heldWrites();
  const autosave = new Autosave(store, 'shared-doc', { storage: new IndexedDBDraftStorage(database), schedule: writes.schedule, ...(tabId ? { tabId } : {}) });
  return { store, autosave, writes };
}

const title = (tab: { store: EditorStore }) => tab.store.draft.title;

describe('two tabs on one document', () => {
  let database = '';
  let tabs: ReturnType<typeof openTab>[] = [];
  const open = (tabId?: string) => {
    const tab = openTab(database, tabId);
    tabs.push(tab);
    return tab;
  };

  beforeEach(async () => {
    database = `tabs-${String(Math.random())}`;
    // Both tabs open the document as stored.
    const store = new EditorStore();
    const first = new Autosave(store, 'shared-doc', { storage: new IndexedDBDraftStorage(database) });
    store.replace(koreanPeninsula, 'Import');
    await first.flush();
    expect(first.status).to.equal('saved');
    first.dispose();
    tabs = [];
  });

  afterEach(() => {
    for (const tab of tabs) tab.autosave.dispose();
  });

  it("follows the other tab's saves while it has no edits of its own", async () => {
    const a = open();
    const b = open();
    await Promise.all([a.autosave.restore(), b.autosave.restore()]);
    a.store.set(['title'], 'Edited in A');
    await a.autosave.flush();
    await waitUntil(() => title(b) === 'Edited in A', 'B follows A');
    expect(b.autosave.status).to.equal('saved');
    expect(b.store.undoLabel, "following is a step Undo can take back").to.equal('Changes from another tab');
  });

  it('shows a conflict when both changed, and keeps mine knowingly', async () => {
    const a = open();
    const b = open();
    await Promise.all([a.autosave.restore(), b.autosave.restore()]);
    b.store.set(['title'], 'Edited in B');
    a.store.set(['title'], 'Edited in A');
    await a.autosave.flush();
    await waitUntil(() => b.autosave.status === 'conflict', 'B sees the conflict');
    expect(title(b), 'B keeps its own edits on screen').to.equal('Edited in B');
    expect(b.autosave.conflict?.theirs.title).to.equal('Edited in A');

    await b.autosave.flush();
    expect(b.autosave.status, 'B does not write over A while the conflict stands').to.equal('conflict');
    await b.autosave.keepMine();
    expect(b.autosave.status).to.equal('saved');
    await waitUntil(() => title(a) === 'Edited in B', "A, with nothing unsaved, follows B's kept version");

    const reload = open();
    await reload.autosave.restore();
    expect(title(reload)).to.equal('Edited in B');
  });

  it("takes theirs, with mine one Undo away", async () => {
    const a = open();
    const b = open();
    await Promise.all([a.autosave.restore(), b.autosave.restore()]);
    b.store.set(['title'], 'Edited in B');
    a.store.set(['title'], 'Edited in A');
    await a.autosave.flush();
    await waitUntil(() => b.autosave.status === 'conflict', 'B sees the conflict');
    b.autosave.takeTheirs();
    expect(title(b)).to.equal('Edited in A');
    expect(b.autosave.status).to.equal('saved');
    b.store.undo();
    expect(title(b)).to.equal('Edited in B');
  });

  it('never writes over another tab, even when no message came', async () => {
    const a = open('same-tab');
    const b = open('same-tab');
    await Promise.all([a.autosave.restore(), b.autosave.restore()]);
    a.store.set(['title'], 'Edited in A');
    await a.autosave.flush();
    b.store.set(['summary'], 'Edited in B');
    await b.autosave.flush();
    expect(b.autosave.status, 'the stored revision moved: the write is refused').to.equal('conflict');
    const reload = open();
    await reload.autosave.restore();
    expect(title(reload)).to.equal('Edited in A');
  });

  it('a tab that never restored does not write over what is stored', async () => {
    const fresh = open();
    await fresh.autosave.ready;
    fresh.store.set(['title'], 'New');
    await fresh.autosave.flush();
    expect(fresh.autosave.status).to.equal('conflict');
    expect(fresh.autosave.conflict?.theirs.title).to.equal(koreanPeninsula.title);
  });
});

describe('storage that is blocked', () => {
  it('works in memory and says why', async () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      const store = new EditorStore();
      const autosave = new Autosave(store, 'x', { storage: new IndexedDBDraftStorage('blocked') });
      await autosave.ready;
      expect(autosave.status).to.equal('unavailable');
      expect(autosave.error?.reason).to.equal('blocked');
      store.set(['title'], 'Still editing');
      expect(store.draft.title).to.equal('Still editing');
      autosave.dispose();
    } finally {
      if (saved) Object.defineProperty(globalThis, 'indexedDB', saved);
    }
  });
});

