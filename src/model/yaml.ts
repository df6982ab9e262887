/**
 * YAML timelines, read by a chunk of their own: the YAML parser loads only when a YAML file
 * is read, never with the reader's bundle or `diplo-timeline/model` alone.
 */
import type { ParseResult } from './problems.js';

/** True for an address or a content type that says YAML (`.yaml`, `.yml`, `application/yaml`, `text/yaml`). */
export function isYAML(address: string, contentType = ''): boolean {
  return /yaml/i.test(contentType) || /\.ya?ml(?:[?#]|$)/i.test(address);
}

/**
 * Reads a timeline written in YAML; each problem has its `position` (line and column).
 *
 * @example
 * const { timeline, problems } = await parseTimelineYAML(await response.text());
 */
export async function parseTimelineYAML(text: string): Promise<ParseResult> {
  const { parseTimelineYAMLText } = await import('./yaml-text.js');
  return parseTimelineYAMLText(text);
}
