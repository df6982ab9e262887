import { expect } from '@open-wc/testing';
import { koreanPeninsula } from '../../../../data/korean-peninsula-2016-2019.js';
import { fromCSV } from '../../../importers/csv/index.js';
import { copyText, downloadFile, embedSnippet, exportCSV, exportJSON, fileName, inlineEmbedSnippet } from './export.js';

const BUNDLE = 'https://cdn.example/diplo-timeline/dist/diplo-timeline.bundle.js';
const HOSTILE = '</script><script>alert(1)</script><!-- \u2028 </SCRIPT >';

describe('export', () => {
  it('writes the draft as typed, with $schema first, pretty printed', () => {
    const text = exportJSON({ title: 'T', events: [{ id: 'x', when: 'not a date' }] });
    expect(text.startsWith('{\n  "$schema": "./timeline.schema.json",\n  "title": "T"')).to.equal(true);
    expect(JSON.parse(text)).to.deep.include({ events: [{ id: 'x', when: 'not a date' }] });
  });

  it('writes a CSV of what validates, and says what it leaves behind', async () => {
    const draft = { ...koreanPeninsula, events: [...koreanPeninsula.events, { id: 'bad', title: 'Bad', when: 'someday', kind: 'talks', actors: [] }] };
    const { text, notCarried } = await exportCSV(draft);
    expect(fromCSV(text).timeline.events).to.have.length(koreanPeninsula.events.length);
    expect(notCarried.join(' ')).to.contain('1 event with errors is not in the sheet');
  });

  it('makes an embed snippet whose inline JSON cannot close its script', () => {
    const draft = { schemaVersion: 1, title: HOSTILE, actors: [], events: [{ id: 'x', title: 'X', when: '2019', kind: 'talks', actors: [], summary: HOSTILE }] };
    const html = inlineEmbedSnippet(draft, { bundleUrl: BUNDLE, lang: 'en' });
    expect(html).to.not.match(/<\/script\s*>\s*<script>/i);
    const page = new DOMParser().parseFromString(html, 'text/html');
    const scripts = page.querySelectorAll('script');
    expect(scripts, 'the bundle and the data, nothing else').to.have.length(2);
    const data = page.querySelector('diplo-timeline > script[type="application/json"]');
    expect(JSON.parse(data?.textContent ?? '')).to.deep.equal(draft);
    expect(page.querySelector('script[type="module"]')?.getAttribute('src')).to.equal(BUNDLE);
  });

  it('makes an embed snippet with src, its attributes escaped', () => {
    const html = embedSnippet({ bundleUrl: BUNDLE, src: 'talks.json?a=1&b="2"', asOf: '2019-06-18', layout: 'vertical' });
    const element = new DOMParser().parseFromString(html, 'text/html').querySelector('diplo-timeline');
    expect(element?.getAttribute('src')).to.equal('talks.json?a=1&b="2"');
    expect(element?.getAttribute('as-of')).to.equal('2019-06-18');
    expect(element?.getAttribute('layout')).to.equal('vertical');
    expect(element?.querySelector('a')?.getAttribute('href'), 'a link for readers without JavaScript').to.equal('talks.json?a=1&b="2"');
  });

  it('names the file after the title', () => {
    expect(fileName({ title: 'Talks: Hanoi, 2019' }, 'json')).to.equal('talks-hanoi-2019.json');
    expect(fileName({}, 'csv')).to.equal('timeline.csv');
  });

  it('downloads through a temporary link, and revokes its address', async () => {
    let clicked: HTMLAnchorElement | undefined;
    const stop = (event: Event) => {
      if (event.target instanceof HTMLAnchorElement && event.target.download) {
        clicked = event.target;
        event.preventDefault();
      }
    };
    document.addEventListener('click', stop, true);
    try {
      downloadFile('talks.json', '{"title":"T"}', 'application/json', 0);
    } finally {
      document.removeEventListener('click', stop, true);
    }
    expect(clicked?.download).to.equal('talks.json');
    expect(clicked?.isConnected, 'the link is gone').to.equal(false);
    const href = clicked?.href ?? '';
    // The address is revoked on the next task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    let revoked = false;
    try {
      await fetch(href);
    } catch {
      revoked = true;
    }
    expect(revoked).to.equal(true);
  });

  it('copies with the Clipboard API, else with the copy command', async () => {
    const clipboard = navigator.clipboard;
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (text: string) => (written.push(text), Promise.resolve()) } });
    expect(await copyText('one')).to.equal(true);
    expect(written).to.deep.equal(['one']);

    const commands: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) } });
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string) => {
        commands.push(`${command}:${(document.activeElement as HTMLTextAreaElement).value}`);
        return true;
      },
    });
    try {
      expect(await copyText('two')).to.equal(true);
      expect(commands).to.deep.equal(['copy:two']);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });
});
