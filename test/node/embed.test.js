// `diplo-timeline embed`: a Markdown or HTML page's timeline blocks filled in place, as an author
// runs it before a Markdown tool (or a plain web server) takes the page.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/diplo-timeline.js');
const flagship = JSON.parse(readFileSync(join(root, 'data/korean-peninsula-2016-2019.json'), 'utf8'));

/** A fresh site folder: the flagship as data/timeline.json and a small second timeline. */
function site() {
  const dir = mkdtempSync(join(tmpdir(), 'diplo-embed-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data/timeline.json'), JSON.stringify(flagship));
  const small = { schemaVersion: 1, title: 'Small', actors: [], events: [{ id: 'a', title: 'Only event', when: '2019-06-30', kind: 'meeting', actors: [] }] };
  writeFileSync(join(dir, 'data/small.json'), JSON.stringify(small));
  return dir;
}

function embed(...args) {
  const result = spawnSync(process.execPath, [bin, 'embed', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const page = (body) => `# Talks with North Korea\n\nSome *prose*.\n\n${body}\n\nAfter the timeline.\n`;
const block = (open) => `<!-- diplo-timeline ${open} -->\n<!-- /diplo-timeline -->`;

describe('diplo-timeline embed', () => {
  it('fills a Markdown page with the rendered timeline, which Markdown passes through whole', () => {
    const dir = site();
    const path = join(dir, 'page.md');
    writeFileSync(path, page(block('data/timeline.json as-of=2019-12-31')));
    const { code, out, err } = embed(path);
    assert.equal(code, 0, err);
    assert.match(out, /line 5, data\/timeline\.json: valid — 36 events kept/);
    const text = readFileSync(path, 'utf8');
    assert.match(text, /<!-- diplo-timeline data\/timeline\.json as-of=2019-12-31 -->\n<div>\n<diplo-timeline\b[^>]*as-of="2019-12-31"/);
    assert.match(text, /<\/diplo-timeline>\n<\/div>\n\n<!-- \/diplo-timeline -->\n\nAfter the timeline\.\n$/);
    const html = new MarkdownIt({ html: true }).render(text);
    const rendered = /<div>\n<diplo-timeline[\s\S]*?<\/diplo-timeline>\n<\/div>/.exec(text)[0];
    assert.ok(html.includes(rendered), 'Markdown keeps the timeline as it is');
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
    const decoded = html.replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    for (const event of flagship.events) assert.ok(decoded.includes(event.title), event.title);
    assert.match(html, /<p>After the timeline\.<\/p>/);
  });

  it('leaves what follows the closing comment Markdown, even with no blank line before it', () => {
    const dir = site();
    const path = join(dir, 'page.md');
    writeFileSync(path, `Intro.\n<!-- diplo-timeline data/small.json -->\n<!-- /diplo-timeline -->\nAfter *emphasis*.\n`);
    assert.equal(embed(path).code, 0);
    const html = new MarkdownIt({ html: true }).render(readFileSync(path, 'utf8'));
    assert.match(html, /<p>After <em>emphasis<\/em>\.<\/p>/);
    assert.ok(html.includes('Only event'));
  });

  it('fills only comments that start a line outside fenced code: a page may show the syntax', () => {
    const dir = site();
    const path = join(dir, 'page.md');
    const shown = [
      '```md',
      block('data/small.json'),
      '```',
      '',
      '~~~~',
      block('data/small.json'),
      '~~~~',
      '',
      `Inline: ${block('data/small.json').replace('\n', ' ')}`,
      '',
      '    <!-- diplo-timeline data/small.json -->',
      '    <!-- /diplo-timeline -->',
      '',
      '<!-- diplo-timeline-editor is another element -->',
      '',
    ].join('\n');
    writeFileSync(path, shown + block('data/small.json'));
    const { code, out, err } = embed(path);
    assert.equal(code, 0, err);
    assert.match(out, /line 17, data\/small\.json/);
    const text = readFileSync(path, 'utf8');
    assert.equal(text.slice(0, shown.length), shown, 'the examples are left as they are');
    assert.equal(text.match(/<diplo-timeline\b/g).length, 1);
  });

  it('brings the page up to date when run again, and says when nothing changed', () => {
    const dir = site();
    const path = join(dir, 'page.md');
    writeFileSync(path, page(block('data/small.json as-of=2019-12-31')));
    assert.equal(embed(path).code, 0);
    const first = readFileSync(path, 'utf8');
    const again = embed(path);
    assert.match(again.out, /up to date/);
    assert.equal(readFileSync(path, 'utf8'), first);
    const changed = JSON.parse(readFileSync(join(dir, 'data/small.json'), 'utf8'));
    changed.events[0].title = 'Renamed event';
    writeFileSync(join(dir, 'data/small.json'), JSON.stringify(changed));
    assert.equal(embed(path).code, 0);
    const second = readFileSync(path, 'utf8');
    assert.ok(second.includes('Renamed event') && !second.includes('Only event'));
    assert.equal(second.match(/<diplo-timeline\b/g).length, 1, 'the old timeline is replaced, not kept beside the new one');
  });

  it('keeps a page\'s Windows line ends', () => {
    const dir = site();
    const path = join(dir, 'page.md');
    writeFileSync(path, page(block('data/small.json as-of=2019-12-31')).replace(/\n/g, '\r\n'));
    assert.equal(embed(path).code, 0);
    const text = readFileSync(path, 'utf8');
    assert.ok(text.includes('Only event'));
    assert.doesNotMatch(text, /[^\r]\n/, 'every line ends in CRLF');
    assert.match(embed(path).out, /up to date/);
  });

  it('--check writes nothing, and fails while a page is not up to date', () => {
    const dir = site();
    const path = join(dir, 'page.md');
    writeFileSync(path, page(block('data/small.json as-of=2019-12-31')));
    const stale = embed(path, '--check');
    assert.equal(stale.code, 1);
    assert.match(stale.err, /page\.md: not up to date with its data/);
    assert.equal(readFileSync(path, 'utf8'), page(block('data/small.json as-of=2019-12-31')), 'nothing written');
    assert.equal(embed(path).code, 0);
    const current = embed(path, '--check');
    assert.equal(current.code, 0, current.err);
    assert.match(current.out, /up to date/);
  });

  it('fills several blocks, each with its own options over the command line\'s', () => {
    const dir = site();
    const path = join(dir, 'page.html');
    writeFileSync(path, `<main>\n${block('data/small.json lang=ko')}\n<p>Between</p>\n${block('"data/timeline.json" layout=vertical heading-level=3')}\n</main>\n`);
    const { code, err } = embed(path, '--lang', 'fr', '--as-of', '2019-12-31');
    assert.equal(code, 0, err);
    const [first, second] = readFileSync(path, 'utf8').match(/<diplo-timeline\b[^>]*>/g);
    assert.match(first, /lang="ko"/);
    assert.match(first, /as-of="2019-12-31"/);
    assert.match(second, /lang="fr"/);
    assert.match(second, /layout="vertical"/);
    assert.match(second, /heading-level="3"/);
  });

  it('keeps the as-of date it drew with when the data has none, so the page changes only with its data', () => {
    const dir = site();
    const path = join(dir, 'page.md');
    writeFileSync(path, page(block('data/small.json')));
    assert.equal(embed(path).code, 0);
    // As if it had been embedded on another day.
    const earlier = readFileSync(path, 'utf8').replace(/(<diplo-timeline\b[^>]*\sas-of=")[^"]*"/, '$12020-01-02"');
    writeFileSync(path, earlier);
    const check = embed(path, '--check');
    assert.equal(check.code, 0, check.err);
    assert.equal(readFileSync(path, 'utf8'), earlier);
    assert.equal(embed(path, '--as-of', '2021-05-06').code, 0, 'a date given wins');
    assert.match(readFileSync(path, 'utf8'), /as-of="2021-05-06"/);
  });

  it('renders the flagship\'s YAML copy exactly as its JSON', () => {
    const dir = site();
    writeFileSync(join(dir, 'data/timeline.yaml'), readFileSync(join(root, 'data/korean-peninsula-2016-2019.yaml')));
    const path = join(dir, 'page.md');
    writeFileSync(path, `${block('data/timeline.json as-of=2019-12-31')}\n\n${block('data/timeline.yaml as-of=2019-12-31')}\n`);
    assert.equal(embed(path).code, 0);
    const [json, yaml] = readFileSync(path, 'utf8').match(/<div>\n<diplo-timeline[\s\S]*?<\/diplo-timeline>\n<\/div>/g);
    assert.ok(json.length > 10000);
    assert.equal(yaml, json);
  });

  it('names the line of a block that is wrong, and leaves the page as it was', () => {
    const dir = site();
    const cases = [
      [`${block('data/small.json')}\n<!-- diplo-timeline data/small.json -->\n`, /line 7: the block that opens here does not close/],
      ['<!-- /diplo-timeline -->\n', /line 5: <!-- \/diplo-timeline --> closes no block/],
      [block('data/small.json theme=dark'), /line 5: unknown option "theme"/],
      [block('data/small.json layout=sideways'), /line 5: layout=sideways: say auto, vertical, horizontal/],
      [block('lang=ko'), /line 5: name the data file/],
      [block('data/small.json lang=xx_!!'), /line 5: lang=xx_!!: "xx_!!" is not a language tag/],
    ];
    for (const [body, message] of cases) {
      const path = join(dir, 'wrong.md');
      writeFileSync(path, page(body));
      const { code, err } = embed(path);
      assert.equal(code, 1, body);
      assert.match(err, message);
      assert.equal(readFileSync(path, 'utf8'), page(body));
    }
  });

  it('keeps a block whose data file cannot be read as it was, fills the others, and exits 1', () => {
    const dir = site();
    const path = join(dir, 'page.md');
    writeFileSync(path, page(`<!-- diplo-timeline data/missing.json -->\n<p>Old content</p>\n<!-- /diplo-timeline -->\n\n${block('data/small.json')}`));
    const { code, err } = embed(path);
    assert.equal(code, 1);
    assert.match(err, /data\/missing\.json: cannot read the file \(ENOENT\)/);
    assert.match(err, /line 5, data\/missing\.json: left as it was/);
    const text = readFileSync(path, 'utf8');
    assert.ok(text.includes('<p>Old content</p>'));
    assert.ok(text.includes('Only event'));
  });

  it('draws what broken data keeps into an empty block, naming the bad entry, and exits 1', () => {
    const dir = site();
    const broken = structuredClone(flagship);
    broken.events[2].when = '2019-02-30';
    writeFileSync(join(dir, 'data/broken.json'), JSON.stringify(broken));
    const path = join(dir, 'page.md');
    writeFileSync(path, page(block('data/broken.json')));
    const { code, err } = embed(path);
    assert.equal(code, 1);
    assert.match(err, new RegExp(`line 5, data/broken\\.json: error events\\[2\\]\\.when \\(event "${broken.events[2].id}"\\)`));
    assert.ok(readFileSync(path, 'utf8').includes(flagship.events[3].title));
  });

  it('never loses a drawn timeline to broken data: the block keeps what it had', () => {
    const dir = site();
    const path = join(dir, 'page.md');
    writeFileSync(path, page(block('data/timeline.json')));
    assert.equal(embed(path).code, 0);
    const good = readFileSync(path, 'utf8');
    for (const bad of ['{"title": "x", ', JSON.stringify({ ...flagship, events: [{ ...flagship.events[0], when: '2019-02-30' }, ...flagship.events.slice(1)] })]) {
      writeFileSync(join(dir, 'data/timeline.json'), bad);
      const { code, err } = embed(path);
      assert.equal(code, 1);
      assert.match(err, /line 5, data\/timeline\.json: left as it was \(the data has errors\); fix it and run again/);
      assert.equal(readFileSync(path, 'utf8'), good);
    }
  });

  it('takes no -o (it writes in place), nor options it would ignore', () => {
    const dir = site();
    for (const args of [['-o', 'x.md'], ['--json'], ['--markdown'], ['--to', 'csv'], ['--lang', 'not a tag']]) assert.equal(embed(join(dir, 'page.md'), ...args).code, 2, args.join(' '));
  });

  it('reads a quoted option value as its value', () => {
    const dir = site();
    const path = join(dir, 'page.md');
    writeFileSync(path, page(block('data/small.json lang="ko" layout="vertical"')));
    assert.equal(embed(path).code, 0);
    assert.match(readFileSync(path, 'utf8'), /<diplo-timeline\b[^>]*lang="ko"[^>]*layout="vertical"/);
  });
});

describe('diplo-timeline render --markdown', () => {
  it('writes the Markdown block for an .md file, into a folder it makes', () => {
    const dir = site();
    const out = join(dir, 'new/folder/timeline.md');
    const result = spawnSync(process.execPath, [bin, 'render', join(dir, 'data/small.json'), '-o', out], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const text = readFileSync(out, 'utf8');
    assert.match(text, /^<div>\n<diplo-timeline\b/);
    assert.doesNotMatch(text, /\n[ \t]*\n(?!$)/);
  });
});
