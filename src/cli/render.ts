/**
 * `diplo-timeline render`: a timeline as a server-rendered HTML fragment, readable without
 * JavaScript (needs @lit-labs/ssr, as `diplo-timeline/ssr` does).
 */
import { serializeTimeline, type Problem, type Timeline } from '../model/index.js';
import { renderTimelineWithProblems, type RenderTimelineOptions } from '../ssr/index.js';

export type RenderFileOptions = Pick<RenderTimelineOptions, 'lang' | 'asOf' | 'layout' | 'headingLevel' | 'markdown'>;

export async function renderFile(timeline: Timeline, options: RenderFileOptions): Promise<{ html: string; problems: Problem[] }> {
  const { html, problems } = await renderTimelineWithProblems(serializeTimeline(timeline), { ...options, format: 'diplo' });
  return { html: `${html}\n`, problems };
}
