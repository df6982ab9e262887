/**
 * The timeline document schema: the one source of truth for the data shape.
 *
 * From it come the TypeScript types (input: what a data file holds; output: what
 * `parseTimeline` returns), the runtime validation (`parse.ts`) and the JSON Schema
 * file `data/timeline.schema.json` (`json-schema.ts`).
 */
import * as v from 'valibot';
import { DATE_PATTERN, isReversedRange, parsePartialDate, partialDateText, type PartialDate } from './dates.js';
import { isRelativeUrl, urlProblem } from './urls.js';

export const SCHEMA_VERSION = 1;

export const EVENT_KINDS = [
  'summit',
  'meeting',
  'visit',
  'talks',
  'sanctions',
  'resolution',
  'test',
  'deadline',
  'statement',
  'letter',
  'agreement',
  'protest',
  'trade',
  'election',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['occurred', 'scheduled', 'expected', 'postponed', 'cancelled', 'failed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ACTOR_KINDS = ['state', 'organization', 'person', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const RELATIONS = ['follows', 'responds-to', 'leads-to', 'part-of'] as const;
export type Relation = (typeof RELATIONS)[number];

export const IMPORTANCE_LEVELS = [1, 2, 3] as const;

/** Characters that draw nothing: controls, format characters (zero-width, bidi), fillers. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\s\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** True when a string shows at least one visible character. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '') !== '';
}

/** Trim, turn lone surrogates into U+FFFD, compose (NFC) and unify line ends. */
function normalizeText(text: string): string {
  return text.toWellFormed().normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

const textSchema = (description: string) =>
  v.pipe(
    v.string('must be text'),
    v.minLength(1, 'is empty'),
    v.description(description),
    v.transform(normalizeText),
    v.check(hasVisibleText, 'is empty or has only invisible characters'),
  );

/** Text that may be empty, such as the alt text of a decorative image. */
const optionalText = (description: string) =>
  v.pipe(v.string('must be text'), v.description(description), v.transform(normalizeText));

const ID_RE = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

const idSchema = (description: string) =>
  v.pipe(
    v.string('must be text'),
    v.description(description),
    v.metadata({ pattern: '^[^\\s#?/"\'<>`]+$' }),
    v.maxLength(128, 'is longer than 128 characters'),
    v.check(
      (id) => ID_RE.test(id),
      'must start with a letter or digit and hold only letters, digits, "-", "_" and "."',
    ),
  );

/** What a date string schema says about the grammar; the JSON Schema gives it too. */
export const DATE_DESCRIPTION =
  'A date: YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS] with Z or ±HH:MM; ±YYYYYY for years before 0 or after 9999 (astronomical: -000043 is 44 BCE), and a year alone may have up to 13 digits (-13799999999 is 13,800,000,000 BCE; months and days only within years -271820 to +275759); a leading ~ marks it approximate.';

/**
 * A date string of the documented grammar, parsed to a {@link PartialDate}. A date this
 * parser wrote (a `PartialDate` object, as in a parsed timeline handed back) is read too,
 * by writing it as a string and reading that: it gets exactly the checks a string gets.
 */
export const DateStringSchema = v.pipe(
  v.unknown(),
  v.metadata({ pattern: DATE_PATTERN }),
  v.description(DATE_DESCRIPTION),
  v.rawTransform<unknown, PartialDate>(({ dataset, addIssue, NEVER }) => {
    const value = dataset.value;
    const text =
      typeof value === 'string'
        ? value
        : typeof value === 'object' && value !== null && !Array.isArray(value)
          ? partialDateText(value as Record<string, unknown>)
          : undefined;
    const result = text === undefined ? undefined : parsePartialDate(text);
    if (!result?.ok) {
      addIssue({
        message: result
          ? result.reason
          : `must be a date string (found ${value === undefined ? 'nothing' : value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object that is not a parsed date' : typeof value})`,
      });
      return NEVER;
    }
    return result.date;
  }),
);

const RangeSchema = v.pipe(
  v.object(
    {
      start: DateStringSchema,
      // Optional: `{ start }` alone is a point, as a parsed timeline writes one.
      end: v.optional(DateStringSchema),
    },
    'must be a date string or an object with start and end',
  ),
  v.check((range) => !range.end || !isReversedRange(range.start, range.end), 'the range ends before it starts'),
);

/** A point in time (a date string) or a range (`{ start, end }`). */
export const WhenSchema = v.pipe(
  v.union([DateStringSchema, RangeSchema], 'must be a date string or an object with start and end'),
  v.description('When it happened: a date string, or { "start": …, "end": … } for a range.'),
  v.transform((when): { start: PartialDate; end?: PartialDate } =>
    'start' in when ? (when.end ? { start: when.start, end: when.end } : { start: when.start }) : { start: when },
  ),
);

/**
 * A web address as people write it: absolute http(s), protocol-relative (`//host/path`),
 * root-relative or relative. Kept as written (absolute ones in the form the browser uses);
 * resolved where a base is known (see `urls.ts`). Any other scheme is refused.
 */
const webAddressSchema = (description: string) =>
  v.pipe(
    v.string('must be a URL'),
    v.description(description),
    v.metadata({ format: 'uri-reference' }),
    v.rawTransform<string, string>(({ dataset, addIssue, NEVER }) => {
      const text = dataset.value.trim();
      const problem = urlProblem(text);
      if (problem) {
        addIssue({ message: problem });
        return NEVER;
      }
      return isRelativeUrl(text) ? text : new URL(text).href;
    }),
  );

/** A language tag (BCP 47), returned in canonical form. */
const langSchema = v.pipe(
  v.string('must be a language tag'),
  v.description('A BCP 47 language tag, such as "en-US" or "ko".'),
  v.rawTransform<string, string>(({ dataset, addIssue, NEVER }) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(dataset.value.trim());
      if (canonical) return canonical;
    } catch {
      // reported below
    }
    addIssue({ message: `${JSON.stringify(dataset.value.slice(0, 40))} is not a language tag (BCP 47)` });
    return NEVER;
  }),
);

const COLOR_RE = /^(?:#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|[a-zA-Z]{3,30})$/;

const colorSchema = v.pipe(
  v.string('must be a colour'),
  v.description('A colour: #rgb, #rrggbb (with optional alpha) or a CSS colour name.'),
  v.metadata({ pattern: COLOR_RE.source }),
  v.transform((color) => color.trim()),
  v.regex(COLOR_RE, 'must be #rgb, #rrggbb or a CSS colour name'),
);

export const ActorSchema = v.object({
  id: idSchema('Unique id of the actor, referenced by events.'),
  name: textSchema('Full name: "Democratic People\'s Republic of Korea", "Kim Jong Un".'),
  shortName: v.optional(textSchema('Short name for tight spaces: "North Korea", "Kim".')),
  color: v.optional(colorSchema),
  kind: v.optional(v.picklist(ACTOR_KINDS, `must be one of ${ACTOR_KINDS.join(', ')}`)),
});

export const EraSchema = v.pipe(
  v.object({
    id: idSchema('Unique id of the era.'),
    title: textSchema('Heading of the era.'),
    start: DateStringSchema,
    end: DateStringSchema,
    summary: v.optional(textSchema('A sentence or two on the era.')),
  }),
  v.check((era) => !isReversedRange(era.start, era.end), 'the era ends before it starts'),
);

export const LocationSchema = v.object({
  name: textSchema('Place name: "Hanoi", "Panmunjom".'),
  country: v.optional(textSchema('Country name or ISO 3166 code.')),
});

export const SourceSchema = v.object({
  title: textSchema('Title of the source document or article.'),
  url: v.optional(webAddressSchema('Link to the source: an http(s) address, or one relative to the data file (or the page); leave it out for print or wire copy.')),
  publisher: v.optional(textSchema('Who published it: "Associated Press", "UN Security Council".')),
  published: v.optional(DateStringSchema),
});

export const QuoteSchema = v.object({
  text: textSchema('The words quoted, without quotation marks.'),
  speaker: textSchema('Who said it.'),
  role: v.optional(textSchema('The speaker\'s role as the story gives it.')),
  lang: v.optional(langSchema),
  source: v.optional(SourceSchema),
});

/**
 * An image (`src`, with `alt`), or another medium shown as a safe link (`url`: a video, a
 * post, a map, an article), never as a frame. With both, the image is the link's picture.
 */
export const MediaSchema = v.pipe(
  v.object({
    src: v.optional(webAddressSchema('Image address: http(s), or relative to the data file (or the page).')),
    url: v.optional(
      webAddressSchema('Address of a medium that is not an image (YouTube, Vimeo, X, Wikipedia, a map…), shown as a link naming its provider.'),
    ),
    alt: v.optional(optionalText('Text alternative of the image; empty only for a purely decorative image.')),
    credit: v.optional(textSchema('Photographer, agency or author.')),
    caption: v.optional(textSchema('Caption shown with the medium.')),
  }),
  v.check((media) => media.src !== undefined || media.url !== undefined, 'needs src (an image) or url (another medium)'),
  v.check(
    (media) => media.src === undefined || media.alt !== undefined,
    'has no alt: an image needs a text alternative (empty only for a purely decorative image)',
  ),
);

export const RelatedSchema = v.object({
  id: idSchema('Id of another event in this timeline.'),
  relation: v.picklist(RELATIONS, `must be one of ${RELATIONS.join(', ')}`),
});

export const EventSchema = v.object({
  id: idSchema('Unique id of the event; also its anchor in the page (#id).'),
  title: textSchema('Headline of the event.'),
  when: WhenSchema,
  kind: v.picklist(EVENT_KINDS, `must be one of ${EVENT_KINDS.join(', ')}`),
  actors: v.array(idSchema('Id of an actor.'), 'must be a list of actor ids'),
  status: v.optional(v.picklist(EVENT_STATUSES, `must be one of ${EVENT_STATUSES.join(', ')}`)),
  summary: v.optional(textSchema('Text; separate paragraphs with a blank line. Inline formatting: [words](https://…), *emphasis*, **strong**; \\ before a mark writes it as itself.')),
  location: v.optional(LocationSchema),
  quotes: v.optional(v.array(QuoteSchema, 'must be a list')),
  sources: v.optional(v.array(SourceSchema, 'must be a list')),
  media: v.optional(v.array(MediaSchema, 'must be a list')),
  related: v.optional(v.array(RelatedSchema, 'must be a list')),
  tags: v.optional(v.array(textSchema('A tag.'), 'must be a list')),
  importance: v.optional(
    v.pipe(
      v.number('must be 1, 2 or 3'),
      v.integer('must be 1, 2 or 3'),
      v.minValue(1, 'must be 1, 2 or 3'),
      v.maxValue(3, 'must be 1, 2 or 3'),
      v.description('1 (minor) to 3 (major).'),
    ),
  ),
});

export const TimelineSchema = v.object({
  schemaVersion: v.pipe(v.literal(SCHEMA_VERSION, `must be ${SCHEMA_VERSION}`), v.description('Version of this data format.')),
  title: textSchema('Title of the timeline.'),
  summary: v.optional(textSchema('What the timeline is about.')),
  asOf: v.optional(DateStringSchema),
  locale: v.optional(langSchema),
  actors: v.array(ActorSchema, 'must be a list'),
  eras: v.optional(v.array(EraSchema, 'must be a list')),
  events: v.array(EventSchema, 'must be a list'),
});

/** A timeline document as written in a data file. */
export type TimelineDocument = v.InferInput<typeof TimelineSchema>;
export type EventInput = v.InferInput<typeof EventSchema>;
export type ActorInput = v.InferInput<typeof ActorSchema>;
export type EraInput = v.InferInput<typeof EraSchema>;

/** A validated timeline: what `parseTimeline` returns, dates parsed. */
export type Timeline = v.InferOutput<typeof TimelineSchema>;
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type Era = v.InferOutput<typeof EraSchema>;
export type Location = v.InferOutput<typeof LocationSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Media = v.InferOutput<typeof MediaSchema>;
export type RelatedLink = v.InferOutput<typeof RelatedSchema>;
