/**
 * Lit's hydration support, for timelines rendered on the server. It must patch LitElement
 * before any element is defined; when code splitting evaluated LitElement first (the
 * standalone bundle's shared chunk), the hook it offers was missed, so it is applied here,
 * once (hydrate-mark.ts sees whether LitElement already called it).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { applyHydrateSupport } from './hydrate-mark.js';
import { LitElement } from 'lit';

applyHydrateSupport(LitElement);
