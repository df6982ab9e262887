// The custom-elements manifest (dist/custom-elements.json) is generated from the elements'
// JSDoc; editors' custom data come from it, so one description of each element serves
// Storybook's docs tables, VS Code, JetBrains IDEs and the JSX typings (scripts/generated-files.js).
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

export default {
  globs: ['src/**/*.ts'],
  // The horizontal view's element is internal: <diplo-timeline layout="horizontal"> draws it.
  exclude: ['src/**/*.test.ts', 'src/test-support/**', 'src/components/diplo-timeline/diplo-axis.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: true }),
  ],
};
