// Eleventy: a `timeline` shortcode that server-renders a data file, and the standalone bundle
// copied beside the pages so the timeline hydrates (filters, keyboard) when scripts run.
import { readFile } from 'node:fs/promises';
import { renderTimelineHTML } from 'diplo-timeline/ssr';

export default function (eleventyConfig) {
  eleventyConfig.addShortcode('timeline', async (file, lang = 'en') => {
    const data = JSON.parse(await readFile(file, 'utf8'));
    // markdown: one <div> block with no blank line, which Markdown keeps as it is.
    return renderTimelineHTML(data, { lang, markdown: true });
  });
  eleventyConfig.addPassthroughCopy({
    'node_modules/diplo-timeline/dist/diplo-timeline.bundle.js': 'assets/diplo-timeline.bundle.js',
    'node_modules/diplo-timeline/dist/chunks': 'assets/chunks',
  });
}
