// Broken files, as editors and servers really produce them, read from their text: each one
// gets a problem that says what is wrong and where, and whatever valid is in it is kept.
import { expect } from '@open-wc/testing';
import { decodeJSONBytes, duplicateKeys, parseTimelineJSON } from '../../src/model/index.js';

const event = (id: string, extra = '') => `{"id":"${id}","title":"Event ${id}","when":"2019-06-20","kind":"talks","actors":[]${extra}}`;
const file = (events: string[], head = '"schemaVersion":1,"title":"T","actors":[]') => `{${head},"events":[${events.join(',')}]}`;
const GOOD = file([event('a'), event('b')]);

function only(text: string) {
  const { timeline, problems } = parseTimelineJSON(text);
  return { ids: timeline.events.map((e) => e.id), problems, messages: problems.map((p) => `${p.path}: ${p.message}`) };
}

describe('broken files', () => {
  it('truncated JSON: where it ends, and that it ends too soon', () => {
    const { ids, messages } = only(GOOD.slice(0, 60));
    expect(ids).to.deep.equal([]);
    expect(messages[0]).to.match(/^: invalid JSON at line 1, column \d+: the text ends too soon/);
  });

  it('a byte-order mark is skipped; an empty file and a blank one are named', () => {
    expect(only(`\uFEFF${GOOD}`).ids).to.deep.equal(['a', 'b']);
    expect(only('').messages).to.deep.equal([': the file is empty']);
    expect(only(' \n\t ').messages).to.deep.equal([': the file is empty']);
  });

  it('an HTML error page is recognised as one', () => {
    expect(only('<!doctype html><title>502 Bad Gateway</title>').messages[0]).to.contain('received HTML, not JSON');
  });

  it('JavaScript pasted for JSON is named, with what to remove', () => {
    for (const text of [`const timeline = ${GOOD};`, `var data=${GOOD}`, `export default ${GOOD}`, `module.exports = ${GOOD};`, `window.timeline = ${GOOD}`]) {
      expect(only(text).messages[0], text.slice(0, 20)).to.contain('this is JavaScript, not JSON');
    }
  });

  it('NaN, single quotes, trailing commas and comments get a hint', () => {
    expect(only(file([event('a', ',"importance":NaN')])).messages[0]).to.match(/unexpected "NaN.*JSON has no NaN/);
    expect(only(file([event('a', ",'summary':'x'")])).messages[0]).to.contain('double quotes');
    expect(only(file([event('a'), ''])).messages[0]).to.match(/at line 1, column \d+: unexpected "]}".*comma/);
    expect(only(`// the timeline\n${GOOD}`).messages[0]).to.contain('no comments');
  });

  it('keys given twice: the last wins, and the event and field are named', () => {
    const { ids, problems } = only(file([event('a', ',"title":"Second title"'), event('b')]));
    expect(ids).to.deep.equal(['a', 'b']);
    expect(problems).to.deep.equal([
      { path: 'events[0].title', eventId: 'a', severity: 'warning', message: '"title" is given more than once in the same object; the last one was used' },
    ]);
    expect(duplicateKeys('{"a":{"b":1,"b":2},"c":[{"d":1},{"d":1,"d":2}],"a":3}')).to.deep.equal([
      { path: 'a.b', key: 'b' },
      { path: 'c[1].d', key: 'd' },
      { path: 'a', key: 'a' },
    ]);
    // Strings that look like keys, escaped quotes and nesting do not confuse it.
    expect(duplicateKeys('{"x":"\\"y\\":1,\\"y\\":2","y":[1,{"y":2}],"z":{}}')).to.deep.equal([]);
  });

  it('a future schemaVersion is read as this version, with an error saying to update', () => {
    const { ids, problems } = only(file([event('a')], '"schemaVersion":2,"title":"T","actors":[]'));
    expect(ids).to.deep.equal(['a']);
    expect(problems[0]).to.include({ path: 'schemaVersion', severity: 'error' });
    expect(problems[0]?.message).to.contain('newer');
  });

  it('events: null, a root array, a root string: no timeline, and why', () => {
    expect(only('{"schemaVersion":1,"title":"T","events":null}').messages).to.deep.equal([
      'events: must be a list of events (found null); the timeline has no events',
    ]);
    expect(only(`[${event('a')}]`).messages[0]).to.match(/^: a timeline must be a JSON object with title and events \(found (a list|an array)/);
    expect(only('"hello"').messages[0]).to.contain('must be a JSON object');
  });

  it('prototype-pollution keys are data, never the prototype', () => {
    const text = file([event('a', ',"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}}')], '"schemaVersion":1,"title":"T","actors":[],"__proto__":{"polluted":3}');
    const { ids } = only(text);
    expect(ids).to.deep.equal(['a']);
    expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
    expect(Object.prototype).to.not.have.property('polluted');
  });

  it('5,000-deep nesting is reported, not a stack overflow', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const { ids, messages } = only(`{"schemaVersion":1,"title":"Deep","actors":[],"events":[${event('a')},${deep}]}`);
    expect(ids).to.deep.equal(['a']);
    expect(messages.some((m) => m.startsWith('events[1]'))).to.equal(true);
    const broken = only(`{"events":[${'['.repeat(5000)}`);
    expect(broken.messages[0]).to.contain('ends too soon');
  });

  it('UTF-16 with a byte-order mark is read; Windows-1252 is an error, or read with a warning', () => {
    const units = Array.from({ length: GOOD.length }, (_, i) => GOOD.charCodeAt(i));
    const utf16le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const utf16be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    for (const bytes of [utf16le, utf16be]) {
      const decoded = decodeJSONBytes(bytes);
      expect(decoded.ok && only(decoded.text).ids).to.deep.equal(['a', 'b']);
    }
    // "Café" in Windows-1252: é is the single byte 0xE9, not UTF-8.
    const cafe = file([event('a')]).replace('Event a', 'Caf\u00e9');
    const bytes = Uint8Array.from({ length: cafe.length }, (_, i) => cafe.charCodeAt(i));
    const strict = decodeJSONBytes(bytes);
    expect(strict.ok).to.equal(false);
    expect(!strict.ok && strict.message).to.contain('not UTF-8');
    const lenient = decodeJSONBytes(bytes, { fallback: 'windows-1252' });
    expect(lenient.ok && lenient.warning).to.contain('read as Windows-1252');
    expect(lenient.ok && only(lenient.text).problems).to.deep.equal([]);
    expect(lenient.ok && lenient.text).to.contain('Caf\u00e9');
  });
});
