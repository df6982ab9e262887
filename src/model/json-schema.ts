/**
 * Build-time only (not exported from the package): the JSON Schema for data files,
 * generated from the valibot schema so the two cannot drift apart. Written to
 * data/timeline.schema.json by `npm run generate`; a test fails when that file is stale.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { TimelineSchema } from './schema.js';

export function timelineJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(TimelineSchema, { typeMode: 'input', errorMode: 'ignore' });
  return {
    $schema: schema.$schema,
    title: 'diplo-timeline document',
    description: 'A timeline of diplomatic and news events for <diplo-timeline>. See the README for the date grammar.',
    ...schema,
    properties: { $schema: { type: 'string' }, ...(schema.properties as object) },
  };
}
