// The editor as an author meets it: keyboard only from an empty editor to five events of the
// flagship, a reload that finds them, an export that `validate` accepts; the preview and the form
// selecting each other; undo from the keyboard; an import that keeps a broken row; axe.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import { readTimelineFile } from '../../cli/validate.js';
import type { DiploTimeline } from '../diplo-timeline/diplo-timeline.js';
import './define.js';
import type { DiploTimelineEditor } from './diplo-timeline-editor.js';

/** The element that has focus, inside shadow roots. */
function focused(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** Presses Tab until the focused control has this id (at most `limit` times): the keyboard's way there. */
async function tabTo(id: string, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (focused()?.id === id) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached #${id} (stopped at #${focused()?.id ?? '?'} ${focused()?.tagName ?? ''})`);
}

async function typeInto(id: string, text: string): Promise<void> {
  await tabTo(id);
  await sendKeys({ type: text });
}

async function press(id: string, key = 'Enter'): Promise<void> {
  await tabTo(id);
  await sendKeys({ press: key });
}

let keys = 0;
/** A storage key no other test uses (IndexedDB outlives a test). */
const freshKey = () => `test-${String(Date.now())}-${String(++keys)}`;

async function editor(key = freshKey(), width = '1280px'): Promise<DiploTimelineEditor> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}">
    <diplo-timeline-editor storage-key=${key}></diplo-timeline-editor>
  </div>`);
  const el = wrapper.querySelector('diplo-timeline-editor')!;
  await el.updateComplete;
  await el.ready;
  return el;
}

/** The preview's timeline (under whatever tag the page registered it). */
const preview = (el: DiploTimelineEditor) => el.shadowRoot!.querySelector<DiploTimeline>('.preview .frame > *');

describe('<diplo-timeline-editor>', function () {
  this.timeout(60_000);

  before(async () => {
    await setViewport({ width: 1300, height: 900 });
  });

  it('builds five events of the flagship from an empty editor with the keyboard alone, keeps them through a reload, and exports JSON that validate accepts', async () => {
    const key = freshKey();
    let el = await editor(key);
    const flagship = koreanPeninsula;
    const actorNames = ['north-korea', 'un-security-council', 'china', 'united-states'].map((id) => flagship.actors.find((actor) => actor.id === id)!);
    const events = flagship.events.slice(0, 5);
    // Into the editor from the page: its first control.
    el.shadowRoot!.querySelector<HTMLElement>('button:not([disabled])')!.focus();

    await typeInto('field-title', flagship.title);
    for (const [i, actor] of actorNames.entries()) {
      await press('field-actors-add');
      await typeInto(`field-actors-${String(i)}-name`, actor.name);
    }
    for (const [i, event] of events.entries()) {
      await press('field-events-add');
      await waitUntil(() => focused()?.id === `field-events-${String(i)}-title`, 'a new event takes focus in its title');
      await sendKeys({ type: event.title });
      await typeInto(`field-events-${String(i)}-when`, event.when as string);
      // The kind's select, by typing its name (a select's own keyboard).
      await tabTo(`field-events-${String(i)}-kind`);
      await sendKeys({ type: event.kind === 'test' ? 'Weapons' : 'Resolution' });
      for (const id of event.actors) {
        const index = actorNames.findIndex((actor) => actor.id === id);
        await press(`field-events-${String(i)}-actors-actor-${String(index)}`, 'Space');
      }
    }
    await el.updateComplete;
    const typed = el.draft.events as { title: string; when: string; kind: string; actors: string[] }[];
    expect(typed.map((event) => event.title)).to.deep.equal(events.map((event) => event.title));
    expect(typed.map((event) => event.kind)).to.deep.equal(events.map((event) => event.kind));
    // Actors by name (their ids are made from the names as typed).
    const nameOf = new Map((el.draft.actors as { id: string; name: string }[]).map((actor) => [actor.id, actor.name]));
    const flagshipName = new Map(flagship.actors.map((actor) => [actor.id, actor.name]));
    expect(typed.map((event) => event.actors.map((id) => nameOf.get(id)).sort())).to.deep.equal(
      events.map((event) => event.actors.map((id) => flagshipName.get(id)).sort()),
    );
    expect(el.result.problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
    await waitUntil(() => preview(el)?.shadowRoot?.querySelectorAll('li.event').length === events.length, 'the preview shows them');

    // A reload, once the editor says the draft is saved in this browser (as an author sees it
    // before reloading): a new editor on the same key finds the same document. (Removed sooner,
    // the old editor's last write lands after the new one has read, and the new one follows it
    // as another tab's newer version.)
    await waitUntil(() => el.shadowRoot!.querySelector('.save-status')?.textContent?.includes('Saved in this browser'), 'saved in this browser', { timeout: 5000 });
    el.remove();
    el = await editor(key);
    await waitUntil(() => (el.draft.events as unknown[] | undefined)?.length === events.length, 'restored after a reload', { timeout: 5000 });
    expect((el.draft.events as { title: string }[]).map((event) => event.title)).to.deep.equal(events.map((event) => event.title));

    // Export JSON, by the keyboard, and read it as `diplo-timeline validate` does.
    const created: Blob[] = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) created.push(blob);
      return createObjectURL(blob);
    };
    try {
      (el.shadowRoot!.querySelector('button') as HTMLElement).focus();
      const exportButton = [...el.shadowRoot!.querySelectorAll('button')].find((button) => button.getAttribute('aria-controls') === 'export-menu')!;
      exportButton.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const download = [...el.shadowRoot!.querySelectorAll<HTMLElement>('#export-menu button')][0]!;
      download.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => created.length === 1, 'a JSON file is made');
    } finally {
      URL.createObjectURL = createObjectURL;
    }
    const report = await readTimelineFile(new Uint8Array(await created[0]!.arrayBuffer()));
    expect(report.problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
    expect(report.eventCount).to.equal(events.length);
    expect(el.shadowRoot!.querySelector('.unexported'), 'exported: nothing unsaved').to.equal(null);
  });

  it('selects in the form what the reader selects in the preview, and shows in the preview what the form selects', async () => {
    const el = await editor();
    el.data = koreanPeninsula;
    await el.updateComplete;
    const timeline = await waitUntil(() => preview(el)?.shadowRoot?.querySelector('li.event'), 'the preview draws').then(() => preview(el)!);
    const item = [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('li.event')][6]!;
    item.click();
    await el.updateComplete;
    const index = koreanPeninsula.events.findIndex((event) => event.id === item.id);
    const title = el.shadowRoot!.querySelector<HTMLInputElement>(`#field-events-${String(index)}-title`);
    expect(title?.value).to.equal(koreanPeninsula.events[index]!.title);
    // The other way: a row in the list scrolls the preview (not the page) to the event.
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
    const last = rows.at(-1)!;
    const pageY = window.scrollY;
    last.click();
    await el.updateComplete;
    const pane = el.shadowRoot!.querySelector<HTMLElement>('.preview-pane')!;
    await waitUntil(() => pane.scrollTop > 0, 'the preview scrolls to the event');
    expect(window.scrollY).to.equal(pageY);
  });

  it('undoes and redoes from the keyboard, in a field too', async () => {
    const el = await editor();
    await typeInto('field-title', 'Hanoi');
    await el.updateComplete;
    expect(el.draft.title).to.equal('Hanoi');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(el.draft.title).to.equal('');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#field-title')!.value).to.equal('');
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(el.draft.title).to.equal('Hanoi');
  });

  it('speaks the language of its lang attribute, and switches when the attribute changes', async () => {
    const el = await editor();
    const undoButton = () => [...el.shadowRoot!.querySelectorAll('button')].find((button) => button.getAttribute('aria-keyshortcuts')?.includes('Z'));
    const titleLabel = () => el.shadowRoot!.querySelector('label[for="field-title"]')?.textContent ?? '';
    expect(undoButton()?.textContent).to.contain('Undo');
    const englishLabel = titleLabel();
    el.setAttribute('lang', 'ko');
    await waitUntil(() => undoButton()?.textContent?.includes('실행 취소'), 'the frame speaks Korean');
    await waitUntil(() => titleLabel() !== englishLabel && /[\uac00-\ud7a3]/.test(titleLabel()), 'the forms speak Korean');
    // The header's count of problems too, in the language's plural forms: Arabic's dual for two.
    const when = ['2019-02-30', '2019-13'];
    el.data = { schemaVersion: 1, title: 'T', actors: [], events: when.map((date, i) => ({ id: `e${String(i)}`, title: 'E', when: date, kind: 'summit', actors: [] })) };
    el.setAttribute('lang', 'ar');
    await waitUntil(() => el.shadowRoot!.querySelector('.count.error')?.textContent === 'خطآن', 'two errors, in Arabic');
  });

  it('imports pasted rows, keeping a broken one as a draft with its problem beside its field', async () => {
    const el = await editor();
    const importButton = [...el.shadowRoot!.querySelectorAll('button')].find((button) => button.getAttribute('aria-controls') === 'import-menu')!;
    importButton.click();
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('#import-menu button')][1]!.click();
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'the paste dialog opens');
    const text = dialog.querySelector('textarea')!;
    text.value = 'Type,Title,Date,Kind\ntitle,Pasted,,\n,A summit,2019-02-27,summit\n,A bad date,6/12/2018,talks\n';
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => (el.draft.events as unknown[] | undefined)?.length === 2, 'both rows are in the draft');
    expect(el.draft.title).to.equal('Pasted');
    expect(el.shadowRoot!.querySelector('.message')!.textContent).to.match(/Imported 2 events/);
    await el.updateComplete;
    expect(el.result.timeline.events).to.have.length(1);
    const problem = el.result.problems.find((found) => found.path === 'events[1].when');
    expect(problem?.message).to.match(/ambiguous/);
  });

  it('is accessible: empty, with the flagship and an event open, with problems, and at 375 px', async () => {
    const empty = await editor();
    await expect(empty).to.be.accessible();
    const full = await editor();
    full.data = { ...koreanPeninsula, events: [...koreanPeninsula.events, { id: 'bad', title: 'Bad', when: '2019-02-30', kind: 'talks', actors: [] }] };
    await full.updateComplete;
    [...full.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')][3]!.click();
    await full.updateComplete;
    await expect(full).to.be.accessible();
    const phone = await editor(freshKey(), '375px');
    phone.data = koreanPeninsula;
    await phone.updateComplete;
    await expect(phone).to.be.accessible();
    expect(phone.scrollWidth, 'no sideways scroll at 375 px').to.be.at.most(375);
  });

  it('says so, and does not overwrite, when another tab changed the same timeline', async () => {
    const key = freshKey();
    const first = await editor(key);
    const second = await editor(key);
    first.data = koreanPeninsula;
    await waitUntil(() => (second.draft.events as unknown[] | undefined)?.length === koreanPeninsula.events.length, 'the idle tab follows', { timeout: 10_000 });
    // Both tabs edit before either saves (saves wait for idle time): typed in one task, as two
    // authors typing at once would, so that neither tab can follow the other's save first.
    for (const [tab, words] of [[second, ' (mine)'], [first, ' (theirs)']] as const) {
      const field = tab.shadowRoot!.querySelector<HTMLInputElement>('#field-title')!;
      field.value += words;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: words }));
    }
    await waitUntil(() => first.shadowRoot!.querySelector('.banner.conflict') ?? second.shadowRoot!.querySelector('.banner.conflict'), 'a conflict is shown', { timeout: 10_000 });
  });
});
