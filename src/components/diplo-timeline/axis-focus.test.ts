import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import type { TimelineEvent } from '../../model/index.js';
import { when } from '../../test-support/dates.js';
import { AxisFocus } from './axis-focus.js';

const EVENTS: TimelineEvent[] = Array.from({ length: 12 }, (_, i) => ({
  id: `e${String(i)}`,
  title: `Event ${String(i)}`,
  when: when(`2019-01-${String(i + 1).padStart(2, '0')}`),
  kind: 'meeting',
  actors: [],
}));

/** A bare host: every event as a list item, and a copy of the third in another lane. */
class FocusHost extends LitElement {
  static override properties = { direction: {} };
  direction: 'ltr' | 'rtl' = 'ltr';
  revealed: string[] = [];
  zooms: { factor: number; at?: string }[] = [];
  keys = new AxisFocus(this, {
    events: () => EVENTS,
    reveal: (event) => {
      this.revealed.push(event.id);
    },
    zoom: (factor, at) => {
      this.zooms.push({ factor, at: at?.id });
    },
  });

  protected override render() {
    const focusId = this.keys.focusId ?? EVENTS[0]?.id;
    return html`<button type="button">outside</button>
      <div class="viewport" @keydown=${this.keys.onKeyDown} @click=${this.keys.onClick} @focusin=${this.keys.onFocusIn}>
        <ol>
          ${EVENTS.map((event) => html`<li class="event" data-id=${event.id} tabindex=${event.id === focusId ? '0' : '-1'}>${event.title}</li>`)}
        </ol>
        <div class="echo" data-id="e2" aria-hidden="true">Event 2</div>
      </div>`;
  }
}
customElements.define('axis-focus-host', FocusHost);

async function host(direction: 'ltr' | 'rtl' = 'ltr') {
  const el = await fixture<FocusHost>(html`<axis-focus-host .direction=${direction}></axis-focus-host>`);
  const item = (id: string) => el.renderRoot.querySelector<HTMLElement>(`li[data-id="${id}"]`)!;
  const active = () => (el.renderRoot as ShadowRoot).activeElement?.getAttribute('data-id');
  return { el, item, active };
}

describe('AxisFocus', () => {
  it('moves between events with the keys the list uses, revealing each', async () => {
    const { el, item, active } = await host();
    item('e0').focus();
    expect(el.keys.focusId).to.equal('e0');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active()).to.equal('e1');
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(active()).to.equal('e6');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(active()).to.equal('e11');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(active()).to.equal('e10');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(active()).to.equal('e0');
    expect(el.revealed).to.deep.equal(['e1', 'e6', 'e11', 'e10', 'e0']);
  });

  it('moves later with ArrowLeft when time runs right to left', async () => {
    const { el, item, active } = await host('rtl');
    item('e4').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(active()).to.equal('e5');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active()).to.equal('e4');
  });

  it('selects with Enter or a click (a copy in another lane too), and closes with Escape', async () => {
    const { el, item } = await host();
    item('e3').focus();
    setTimeout(() => {
      void sendKeys({ press: 'Enter' });
    });
    const selected = await oneEvent<CustomEvent<{ id: string }>>(el, 'diplo-select');
    expect(selected.detail.id).to.equal('e3');
    expect(el.keys.selectedId).to.equal('e3');
    await sendKeys({ press: 'Escape' });
    expect(el.keys.selectedId).to.equal(undefined);
    setTimeout(() => {
      el.renderRoot.querySelector<HTMLElement>('.echo')!.click();
    });
    expect((await oneEvent<CustomEvent<{ id: string }>>(el, 'diplo-select')).detail.id).to.equal('e2');
    expect([el.keys.selectedId, el.keys.focusId]).to.deep.equal(['e2', 'e2']);
  });

  it('zooms at the focused event with + and −', async () => {
    const { el, item } = await host();
    item('e5').focus();
    await sendKeys({ press: '+' });
    await sendKeys({ press: '-' });
    expect(el.zooms).to.deep.equal([
      { factor: 1.5, at: 'e5' },
      { factor: 1 / 1.5, at: 'e5' },
    ]);
  });

  it('leaves keys alone away from the events, and unknown ids', async () => {
    const { el } = await host();
    const button = el.renderRoot.querySelector('button')!;
    const key = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true, composed: true });
    el.renderRoot.querySelector('.viewport')!.dispatchEvent(key);
    expect(key.defaultPrevented, 'not on an event').to.equal(false);
    button.focus();
    await sendKeys({ press: 'Escape' });
    expect(await el.keys.focusEvent('nope')).to.equal(false);
    expect(await el.keys.selectEvent('nope')).to.equal(false);
    expect(await el.keys.selectEvent('e7')).to.equal(true);
    expect([el.keys.selectedId, el.keys.focusId, el.revealed.at(-1)]).to.deep.equal(['e7', 'e7', 'e7']);
  });
});
