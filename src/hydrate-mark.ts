/**
 * Notes whether Lit's hydration support has patched LitElement. The support offers a hook
 * that LitElement calls as it is defined; when LitElement was defined first (the standalone
 * bundle's shared chunk runs before the hydration chunk), the hook was missed and must be
 * called here. Evaluated after the support (which installs the hook) and before LitElement
 * (if it is not defined yet), this module wraps the hook so that a call is seen either way.
 */
import type { LitElement } from 'lit';

type HydrateHook = (classes: { LitElement: typeof LitElement }) => void;

const scope = globalThis as { litElementHydrateSupport?: HydrateHook };
const hook = scope.litElementHydrateSupport;
let applied = false;

if (hook) {
  scope.litElementHydrateSupport = (classes) => {
    if (applied) return;
    applied = true;
    hook(classes);
  };
}

/** Patches LitElement for hydration unless that has happened already. */
export function applyHydrateSupport(litElement: typeof LitElement): void {
  scope.litElementHydrateSupport?.({ LitElement: litElement });
}
