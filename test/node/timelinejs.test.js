// The three real TimelineJS3 files (../shared/peer-data) convert with every event kept
// and dates equal to the originals.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fromTimelineJS } from 'diplo-timeline/importers/timelinejs';

const dir = fileURLToPath(new URL('../../../shared/peer-data/timelinejs/', import.meta.url));
const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];

const num = (value) => (value === undefined || value === '' ? undefined : Number(value));

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
  }
});
