// VitePress: Vue is told that diplo-* tags are custom elements (it leaves them to the browser).
import { defineConfig } from 'vitepress';

export default defineConfig({
  title: 'The Korean Peninsula, 2016–2019',
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('diplo-') } } },
});
