import { expect, html } from '@open-wc/testing';
import { koreanPeninsula } from '../../../../data/korean-peninsula-2016-2019.js';
import { control, formFixture, rootOf, type FormHost } from '../../../test-support/form-host.js';
import type { DraftPath } from '../state/draft.js';
import { EditorStore } from '../state/editor-store.js';
import { focusField, type FormContext } from './context.js';
import { renderEventForm } from './event-form.js';
import { fieldName, renderProblems } from './problems-list.js';
import { formStrings } from './strings.js';

const strings = formStrings('en');

/** The flagship with a few things wrong: no title, a date in the wrong form, a bad link and an image without alt. */
function troubled() {
  const events = [...koreanPeninsula.events];
  events[3] = { ...events[3]!, when: '2016/11/30' };
  events[5] = { ...events[5]!, sources: [{ title: 'X', url: 'javascript:alert(1)' }], media: [{ src: 'a.jpg' }] };
  return new EditorStore({ ...koreanPeninsula, title: '', events });
}

/** The problems list beside the form of the event it last jumped to, as the editor will show them. */
async function jumpingFixture(store: EditorStore) {
  const state: { selected?: number; jumps: DraftPath[] } = { jumps: [] };
  const shown: { host?: FormHost } = {};
  const part = (ctx: FormContext) =>
    html`${renderProblems(ctx, {
      onJump: (path) => {
        state.jumps.push(path);
        const [list, index] = path;
        if (list === 'events' && typeof index === 'number') state.selected = index;
        const { host } = shown;
        if (!host) return;
        host.requestUpdate();
        void host.updateComplete.then(() => focusField(rootOf(host), path));
      },
    })}
    ${renderEventForm(ctx, state.selected)}`;
  const host = await formFixture(part, store);
  shown.host = host;
  return { host, state };
}

function jumpButtons(host: FormHost): HTMLButtonElement[] {
  return [...rootOf(host).querySelectorAll<HTMLButtonElement>('.problems-list button.jump')];
}

describe('the problems list', () => {
  it('names where a problem is in words', () => {
    expect(fieldName(['sources', 0, 'url'], strings)).to.equal('Source 1 · Address (URL)');
    expect(fieldName(['when', 'start'], strings)).to.equal('When · Start');
    expect(fieldName(['media', 1], strings)).to.equal('Medium 2');
    expect(fieldName([], strings)).to.equal('As a whole');
  });

  it('groups problems by what they are about, events by title in date order, then by field', async () => {
    const { host } = await jumpingFixture(troubled());
    const groups = [...rootOf(host).querySelectorAll('.problem-groups > li')];
    const headings = groups.map((group) => group.querySelector('h3')?.textContent?.trim());
    expect(headings).to.deep.equal([
      'Timeline',
      `Event: ${koreanPeninsula.events[5]!.title}`,
      // An event whose date cannot be read comes last, as in the event list.
      `Event: ${koreanPeninsula.events[3]!.title}`,
    ]);
    const fields = [...groups[1]!.querySelectorAll('.problem-field')].map((field) => field.textContent?.trim());
    expect(fields).to.deep.equal(['Source 1 · Address (URL)', 'Medium 1']);
    expect(groups[2]!.querySelector('li.error')?.textContent).to.include('"2016/11/30"');
    expect(rootOf(host).querySelector('.problems-list .count')?.textContent?.trim()).to.equal('2 errors · 2 warnings');
  });

  it('takes the author to the field of the problem chosen', async () => {
    const { host, state } = await jumpingFixture(troubled());
    const link = jumpButtons(host).find((button) => button.textContent?.includes('javascript'))!;
    link.click();
    await host.updateComplete;
    await host.updateComplete;
    expect(state.jumps).to.deep.equal([['events', 5, 'sources', 0, 'url']]);
    expect(rootOf(host).activeElement?.id).to.equal('field-events-5-sources-0-url');

    jumpButtons(host).find((button) => button.textContent?.includes('2016/11/30'))!.click();
    await host.updateComplete;
    await host.updateComplete;
    expect(rootOf(host).activeElement?.id).to.equal('field-events-3-when');

    jumpButtons(host).find((button) => button.textContent?.includes('the timeline has no title'))!.click();
    await host.updateComplete;
    expect(state.jumps.at(-1)).to.deep.equal(['title']);
  });

  it('finds the control of a path that names a group: a range, an item', async () => {
    const store = new EditorStore({
      ...koreanPeninsula,
      events: [{ id: 'a', title: 'A', when: { start: '2019-06', end: '2019-02' }, kind: 'summit', actors: [], media: [{ src: 'a.jpg' }] }],
    });
    const host = await formFixture((ctx) => renderEventForm(ctx, 0), store);
    const root = rootOf(host);
    expect(focusField(root, ['events', 0, 'when'])).to.equal(true);
    expect(root.activeElement?.id, 'a range: its start').to.equal('field-events-0-when-start');
    expect(focusField(root, ['events', 0, 'media', 0])).to.equal(true);
    expect(root.activeElement?.id.startsWith('field-events-0-media-0-')).to.equal(true);
    expect(focusField(root, ['events', 0, 'quotes', 4, 'text']), 'no such quote: the quotes list').to.equal(true);
    expect(root.activeElement).to.equal(control(host, 'field-events-0-quotes-add', HTMLButtonElement));
    expect(focusField(root, ['nowhere'])).to.equal(false);
  });

  it('names a field the format does not know, with the one most likely meant, under its event', async () => {
    const events = [...koreanPeninsula.events];
    events[2] = { ...events[2]!, headline: 'Another title' } as (typeof events)[number];
    const { host } = await jumpingFixture(new EditorStore({ ...koreanPeninsula, events }));
    const group = [...rootOf(host).querySelectorAll('.problem-groups > li')].find((li) => li.querySelector('h3')?.textContent?.includes(koreanPeninsula.events[2]!.title));
    expect(group?.querySelector('.problem-field')?.textContent?.trim()).to.equal('headline');
    expect(group?.querySelector('li.warning')?.textContent).to.include('did you mean "title"?');
    expect(rootOf(host).querySelector('.problems-list .count')?.textContent?.trim()).to.equal('1 warning');
  });

  it('says when there is nothing to fix', async () => {
    const host = await formFixture((ctx) => renderProblems(ctx, { onJump: () => undefined }), new EditorStore(koreanPeninsula));
    expect(rootOf(host).querySelector('.problems-list .empty')?.textContent).to.equal('No problems: everything will show.');
  });

  it('is accessible', async () => {
    await expect(await formFixture((ctx) => renderProblems(ctx, { onJump: () => undefined }), troubled())).to.be.accessible();
  });
});
