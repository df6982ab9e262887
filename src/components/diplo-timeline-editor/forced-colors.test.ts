// The editor under forced colours (Windows' contrast themes), light and dark, read from the
// pixels: pressed, disabled, selected and invalid states and the problem counts stay readable.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { emulate, expectReadable, expectVisible } from '../../test-support/browser.js';
import './define.js';
import type { DiploTimelineEditor } from './diplo-timeline-editor.js';

function buttonNamed(scope: ParentNode, name: string): HTMLButtonElement {
  const button = [...scope.querySelectorAll('button')].find((candidate) => candidate.textContent.trim() === name);
  if (!button) throw new Error(`no button "${name}"`);
  return button;
}

function one(scope: ParentNode, selector: string): Element {
  const found = scope.querySelector(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

let keys = 0;

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`the editor under forced colours, ${colorScheme}`, function () {
    this.timeout(30_000);

    before(async () => {
      await setViewport({ width: 1300, height: 900 });
    });

    after(async () => {
      await emulate({});
    });

    it('pressed and plain toggles, disabled buttons, the counts, an invalid field, a selected row', async () => {
      await emulate({ forcedColors: 'active', colorScheme, reducedMotion: 'reduce' });
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1280px">
        <diplo-timeline-editor storage-key=${`forced-${colorScheme}-${String(Date.now())}-${String(++keys)}`}></diplo-timeline-editor>
      </div>`);
      const el = wrapper.querySelector<DiploTimelineEditor>('diplo-timeline-editor')!;
      await el.updateComplete;
      await el.ready;
      const shadow = el.shadowRoot!;
      const list = buttonNamed(shadow, 'List');
      expect(list.getAttribute('aria-pressed')).to.equal('true');
      await expectReadable(list, 'a pressed preview toggle');
      await expectReadable(buttonNamed(shadow, 'Time axis'), 'a preview toggle not pressed');
      const undo = buttonNamed(shadow, 'Undo');
      expect(undo.disabled).to.equal(true);
      await expectReadable(undo, 'a disabled button', 3);
      await expectReadable(one(shadow, '.count.error'), 'the count of errors');
      await expectReadable(buttonNamed(shadow, 'Events'), 'a link to a part of the form');
      const invalid = one(shadow, '[aria-invalid="true"]');
      await expectVisible(invalid.getBoundingClientRect(), 'an invalid field\'s border');
      const message = [...shadow.querySelectorAll('.message')].find((candidate) => candidate.textContent.trim());
      await expectReadable(message!, 'a field\'s problem');

      buttonNamed(shadow, 'Add event').click();
      await waitUntil(() => shadow.querySelector('.row[aria-selected="true"]'), 'the new event is selected');
      await el.updateComplete;
      await expectReadable(one(shadow, '.row[aria-selected="true"] .row-title'), 'the selected row');
    });
  });
}
