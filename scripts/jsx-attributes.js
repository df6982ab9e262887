// types/attributes.d.ts from the custom-elements manifest: the attributes, properties and
// event handlers of each public element, for the React and Preact JSX typings. The manifest
// is generated from the elements' own JSDoc, so the typings follow the elements; the types
// themselves are read from the classes (`DiploTimeline['format']`), never copied.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const manifestPath = fileURLToPath(new URL('../dist/custom-elements.json', import.meta.url));

/** A description on one line, for a JSDoc comment. */
const oneLine = (text = '') => text.replace(/\s+/g, ' ').replace(/\*\//g, '* /').trim();

/** `diplo-timeline` → `DiploTimelineAttributes`. */
const interfaceName = (className) => `${className}Attributes`;

/** An attribute's value as written in markup: numbers may come as strings. */
function attributeType(className, member) {
  const type = `${className}['${member.fieldName}']`;
  const text = member.type?.text ?? '';
  if (/\bnumber\b/.test(text)) return `${type} | string`;
  return type;
}

export function jsxAttributes() {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const elements = manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, module: module.path })))
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  // The editor is its own entry point (a producer's tool); the readers' elements are in `elements`.
  const entry = (element) => (element.module.includes('diplo-timeline-editor') ? 'diplo-timeline/editor' : 'diplo-timeline/elements');
  const imports = new Map();
  for (const element of elements) imports.set(entry(element), [...(imports.get(entry(element)) ?? []), element.name]);
  const lines = [
    '// Generated from dist/custom-elements.json by scripts/jsx-attributes.js (npm run generate): do not edit.',
    '/** The attributes, properties and event handlers of the elements, shared by the JSX typings. */',
    ...[...imports].map(([from, names]) => `import type { ${names.join(', ')} } from '${from}';`),
    '',
  ];
  for (const element of elements) {
    const { name } = element;
    lines.push(`/** \`<${element.tagName}>\`: ${oneLine(element.summary ?? element.description)} */`);
    lines.push(`export interface ${interfaceName(name)} {`);
    const attributes = element.attributes ?? [];
    const byField = new Set(attributes.map((attribute) => attribute.fieldName));
    // Properties without an attribute (data, event, actors), set as properties by React 19 and Preact.
    for (const member of element.members ?? []) {
      if (member.kind !== 'field' || member.privacy || member.static || member.readonly || byField.has(member.name)) continue;
      if (!member.description || member.name.startsWith('_')) continue;
      lines.push(`  /** ${oneLine(member.description)} */`, `  ${member.name}?: ${name}['${member.name}'];`);
    }
    for (const attribute of attributes) {
      if (!attribute.fieldName) continue;
      const key = /^[a-z]+$/i.test(attribute.name) ? attribute.name : `'${attribute.name}'`;
      lines.push(`  /** ${oneLine(attribute.description)} */`, `  ${key}?: ${attributeType(name, attribute)};`);
    }
    for (const event of element.events ?? []) {
      lines.push(`  /** ${oneLine(event.description)} */`, `  'on${event.name}'?: (event: HTMLElementEventMap['${event.name}']) => void;`);
    }
    lines.push('}', '');
  }
  return lines.join('\n');
}
