/**
 * Build-time only (not exported from the package): the JSON Schema for data files,
 * generated from the valibot schema so the two cannot drift apart. Written to
 * data/timeline.schema.json by `npm run generate`; a test fails when that file is stale.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DATE_PATTERN } from './dates.js';
import { DATE_DESCRIPTION, DateStringSchema, MediaSchema, TimelineSchema } from './schema.js';

export function timelineJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(TimelineSchema, {
    typeMode: 'input',
    errorMode: 'ignore',
    overrideSchema: ({ valibotSchema, jsonSchema }) => {
      // A file writes dates as strings (the parser also reads its own date objects back).
      if (valibotSchema === DateStringSchema.pipe[0]) return { type: 'string', pattern: DATE_PATTERN, description: DATE_DESCRIPTION };
      // An image needs its text alternative; another medium needs its address.
      if (valibotSchema === MediaSchema.pipe[0]) return { ...jsonSchema, anyOf: [{ required: ['src', 'alt'] }, { required: ['url'] }] };
      return undefined;
    },
  });
  return {
    $schema: schema.$schema,
    title: 'diplo-timeline document',
    description: 'A timeline of diplomatic and news events for <diplo-timeline>. See the README for the date grammar.',
    ...schema,
    properties: { $schema: { type: 'string' }, ...(schema.properties as object) },
  };
}
