// Eleventy: a `timeline` shortcode that server-renders a data file, and the standalone bundle
// copied beside the pages so the timeline hydrates (filters, keyboard) when scripts run.
import { readFile } from 'node:fs/promises';
import { renderTimelineHTML } from 'diplo-timeline/ssr';

export default function (eleventyConfig) {
  eleventyConfig.addShortcode('timeline', async (file, lang = 'en') => {
    const data = JSON.parse(await readFile(file, 'utf8'));
    const html = await renderTimelineHTML(data, { lang });
    // Markdown keeps a raw HTML block whole when it starts with a block tag on its own line and
    // has no blank line: so the fragment goes in a <div>, its blank lines out.
    return `<div class="timeline">\n${html.replace(/\n\s*\n/g, '\n')}\n</div>`;
  });
  eleventyConfig.addPassthroughCopy({
    'node_modules/diplo-timeline/dist/diplo-timeline.bundle.js': 'assets/diplo-timeline.bundle.js',
    'node_modules/diplo-timeline/dist/chunks': 'assets/chunks',
  });
}
