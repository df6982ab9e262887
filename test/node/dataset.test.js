// The flagship dataset against the checked facts and the story (in ../shared), and the
// generated files against their sources.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { koreanPeninsula } from '../../dist/data/korean-peninsula-2016-2019.js';
import { generatedFiles } from '../../scripts/generated-files.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
const haveShared = existsSync(`${shared}facts/korean-peninsula-2016-2019.md`);

const starts = (event) => (typeof event.when === 'string' ? event.when : event.when.start);
const ends = (event) => (typeof event.when === 'string' ? event.when : event.when.end);

describe('generated files', () => {
  for (const [path, content] of Object.entries(generatedFiles())) {
    it(`${path} is current (run npm run generate when this fails)`, () => {
      assert.equal(readFileSync(root + path, 'utf8'), content);
    });
  }
});

describe('the dataset against the facts sheet', { skip: !haveShared && 'shared/ is not beside the project' }, () => {
  const facts = haveShared ? readFileSync(`${shared}facts/korean-peninsula-2016-2019.md`, 'utf8') : '';
  const article = haveShared ? readFileSync(`${shared}seed/article.txt`, 'utf8') : '';
  const rows = facts
    .split('\n')
    .filter((line) => /^\| \d{4}-\d{2}-\d{2}/.test(line))
    .map((line) => line.split('|')[1].trim());

  it('has an event for every dated row of the facts sheet', () => {
    assert.ok(rows.length >= 30, `read ${rows.length} rows`);
    for (const cell of rows) {
      const range = /^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/.exec(cell);
      if (range) {
        assert.ok(
          koreanPeninsula.events.some((e) => starts(e) === range[1] && ends(e) === range[2]),
          `no event from ${range[1]} to ${range[2]}`,
        );
        continue;
      }
      for (const day of cell.match(/\d{4}-\d{2}-\d{2}/g)) {
        // The year-end deadline is written at its true precision, "2019" (by the end of 2019).
        const ok = koreanPeninsula.events.some((e) => starts(e) === day || (day === '2019-12-31' && e.kind === 'deadline' && starts(e) === '2019'));
        assert.ok(ok, `no event on ${day}`);
      }
    }
  });

  it('quotes the article word for word', () => {
    const flat = article.replace(/\s+/g, ' ');
    for (const event of koreanPeninsula.events) {
      for (const quote of event.quotes ?? []) {
        assert.ok(flat.includes(quote.text), `not in the article: ${quote.text}`);
        assert.ok(flat.includes(quote.speaker), `speaker not in the article: ${quote.speaker}`);
      }
    }
  });
});
