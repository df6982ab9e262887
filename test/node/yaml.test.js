// YAML data files: the flagship's YAML copy reads as the JSON does; `validate` and `convert`
// take YAML, and every problem has its line and column.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseTimeline, parseTimelineYAML, serializeTimeline } from 'diplo-timeline/model';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/diplo-timeline.js');
const dir = mkdtempSync(join(tmpdir(), 'diplo-yaml-'));
const flagshipJson = join(root, 'data/korean-peninsula-2016-2019.json');
const flagshipYaml = join(root, 'data/korean-peninsula-2016-2019.yaml');

function run(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the flagship in YAML', () => {
  it('reads to the very timeline the JSON reads to, with no problem', async () => {
    const fromYaml = await parseTimelineYAML(readFileSync(flagshipYaml, 'utf8'));
    const fromJson = parseTimeline(JSON.parse(readFileSync(flagshipJson, 'utf8')));
    assert.deepEqual(fromYaml.problems, []);
    assert.ok(fromYaml.timeline.events.length > 30);
    assert.deepEqual(serializeTimeline(fromYaml.timeline), serializeTimeline(fromJson.timeline));
  });

  it('tells YAML editors its JSON Schema', () => {
    for (const file of ['data/korean-peninsula-2016-2019.yaml', 'data/template.yaml']) {
      assert.match(readFileSync(join(root, file), 'utf8'), /^# yaml-language-server: \$schema=\.\/timeline\.schema\.json\n/, file);
    }
  });

  it('validates with the CLI, and converts to the same JSON as the JSON converts to', () => {
    const checked = run('validate', flagshipYaml);
    assert.equal(checked.code, 0, checked.out);
    assert.match(checked.out, /: valid — \d+ events kept, 0 errors, 0 warnings/);
    const a = join(dir, 'from-yaml.json');
    const b = join(dir, 'from-json.json');
    assert.equal(run('convert', flagshipYaml, '-o', a).code, 0);
    assert.equal(run('convert', flagshipJson, '-o', b).code, 0);
    assert.equal(readFileSync(a, 'utf8'), readFileSync(b, 'utf8'));
  });

  it('converts JSON to YAML and back without a change', () => {
    const yaml = join(dir, 'round.yml');
    const back = join(dir, 'round.json');
    const original = join(dir, 'original.json');
    assert.equal(run('convert', flagshipJson, '-o', yaml).code, 0);
    assert.equal(run('convert', yaml, '-o', back).code, 0);
    assert.equal(run('convert', flagshipJson, '-o', original).code, 0);
    assert.equal(readFileSync(back, 'utf8'), readFileSync(original, 'utf8'));
  });
});

describe('YAML problems have a line and a column', () => {
  const write = (name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('a field error, an unknown field (at its key), and a bare year read as a date', () => {
    const path = write(
      'events.yaml',
      ['schemaVersion: 1', 'title: Talks', 'actors: []', 'events:', '  - id: a', '    title: A', '    when: 2019', '    kind: summit', '    actors: []', '    headline: A', '  - id: b', '    title: B', '    when: 2019-02-30', '    kind: talks', '    actors: []', ''].join('\n'),
    );
    const { code, out } = run('validate', path);
    assert.equal(code, 1, out);
    assert.match(out, /warning line 10, column 5 \(events\[0\]\.headline\) \(event "a"\): .*did you mean "title"\?/);
    assert.match(out, /error line 13, column 5 \(events\[1\]\.when\) \(event "b"\): "2019-02-30": 2019-02 has no day 30/);
    assert.match(out, /not valid — 1 event kept/);
  });

  it('invalid YAML: a key given twice, a tab, a bad indent', () => {
    const cases = [
      ['twice.yaml', 'title: A\ntitle: B\n', /line 2, column 1: Map keys must be unique/],
      ['indent.yaml', 'title: A\nevents:\n  - id: a\n   title: x\n', /invalid YAML at line \d+, column \d+: /],
      ['tab.yaml', 'title: A\nevents:\n\t- id: a\n', /invalid YAML at line 3, column 1: /],
    ];
    for (const [name, text, expected] of cases) {
      const { code, out } = run('validate', write(name, text));
      assert.equal(code, 1, out);
      assert.match(out, expected, name);
    }
  });

  it('refuses a "billion laughs" file instead of expanding it', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = performance.now();
    const { problems } = await parseTimelineYAML(lines.join('\n'));
    assert.ok(performance.now() - started < 2000);
    assert.equal(problems[0]?.severity, 'error');
    assert.match(problems[0]?.message ?? '', /invalid YAML: .*alias/i);
  });
});
