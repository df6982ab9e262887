/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';

// The manifest feeds the docs tables. `npm start` and `npm run build-storybook` generate
// it first; the glob leaves Storybook working (without tables) when it is missing.
const manifests = import.meta.glob<{ default: unknown }>('../dist/custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Timeline', ['diplo-timeline', ['Flagship', '*'], '*'], 'Producer', 'Data', 'Introduction', '*'] } },
  },
};

export default preview;
