/**
 * Two tabs on one document. Every tab's autosave writes over the revision it last saw, and a
 * write over a revision that has moved is refused (draft-storage.ts): that, not the messages
 * here, is what keeps one tab from overwriting another. The messages only make it prompt:
 * when a tab saves, the others hear of it at once over a BroadcastChannel and look at the
 * stored revision, instead of learning of it at their next write.
 *
 * What a tab does then (persistence.ts): with no unsaved edits since its last save, it follows
 * the other tab's version (an undoable step, so nothing of its own is lost), because a tab left
 * open in the background should show the latest work when the author comes back to it; with
 * edits of its own, it stops saving and shows a conflict, which the author settles.
 */
import type { Draft } from './draft.js';

/** Another tab saved a version of this document while this tab had edits of its own. */
export interface Conflict {
  /** The other tab's version, as stored. */
  theirs: Draft;
  /** When it was saved (`Date.now()`). */
  at: number;
  /** Its stored revision. */
  revision: number;
  /** Whether it had been exported as it is. */
  exported: boolean;
}

interface SavedMessage {
  type: 'saved';
  key: string;
  revision: number;
  tab: string;
}

const CHANNEL = 'diplo-timeline-editor';

const isSaved = (data: unknown): data is SavedMessage =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'saved' && typeof (data as { key?: unknown }).key === 'string';

/** An id for this tab (each autosave is a tab of its own for the others). */
export function newTabId(): string {
  return crypto.randomUUID();
}

/**
 * Tells the other tabs when this one saves a document, and this one when another does. Where
 * there is no BroadcastChannel it says nothing, and the stored revision still refuses a write
 * over another tab's.
 */
export class TabChannel {
  private readonly _channel?: BroadcastChannel;

  /** @param onSaved - another tab saved `key` at `revision`. */
  constructor(
    private readonly _key: string,
    readonly tab: string,
    onSaved: (revision: number) => void,
  ) {
    if (typeof BroadcastChannel !== 'function') return;
    this._channel = new BroadcastChannel(CHANNEL);
    this._channel.onmessage = (event: MessageEvent<unknown>) => {
      const { data } = event;
      if (isSaved(data) && data.key === this._key && data.tab !== this.tab) onSaved(data.revision);
    };
  }

  /** This tab saved the document at `revision`. */
  announce(revision: number): void {
    const message: SavedMessage = { type: 'saved', key: this._key, revision, tab: this.tab };
    this._channel?.postMessage(message);
  }

  close(): void {
    this._channel?.close();
  }
}
