/**
 * A warning before leaving the page with changes not yet exported. The browser shows its own
 * words (pages cannot set them). The listener is there only while there are such changes: a
 * `beforeunload` listener keeps some browsers from keeping the page in the back/forward cache.
 */
import type { EditorStore } from './editor-store.js';

// preventDefault() asks in every current browser (Chromium from 119); returnValue is deprecated.
const warn = (event: Event) => {
  event.preventDefault();
};

/**
 * Installs the warning while `store.dirty`, and removes it otherwise, following every change
 * (an export marks the store saved). Returns the way to stop.
 *
 * @example
 * const stop = guardLeaving(store);
 * // …in disconnectedCallback:
 * stop();
 */
export function guardLeaving(store: EditorStore, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  let installed = false;
  const update = () => {
    if (store.dirty === installed) return;
    installed = store.dirty;
    if (installed) target.addEventListener('beforeunload', warn);
    else target.removeEventListener('beforeunload', warn);
  };
  update();
  const unsubscribe = store.subscribe(update);
  return () => {
    unsubscribe();
    if (installed) target.removeEventListener('beforeunload', warn);
    installed = false;
  };
}
