// `diplo-timeline validate` as a CMS pipeline runs it, and the package's Node entry points.
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

function validate(...args) {
  const result = spawnSync(process.execPath, [bin, 'validate', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

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
    assert.deepEqual(JSON.parse(out), { file: join(dir, 'json.json'), events: 1, errors: 0, warnings: 0, problems: [] });
  });

  it('exits 1 for a missing file and 2 for bad usage', () => {
    assert.equal(validate(join(dir, 'nope.json')).code, 1);
    assert.equal(validate().code, 2);
    assert.equal(spawnSync(process.execPath, [bin, 'frobnicate'], { encoding: 'utf8' }).status, 2);
  });
});

describe('package entry points', () => {
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
