/**
 * Lit's hydration support, for timelines rendered on the server. It must patch LitElement
 * before any element is defined; when code splitting evaluates LitElement first (the
 * standalone bundle's shared chunk), the hook it offers has been missed, so apply it here.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type HydrateHook = (classes: { LitElement: typeof LitElement }) => void;

const hook = (globalThis as { litElementHydrateSupport?: HydrateHook }).litElementHydrateSupport;
// The support defines `observedAttributes` on LitElement itself: its mark of having run.
if (hook && !Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) hook({ LitElement });
