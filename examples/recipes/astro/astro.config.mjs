// Astro builds a static site. diplo-timeline/ssr runs in Node at build time, as it is:
// external to Vite's server bundle, so Lit's server renderer keeps its own module graph.
import { defineConfig } from 'astro/config';

export default defineConfig({
  vite: { ssr: { external: ['diplo-timeline', '@lit-labs/ssr'] } },
});
