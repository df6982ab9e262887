/**
 * The spreadsheet layout: which header means which field. Headers are matched without
 * regard to case, spaces, hyphens and underscores (`End Date`, `end_date`, `ENDDATE`).
 * TimelineJS's template columns (Year, Month, Day, Headline, Text, Media…) are part of the
 * vocabulary, so a newsroom's existing sheet is read as it is.
 *
 * Quotes, sources and media repeat in numbered columns: `Source Title`, `Source URL`, then
 * `Source 2 Title`, `Source 2 URL`… (the first may also be written `Source 1 …`).
 */

/** Fields read from one cell of a row. */
export const FIELDS = [
  'type',
  'id',
  'title',
  'headline',
  'date',
  'endDate',
  'year',
  'month',
  'day',
  'time',
  'endYear',
  'endMonth',
  'endDay',
  'endTime',
  'kind',
  'status',
  'actors',
  'group',
  'summary',
  'text',
  'place',
  'country',
  'tags',
  'importance',
  'related',
  'shortName',
  'color',
  'asOf',
  'language',
] as const;
export type Field = (typeof FIELDS)[number];

export const GROUPS = ['source', 'quote', 'media'] as const;
export type Group = (typeof GROUPS)[number];

/** The parts of a numbered group; `any` is an address or a name, told apart by its form. */
export const GROUP_PARTS = {
  source: ['title', 'url', 'publisher', 'published', 'any'],
  quote: ['text', 'speaker', 'role', 'lang', 'sourceTitle', 'sourceUrl', 'sourcePublisher', 'sourcePublished', 'sourceAny'],
  media: ['image', 'url', 'any', 'alt', 'caption', 'credit'],
} as const;
export type GroupPart<G extends Group = Group> = (typeof GROUP_PARTS)[G][number];

/** TimelineJS columns this layout does not use: their cells are ignored with one note per column. */
const UNUSED = {
  displaydate: 'dates are written from the date columns, at the precision they have',
  mediathumbnail: 'media are shown whole, not as thumbnails',
  background: 'cards have no background of their own (theme with --diplo-* properties)',
} as const;

export type Column =
  | { kind: 'field'; field: Field }
  | { kind: 'group'; group: Group; index: number; part: string }
  | { kind: 'unused'; reason: string }
  | { kind: 'unknown' };

/** Header words (normalised) for each single-cell field. */
const FIELD_NAMES: Record<string, Field> = {
  type: 'type',
  rowtype: 'type',
  id: 'id',
  uniqueid: 'id',
  title: 'title',
  name: 'title',
  headline: 'headline',
  date: 'date',
  when: 'date',
  start: 'date',
  startdate: 'date',
  end: 'endDate',
  enddate: 'endDate',
  year: 'year',
  month: 'month',
  day: 'day',
  time: 'time',
  endyear: 'endYear',
  endmonth: 'endMonth',
  endday: 'endDay',
  endtime: 'endTime',
  kind: 'kind',
  status: 'status',
  actors: 'actors',
  actor: 'actors',
  group: 'group',
  summary: 'summary',
  description: 'summary',
  text: 'text',
  place: 'place',
  location: 'place',
  country: 'country',
  tags: 'tags',
  tag: 'tags',
  importance: 'importance',
  related: 'related',
  shortname: 'shortName',
  color: 'color',
  colour: 'color',
  asof: 'asOf',
  language: 'language',
  lang: 'language',
  locale: 'language',
};

/** Header words (normalised) after the group name and number, for each part. */
const PART_NAMES: { [G in Group]: Record<string, GroupPart<G>> } = {
  source: { '': 'any', title: 'title', name: 'title', url: 'url', link: 'url', publisher: 'publisher', published: 'published', date: 'published' },
  quote: {
    '': 'text',
    text: 'text',
    speaker: 'speaker',
    by: 'speaker',
    role: 'role',
    language: 'lang',
    lang: 'lang',
    source: 'sourceAny',
    sourcetitle: 'sourceTitle',
    sourceurl: 'sourceUrl',
    sourcepublisher: 'sourcePublisher',
    sourcepublished: 'sourcePublished',
    sourcedate: 'sourcePublished',
  },
  media: {
    '': 'any',
    image: 'image',
    src: 'image',
    url: 'url',
    link: 'url',
    alt: 'alt',
    alttext: 'alt',
    caption: 'caption',
    credit: 'credit',
  },
};

