// `diplo-timeline validate`, `convert` and `render` as a CMS pipeline runs them, and the package's Node entry points.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/diplo-timeline.js');
const dir = mkdtempSync(join(tmpdir(), 'diplo-cli-'));

function file(name, content) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const validate = (...args) => run('validate', ...args);
const flagship = join(root, 'data/korean-peninsula-2016-2019.json');
const flagshipCsv = join(root, 'data/korean-peninsula-2016-2019.csv');

const valid = {
  schemaVersion: 1,
  title: 'Test',
  actors: [{ id: 'kp', name: 'North Korea', kind: 'state' }],
  events: [{ id: 'a', title: 'A', when: '2019-02-27', kind: 'summit', actors: ['kp'] }],
};

describe('diplo-timeline validate', () => {
  it('exits 0 on the flagship dataset', () => {
    const path = join(root, 'data/korean-peninsula-2016-2019.json');
    const { events } = JSON.parse(readFileSync(path, 'utf8'));
    const { code, out } = validate(path);
    assert.equal(code, 0, out);
    assert.ok(out.includes(`valid — ${events.length} events kept, 0 errors, 0 warnings`), out);
  });

  it('prints each problem with its path and exits 1 on errors', () => {
    const broken = structuredClone(valid);
    broken.events.push({ id: 'b', title: 'B', when: '2019-02-30', kind: 'summit', actors: ['kp'] });
    broken.events.push({ id: 'c', title: 'C', when: '2019', kind: 'summit', actors: ['kp'], importance: 9 });
    const { code, out } = validate(file('broken.json', JSON.stringify(broken)));
    assert.equal(code, 1);
    assert.match(out, /error events\[1\]\.when \(event "b"\): "2019-02-30": 2019-02 has no day 30/);
    assert.match(out, /warning events\[2\]\.importance \(event "c"\)/);
    assert.match(out, /not valid — 2 events kept, 1 error, 1 warning/);
  });

  it('exits 0 with warnings only', () => {
    const warned = structuredClone(valid);
    warned.events[0].status = 'unknown';
    const { code, out } = validate(file('warned.json', JSON.stringify(warned)));
    assert.equal(code, 0);
    assert.match(out, /valid, with warnings/);
  });

  it('says where invalid JSON breaks', () => {
    const { code, out } = validate(file('truncated.json', '{\n  "title": "x",\n  "events": [\n'));
    assert.equal(code, 1);
    assert.match(out, /invalid JSON at line 4, column 1: the text ends too soon/);
  });

  it('reads UTF-16 and a byte-order mark, and names Windows-1252 files', () => {
    const text = JSON.stringify(valid);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    assert.equal(validate(file('utf16.json', utf16)).code, 0);
    assert.equal(validate(file('bom.json', `\uFEFF${text}`)).code, 0);
    const latin = Buffer.from(JSON.stringify({ ...valid, title: 'Caf\u00e9' }), 'latin1');
    const { code, out } = validate(file('latin1.json', latin));
    assert.equal(code, 1);
    assert.match(out, /not UTF-8/);
  });

  it('prints JSON with --json', () => {
    const { code, out } = validate(file('json.json', JSON.stringify(valid)), '--json');
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out), { file: join(dir, 'json.json'), format: 'json', events: 1, errors: 0, warnings: 0, problems: [] });
  });

  it('exits 1 for a missing file and 2 for bad usage', () => {
    assert.equal(validate(join(dir, 'nope.json')).code, 1);
    assert.equal(validate().code, 2);
    assert.equal(spawnSync(process.execPath, [bin, 'frobnicate'], { encoding: 'utf8' }).status, 2);
  });
});

describe('diplo-timeline validate with spreadsheets', () => {
  const sheet = 'Type,Title,Date,Kind\ntitle,Test,,\n,A,2019-02-27,summit\n,B,6/12/2018,talks\n,C,"June 30, 2019",meeting\n';

  it('names problems by row and column, and exits 1 on errors', () => {
    const { code, out } = validate(file('sheet.csv', sheet));
    assert.equal(code, 1);
    assert.match(out, /error row 4, Date: "6\/12\/2018" is ambiguous: 12 June 2018 .* 6 December 2018 .*this event was left out/);
    assert.match(out, /warning row 5, Date: "June 30, 2019" names its month in words; read as 2019-06-30/);
    assert.match(out, /not valid — 2 events kept, 1 error, 1 warning/);
  });

  it('reads slash dates in the order --date-order names', () => {
    const { code, out } = validate(file('dmy.csv', sheet), '--date-order', 'dmy');
    assert.equal(code, 0, out);
    assert.match(out, /valid, with warnings — 3 events kept/);
  });

  it('gives row and column in --json', () => {
    const report = JSON.parse(validate(file('sheet-json.csv', sheet), '--json').out);
    assert.equal(report.format, 'csv');
    assert.deepEqual(report.problems.map((p) => [p.row, p.column, p.severity]), [[4, 'Date', 'error'], [5, 'Date', 'warning']]);
  });

  it('reads ; files, TSV saved as UTF-16 with a byte-order mark, and Windows-1252 CSV with a warning', () => {
    assert.match(validate(file('semi.csv', 'Type;Title;Date\ntitle;T;\n;Hanoi, Vietnam;2019\n')).out, /valid — 1 event kept/);
    const tsv = 'Type\tTitle\tDate\ntitle\tT\t\n\tMontréal\t2019\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    assert.match(validate(file('unicode.txt', utf16)).out, /valid — 1 event kept/);
    const latin = validate(file('latin.csv', Buffer.from('Type,Title,Date\ntitle,Café,\n,Montréal,2019\n', 'latin1')));
    assert.equal(latin.code, 0);
    assert.match(latin.out, /warning row? ?.*Windows-1252|warning \(document\): .*Windows-1252/);
  });

  it('says an HTML page saved as .csv is not a spreadsheet, and how to publish one', () => {
    const { code, out } = validate(file('signin.csv', '<!DOCTYPE html><html><body>Sign in - Google Accounts</body></html>'));
    assert.equal(code, 1);
    assert.match(out, /error \(document\): received a sign-in page, not a spreadsheet: .*Publish to web/);
  });

  it('reads TimelineJS JSON', () => {
    const { code, out } = validate(join(root, 'test/fixtures/timelinejs-small.json'), '--json');
    assert.equal(code, 0);
    assert.equal(JSON.parse(out).format, 'timelinejs');
  });

  it('passes the flagship as CSV', () => {
    const { code, out } = validate(flagshipCsv);
    assert.equal(code, 0, out);
    const { events } = JSON.parse(readFileSync(flagship, 'utf8'));
    assert.ok(out.includes(`valid — ${events.length} events kept, 0 errors, 0 warnings`), out);
  });
});

