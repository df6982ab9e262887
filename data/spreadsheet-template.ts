/**
 * The spreadsheet a producer copies: `template.csv` beside this file is generated from it
 * (`npm run generate`), in the layout `fromCSV` reads. A title row, two actors, an era and
 * three events that between them fill every column once; the words are from the flagship.
 */
import type { TimelineDocument } from '../src/model/index.js';

const AP_ANALYSIS = {
  title: "Analysis of Xi Jinping's visit to Pyongyang and what Xi and Kim may want from it",
  publisher: 'Associated Press',
  published: '2019-06-18',
} as const;

export const spreadsheetTemplate: TimelineDocument = {
  schemaVersion: 1,
  title: 'Your timeline’s title',
  summary: 'One or two sentences on what the timeline is about. Delete the example rows below and write your own.',
  asOf: '2019-06-18',
  locale: 'en-US',
  actors: [
    { id: 'north-korea', name: "Democratic People's Republic of Korea", shortName: 'North Korea', kind: 'state', color: '#b3261e' },
    { id: 'united-states', name: 'United States', shortName: 'U.S.', kind: 'state', color: '#1f4e9e' },
  ],
  eras: [{ id: 'the-outreach', title: 'The outreach', start: '2018-01', end: '2019-01', summary: 'An era: a span of time with a heading of its own.' }],
  events: [
    {
      id: 'singapore-summit',
      title: 'Trump and Kim hold the first U.S.–North Korea summit in Singapore',
      when: '2018-06-12',
      kind: 'summit',
      actors: ['united-states', 'north-korea'],
      location: { name: 'Singapore', country: 'Singapore' },
      summary: 'Plain text. A blank line inside the cell starts a new paragraph.\n\nLike this one.',
      sources: [{ title: '2018 North Korea–United States Singapore Summit', url: 'https://en.wikipedia.org/wiki/2018_North_Korea%E2%80%93United_States_Singapore_Summit', publisher: 'Wikipedia' }],
      media: [{ src: 'https://example.org/images/handshake.jpg', alt: 'Kim Jong Un and Donald Trump shake hands in front of their flags', caption: 'The handshake in Singapore', credit: 'Photographer / Agency' }],
      tags: ['summits', 'denuclearization'],
      importance: 3,
    },
    {
      id: 'hanoi-summit',
      title: 'The Hanoi summit ends early without a deal',
      when: { start: '2019-02-27', end: '2019-02-28' },
      kind: 'summit',
      status: 'failed',
      actors: ['united-states', 'north-korea'],
      location: { name: 'Hanoi', country: 'Vietnam' },
      summary: 'Trump walks away after Kim presses for broad relief from sanctions.',
      quotes: [
        {
          text: 'we can relay your nuclear position to Pyongyang and help you get some progress',
          speaker: 'Nam Sung-wook',
          role: 'Professor at Korea University',
          lang: 'en',
          source: AP_ANALYSIS,
        },
      ],
      sources: [AP_ANALYSIS],
      related: [{ id: 'singapore-summit', relation: 'follows' }],
      importance: 3,
    },
    {
      id: 'year-end-deadline',
      title: "Kim's deadline for a new U.S. proposal",
      when: '2019',
      kind: 'deadline',
      actors: ['north-korea', 'united-states'],
      summary: 'A deadline written as a year reads "by the end of 2019".',
      related: [{ id: 'hanoi-summit', relation: 'follows' }],
    },
  ],
};
