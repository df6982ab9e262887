// The three real TimelineJS3 files (../shared/peer-data) convert with every event kept, dates
// equal to the originals, and every medium kept as an image or a link; a fixture with one
// slide per way of writing a medium converts in Node as it does in the browser.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fromTimelineJS } from 'diplo-timeline/importers/timelinejs';
import { fidelity } from '../../scripts/timelinejs-fidelity.js';

const dir = fileURLToPath(new URL('../../../shared/peer-data/timelinejs/', import.meta.url));
const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];

const num = (value) => (value === undefined || value === '' ? undefined : Number(value));

/** What each file holds, by TimelineJS's own reading of its media (in = kept, all of it). */
const EXPECTED = {
  'all-media-types.json': { events: 41, images: 8, links: 32, quotes: 1, backgrounds: 1 },
  'eras.json': { events: 20, images: 0, links: 19, quotes: 0, backgrounds: 7 },
  'marktwain.json': { events: 17, images: 8, links: 8, quotes: 0, backgrounds: 0 },
};

describe('TimelineJS peer data', { skip: files.length === 0 && 'shared/ is not beside the project' }, () => {
  it('has the three files', () => {
    assert.deepEqual(files.sort(), ['all-media-types.json', 'eras.json', 'marktwain.json']);
  });

  for (const name of files) {
    it(`${name}: every event kept, dates equal to the originals`, () => {
      const original = JSON.parse(readFileSync(dir + name, 'utf8'));
      const { timeline, problems } = fromTimelineJS(original);
      assert.equal(timeline.events.length, original.events.length, JSON.stringify(problems.filter((p) => p.severity === 'error')));
      assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
      original.events.forEach((event, i) => {
        const ours = timeline.events[i];
        for (const [side, theirs] of [['start', event.start_date], ['end', event.end_date]]) {
          if (!theirs) continue;
          const date = ours.when[side];
          assert.ok(date, `${name} events[${i}] lost its ${side}`);
          const year = num(theirs.year);
          assert.equal(date.year, year < 0 ? year + 1 : year, `${name} events[${i}].${side} year`);
          for (const field of ['month', 'day', 'hour', 'minute', 'second']) {
            assert.equal(date[field], num(theirs[field]), `${name} events[${i}].${side} ${field}`);
          }
        }
        if (event.text?.headline?.trim()) assert.ok(ours.title.length > 0);
      });
      if (original.eras) assert.equal(timeline.eras.length, original.eras.length);
    });

    it(`${name}: every image kept as an image, every other medium as an image or a link`, () => {
      const { tally, lost, deepTime } = fidelity(JSON.parse(readFileSync(dir + name, 'utf8')));
      assert.deepEqual(lost, []);
      assert.deepEqual(deepTime, []);
      const counts = (key) => Object.fromEntries(Object.entries(tally).map(([kind, numbers]) => [kind, numbers[key]]));
      assert.deepEqual(counts('in'), EXPECTED[name]);
      assert.deepEqual(counts('kept'), EXPECTED[name]);
    });
  }
});

describe('TimelineJS media in Node', () => {
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/data/timelinejs-media.json', import.meta.url), 'utf8'));

  it('keeps every slide, each image as written and each other medium as a link', () => {
    const { timeline, problems } = fromTimelineJS(fixture);
    assert.equal(timeline.events.length, fixture.events.length);
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    const byId = new Map(timeline.events.map((event) => [event.id, event]));
    assert.equal(byId.get('relative').media[0].src, 'img/palm.png');
    assert.equal(byId.get('root-relative').media[0].src, '/static/img/examples/user-interface/4s.jpg');
    assert.equal(byId.get('protocol-relative').media[0].src, '//upload.wikimedia.org/wikipedia/commons/3/35/Ipod_1G.png');
    for (const id of ['youtube', 'vimeo', 'x', 'wikipedia', 'soundcloud', 'map', 'flickr', 'iframe', 'tweet']) {
      assert.ok(byId.get(id).media[0].url, `${id} is a link`);
    }
    assert.equal(byId.get('relative').media[0].caption, 'Palm Pilot, été 1997 — “stylus” & more… — © [the maker](https://example.org/palm?a=1&b=2)');
    assert.doesNotMatch(JSON.stringify(timeline), /<(?:iframe|blockquote|script|a)\b/);
  });

  it('counts as the check script does: only the media with no usable address are lost', () => {
    const { tally, lost } = fidelity(fixture);
    assert.deepEqual(lost, [
      `events[14] "An embed with nothing in it": its link (<iframe width='100%'></iframe>)`,
      'events[15] "A script address": its link (javascript:alert(1))',
    ]);
    assert.deepEqual(tally, {
      events: { in: 18, kept: 18 },
      images: { in: 4, kept: 4 },
      links: { in: 12, kept: 10 },
      quotes: { in: 1, kept: 1 },
      backgrounds: { in: 1, kept: 1 },
    });
  });
});
