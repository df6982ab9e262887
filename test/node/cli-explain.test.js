// `diplo-timeline validate` explains: fields it does not know with the one most likely meant,
// other tools' files named with the command that converts them; `convert` reads vis-timeline.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/diplo-timeline.js');
const dir = mkdtempSync(join(tmpdir(), 'diplo-explain-'));

function file(name, content) {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function run(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('validate explains', () => {
  it('names an unknown field, the field most likely meant, and keeps the event', () => {
    const doc = {
      schemaVersion: 1,
      title: 'Test',
      actors: [{ id: 'kp', name: 'North Korea', colour: '#c00' }],
      events: [
        { id: 'a', headline: 'A', title: 'A', when: '2019-02-27', kind: 'summit', actors: ['kp'], summry: 'Talks.' },
        { id: 'b', title: 'B', when: { start: '2019-02-27', ned: '2019-02-28' }, kind: 'summit', actors: ['kp'], quotes: [{ text: 'Hi', who: 'Kim' }] },
      ],
    };
    const { code, out } = run('validate', file('fields.json', doc));
    assert.equal(code, 0, out); // warnings only: the quote with no speaker is left out, its event kept
    assert.match(out, /warning events\[0\]\.headline \(event "a"\): is not a field diplo-timeline reads; it was ignored — did you mean "title"\?/);
    assert.match(out, /warning events\[0\]\.summry \(event "a"\): .* did you mean "summary"\?/);
    assert.match(out, /warning actors\[0\]\.colour: .* did you mean "color"\?/);
    assert.match(out, /warning events\[1\]\.when\.ned \(event "b"\): .* did you mean "end"\?/);
    assert.match(out, /warning events\[1\]\.quotes\[0\]\.who \(event "b"\): .* did you mean "speaker"\?/);
    assert.match(out, /2 events kept/);
  });

  it('the flagship has no unknown field ($schema is the JSON Schema, not data)', () => {
    const { code, out } = run('validate', join(root, 'data/korean-peninsula-2016-2019.json'));
    assert.equal(code, 0, out);
    assert.doesNotMatch(out, /: warning /);
  });

  it('names a vis-timeline item list, and convert reads it (groups as actors, content as text)', () => {
    const items = {
      groups: [{ id: 'us', content: 'United States' }],
      items: [
        { id: 1, content: '<b>Singapore</b> summit', start: '2018-06-12', group: 'us' },
        { id: 2, content: 'Hanoi summit', start: '2019-02-27', end: '2019-02-28', title: 'Ends early' },
      ],
    };
    const path = file('items.json', items);
    const out = join(dir, 'from-vis.json');
    const converted = run('convert', path, '-o', out);
    assert.equal(converted.code, 0, converted.err);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(
      doc.events.map((event) => [event.id, event.title, event.when, event.actors]),
      [
        ['item-1', 'Singapore summit', '2018-06-12', ['us']],
        ['item-2', 'Hanoi summit', { start: '2019-02-27', end: '2019-02-28' }, []],
      ],
    );
    assert.equal(doc.actors[0].name, 'United States');
    assert.equal(doc.events[1].summary, 'Ends early');
    const checked = run('validate', path, '--json');
    assert.equal(JSON.parse(checked.out).format, 'vis');
  });

  it('a spreadsheet exported as JSON rows is named, with the command that converts its CSV', async () => {
    const { code, out } = run('validate', file('rows.json', [{ Date: '2018-06-12', Headline: 'Singapore summit' }]));
    assert.equal(code, 1);
    assert.match(out, /error \(document\)?.*spreadsheet exported to JSON.*`diplo-timeline convert events\.csv -o timeline\.json`/);
  });
});

describe('parseTimeline (diplo-timeline/model) explains', () => {
  it('names TimelineJS and vis-timeline documents and spreadsheet text with the command that converts them', async () => {
    const { parseTimeline } = await import('diplo-timeline/model');
    const message = (value) => parseTimeline(value).problems.map((problem) => problem.message).join('\n');
    assert.match(message({ events: [{ start_date: { year: 2018 } }] }), /TimelineJS3 file.*`diplo-timeline convert timeline3\.json -o timeline\.json`/);
    assert.match(message([{ id: 1, content: 'A', start: '2018-01-01' }]), /vis-timeline.*`diplo-timeline convert items\.json -o timeline\.json`/);
    assert.match(message('Date,Headline\n2018-06-12,Summit\n'), /spreadsheet exported to CSV.*`diplo-timeline convert events\.csv -o timeline\.json`/);
  });

  it('unknown fields never drop an event, and nothing else changes', async () => {
    const { parseTimeline, serializeTimeline } = await import('diplo-timeline/model');
    const doc = JSON.parse(readFileSync(join(root, 'data/korean-peninsula-2016-2019.json'), 'utf8'));
    const clean = parseTimeline(doc);
    const noisy = structuredClone(doc);
    noisy.events.forEach((event, index) => {
      event[`x-note-${String(index % 7)}`] = { deep: [1, 2, 3] };
    });
    noisy.notes = 'internal';
    const read = parseTimeline(noisy);
    assert.equal(read.timeline.events.length, clean.timeline.events.length);
    assert.deepEqual(serializeTimeline(read.timeline), serializeTimeline(clean.timeline));
    assert.equal(read.problems.length, noisy.events.length + 1);
    assert.ok(read.problems.every((problem) => problem.severity === 'warning'));
  });
});