/** `End Date`, `end_date` and `END-DATE` all become `enddate`. */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[\s_\-:.]+/g, '');
}

/** What a header means. */
export function recognizeColumn(header: string): Column {
  const name = normalizeHeader(header);
  if (!name) return { kind: 'unknown' };
  const field = Object.hasOwn(FIELD_NAMES, name) ? FIELD_NAMES[name] : undefined;
  if (field) return { kind: 'field', field };
  if (Object.hasOwn(UNUSED, name)) return { kind: 'unused', reason: UNUSED[name as keyof typeof UNUSED] };
  // TimelineJS's `Alt Text`, and `Image`, `Image 2 Alt`… for media.
  if (name === 'alttext') return { kind: 'group', group: 'media', index: 0, part: 'alt' };
  const image = /^image(\d*)(alt|caption|credit)?$/.exec(name);
  if (image) return { kind: 'group', group: 'media', index: Math.max(1, Number(image[1] ?? '') || 1) - 1, part: image[2] ?? 'image' };
  const numbered = /^(source|quote|media)(\d*)(.*)$/.exec(name);
  if (numbered) {
    const group = numbered[1] as Group;
    const parts = PART_NAMES[group] as Record<string, string>;
    const rest = numbered[3] ?? '';
    const part = Object.hasOwn(parts, rest) ? parts[rest] : undefined;
    const index = Number(numbered[2] ?? '') || 1;
    if (part && index >= 1 && index <= 50) return { kind: 'group', group, index: index - 1, part };
  }
  return { kind: 'unknown' };
}

/** The header toCSV writes for a group part: `Source Title`, `Source 2 URL`, `Quote 3 Speaker`. */
export function groupHeader(group: Group, index: number, part: GroupPart): string {
  const names: Record<string, string> = {
    title: 'Title',
    url: 'URL',
    publisher: 'Publisher',
    published: 'Published',
    text: '',
    speaker: 'Speaker',
    role: 'Role',
    lang: 'Language',
    sourceTitle: 'Source Title',
    sourceUrl: 'Source URL',
    sourcePublisher: 'Source Publisher',
    sourcePublished: 'Source Published',
    image: 'Image',
    alt: 'Alt',
    caption: 'Caption',
    credit: 'Credit',
  };
  const label = { source: 'Source', quote: 'Quote', media: 'Media' }[group];
  return [label, index > 0 ? String(index + 1) : '', names[part] ?? ''].filter(Boolean).join(' ');
}

/** The header toCSV writes for each field. */
export const FIELD_HEADERS: Partial<Record<Field, string>> = {
  type: 'Type',
  id: 'ID',
  date: 'Date',
  endDate: 'End Date',
  title: 'Title',
  summary: 'Summary',
  kind: 'Kind',
  status: 'Status',
  actors: 'Actors',
  place: 'Place',
  country: 'Country',
  related: 'Related',
  tags: 'Tags',
  importance: 'Importance',
  shortName: 'Short Name',
  color: 'Color',
  asOf: 'As Of',
  language: 'Language',
};

/** Row types of the Type column; empty is an event, as in TimelineJS's template. */
export const ROW_TYPES = ['event', 'title', 'actor', 'era'] as const;
export type RowType = (typeof ROW_TYPES)[number];

/** `Event`, `events`, `ERA` → the row type, or undefined. */
export function rowType(text: string): RowType | undefined {
  const word = normalizeHeader(text).replace(/s$/, '');
  if (word === '') return 'event';
  return (ROW_TYPES as readonly string[]).includes(word) ? (word as RowType) : undefined;
}

/** Items of a list cell: separated by `;`, `|` or line breaks. */
export function listItems(text: string): string[] {
  return text
    .split(/[;|\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A column's letter as the spreadsheet shows it: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
