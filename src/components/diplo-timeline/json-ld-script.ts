/**
 * Writes schema.org JSON-LD into a light-DOM `<script type="application/ld+json">` child of
 * a timeline. A chunk of its own: only pages that ask for structured data load it.
 */
import { jsonLdText, structuredData, type PartialDate, type Timeline, type TimelineEvent } from '../../model/index.js';

interface ScriptPolicy {
  createScript(text: string): unknown;
}

let policy: ScriptPolicy | null | undefined;

/** A Trusted Types policy for JSON-LD text, where the browser has Trusted Types. */
function jsonLdPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (window as { trustedTypes?: { createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy } })
    .trustedTypes;
  try {
    policy = factory?.createPolicy('diplo-timeline-json-ld', { createScript: (text) => text }) ?? null;
  } catch {
    policy = null;
  }
  return policy;
}

export interface JsonLdInput {
  timeline: Timeline;
  asOf: PartialDate;
  events: readonly TimelineEvent[];
}

/**
 * Puts the JSON-LD for what the view shows in `script` (made if undefined, or adopted from
 * what a server render left) as the host's child; returns the script and the text written.
 */
export function writeJsonLd(host: HTMLElement, input: JsonLdInput, current: HTMLScriptElement | undefined): { script: HTMLScriptElement; text: string } {
  const text = jsonLdText(structuredData(input.timeline, { url: window.location.href, asOf: input.asOf, events: input.events }));
  const script =
    current ?? host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-diplo-structured-data]') ?? document.createElement('script');
  if (script.parentNode === host && script.text === text) return { script, text };
  script.type = 'application/ld+json';
  script.dataset.diploStructuredData = '';
  // Pages that enforce Trusted Types require a TrustedScript even for JSON-LD; the text is
  // our own serialization with every "<" escaped.
  const trusted = jsonLdPolicy();
  if (trusted) script.text = trusted.createScript(text) as string;
  else script.text = text;
  if (script.parentNode !== host) host.append(script);
  return { script, text };
}