describe('diplo-timeline convert', () => {
  it('writes the flagship JSON as the checked-in CSV, and that CSV back as the same timeline', async () => {
    const csv = join(dir, 'flagship.csv');
    assert.equal(run('convert', flagship, '-o', csv).code, 0);
    assert.equal(readFileSync(csv, 'utf8'), readFileSync(flagshipCsv, 'utf8'));
    const json = join(dir, 'flagship.json');
    assert.equal(run('convert', csv, '-o', json).code, 0);
    // "The same timeline": what the parser makes of each (it writes addresses as browsers do, %E2%80%93 for –).
    const { parseTimeline, serializeTimeline } = await import('diplo-timeline/model');
    const parsed = (path) => serializeTimeline(parseTimeline(JSON.parse(readFileSync(path, 'utf8'))).timeline);
    assert.deepEqual(parsed(json), parsed(flagship));
  });

  it('converts TimelineJS to TSV on standard output, with the report on standard error', () => {
    const { code, out, err } = run('convert', join(root, 'test/fixtures/timelinejs-small.json'), '-o', '-', '--to', 'tsv');
    assert.equal(code, 0, err);
    assert.match(out.split('\n')[0], /^Type\tID\tDate\t/);
    assert.match(err, /valid/);
  });

  it('still writes what could be kept when there are errors, and exits 1', () => {
    const out = join(dir, 'partial.json');
    const { code } = run('convert', file('partial.csv', 'Type,Title,Date\ntitle,T,\n,A,2019\n,B,13/13/2019\n'), '-o', out);
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')).events.map((e) => e.title), ['A']);
  });

  it('exits 2 without -o or an output format', () => {
    assert.equal(run('convert', flagship).code, 2);
    assert.equal(run('convert', flagship, '-o', join(dir, 'out.xyz')).code, 2);
    assert.equal(run('convert', flagship, '-o', '-', '--from', 'xml').code, 2);
  });
});

describe('diplo-timeline render', () => {
  it('writes a server-rendered fragment of a spreadsheet, readable without JavaScript', () => {
    const out = join(dir, 'flagship.html');
    const { code, err } = run('render', flagshipCsv, '-o', out, '--lang', 'ko', '--as-of', '2019-06-18', '--layout', 'vertical');
    assert.equal(code, 0, err);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<diplo-timeline\b[^>]*lang="ko"[^>]*as-of="2019-06-18"/);
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
    assert.ok(html.includes('The Hanoi summit ends early without a deal'));
    assert.ok(html.includes('2019년 2월 27일~28일'));
  });

  it('exits 2 on a bad option', () => {
    assert.equal(run('render', flagshipCsv, '-o', '-', '--layout', 'sideways').code, 2);
    assert.equal(run('render', flagshipCsv, '-o', '-', '--as-of', '6/18/2019').code, 2);
  });
});

describe('package entry points', () => {
  it('resolves diplo-timeline/importers/csv in Node', async () => {
    const { fromCSV, toCSV } = await import('diplo-timeline/importers/csv');
    const { timeline, problems } = fromCSV(readFileSync(flagshipCsv, 'utf8'));
    assert.deepEqual(problems, []);
    assert.equal(toCSV(timeline), readFileSync(flagshipCsv, 'utf8'));
  });

  it('resolves diplo-timeline/model in Node', () => {
    const result = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', "const m = await import('diplo-timeline/model'); console.log(typeof m.parseTimeline, typeof m.formatWhen)"],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), 'function function');
  });

  it('loads locale packs by path', async () => {
    const { ko } = await import('diplo-timeline/model/locales/ko');
    const { formatWhen, parsePartialDate } = await import('diplo-timeline/model');
    const parsed = parsePartialDate('2019-06-20');
    assert.ok(parsed.ok);
    assert.equal(formatWhen(parsed.date, { locale: ko }), '2019년 6월 20일');
  });
});
