import { expect } from '@open-wc/testing';
import { koreanPeninsula } from '../../../../data/korean-peninsula-2016-2019.js';
import { button, control, descriptions, formFixture, rootOf, textOf, typeInto } from '../../../test-support/form-host.js';
import { EditorStore } from '../state/editor-store.js';
import { renderActors } from './actors-section.js';
import { checkContrast, contrastRatio, ratioText, resolveColor } from './contrast.js';
import { idFromName } from './ids.js';

function flagship() {
  return new EditorStore({ ...koreanPeninsula });
}

describe('the contrast check', () => {
  it('reads colours the way the browser does, names and alpha included', () => {
    expect(resolveColor('navy')).to.deep.equal([0, 0, 128, 1]);
    expect(resolveColor('#f00')).to.deep.equal([255, 0, 0, 1]);
    expect(resolveColor('#0000ff80')?.[3]).to.be.closeTo(0.5, 0.01);
    expect(resolveColor('notacolour')).to.equal(undefined);
  });

  it('gives the WCAG ratio: 21:1 for black on white, 1:1 for a colour on itself', () => {
    expect(contrastRatio([0, 0, 0, 1], [255, 255, 255, 1])).to.be.closeTo(21, 0.001);
    expect(contrastRatio([18, 20, 23, 1], [18, 20, 23, 1])).to.equal(1);
    // A translucent colour counts as it shows: half-transparent black on white is a mid grey.
    expect(contrastRatio([0, 0, 0, 0.5], [255, 255, 255, 1])).to.be.closeTo(3.98, 0.05);
    expect(checkContrast('#767676')?.light).to.be.closeTo(4.54, 0.01);
  });

  it('never rounds a ratio up to a pass', () => {
    expect(ratioText(2.96, 'en')).to.equal('2.9:1');
    expect(ratioText(4.54, 'en')).to.equal('4.5:1');
  });
});

describe('the actors', () => {
  it('makes an actor id from its name until the author types one', async () => {
    expect(idFromName("Democratic People's Republic of Korea")).to.equal('democratic-peoples-republic-of-korea');
    expect(idFromName("Côte d'Ivoire")).to.equal('cote-divoire');
    expect(idFromName('조선민주주의인민공화국')).to.equal('조선민주주의인민공화국');

    const host = await formFixture(renderActors, new EditorStore());
    button(host, 'Add actor').click();
    await host.updateComplete;
    expect(rootOf(host).activeElement?.id, 'the new actor takes the focus').to.equal('field-actors-0-name');
    await typeInto(host, control(host, 'field-actors-0-name'), 'Kim Jong Un');
    expect(host.store.get(['actors', 0, 'id'])).to.equal('kim-jong-un');
    expect(host.store.undoLabel, 'the name and its id are one step').to.equal('Edit “Name”');

    const id = control(host, 'field-actors-0-id');
    id.select();
    await typeInto(host, id, 'kim');
    await typeInto(host, control(host, 'field-actors-0-name'), ', chairman');
    expect(host.store.get(['actors', 0])).to.include({ id: 'kim', name: 'Kim Jong Un, chairman' });
  });

  it("keeps the id of an actor events name, whatever its name becomes", async () => {
    const host = await formFixture(renderActors, flagship());
    const name = control(host, 'field-actors-5-name');
    expect(name.value).to.equal('Japan');
    await typeInto(host, name, ' (Abe government)');
    expect(host.store.get(['actors', 5, 'id'])).to.equal('japan');
  });

  it('reorders and deletes actors, each an undo step, the focus following the actor', async () => {
    const host = await formFixture(renderActors, flagship());
    const { store } = host;
    button(host, 'Move United States up').click();
    await host.updateComplete;
    expect((store.draft.actors as { id: string }[]).slice(0, 2).map((actor) => actor.id)).to.deep.equal(['united-states', 'north-korea']);
    expect(rootOf(host).activeElement?.id, 'Up went away at the top: Down has the focus').to.equal('field-actors-0-move-down');

    button(host, "Delete People's Republic of China").click();
    await host.updateComplete;
    expect((store.draft.actors as unknown[]).length).to.equal(koreanPeninsula.actors.length - 1);
    expect(rootOf(host).activeElement?.id, 'the next actor takes the focus').to.equal('field-actors-2-name');
    store.undo();
    store.undo();
    await host.updateComplete;
    expect(store.draft.actors).to.deep.equal(koreanPeninsula.actors);
    expect(control(host, 'field-actors-2-name').value).to.equal("People's Republic of China");
  });

  it('says which background a colour is hard to see on, and how well one that passes does', async () => {
    const host = await formFixture(renderActors, flagship());
    const color = control(host, 'field-actors-1-color');
    // The flagship's United States blue is too dark for the dark theme.
    expect(descriptions(host, color).join(' ')).to.match(/Hard to see on the dark background: contrast 2\.\d:1, needs at least 3:1/);
    color.select();
    await typeInto(host, color, 'yellow');
    expect(host.store.get(['actors', 1, 'color'])).to.equal('yellow');
    const said = textOf(host, 'problems-actors-1-color');
    expect(said).to.match(/Hard to see on the light background: contrast 1\.0:1/);
    expect(said).to.not.include('dark background');
    expect(control(host, 'field-actors-1-color-picker').value).to.equal('#ffff00');

    color.select();
    await typeInto(host, color, '#767676');
    expect(textOf(host, 'reading-actors-1-color')).to.equal('Contrast 4.5:1 on light and 4.0:1 on dark backgrounds (3:1 needed).');
    expect(rootOf(host).getElementById('problems-actors-1-color')).to.equal(null);

    color.select();
    await typeInto(host, color, 'notacolour');
    expect(textOf(host, 'problems-actors-1-color')).to.include('not a colour a browser knows');
  });

  it('writes a picked colour as typed text would be', async () => {
    const host = await formFixture(renderActors, flagship());
    const picker = control(host, 'field-actors-0-color-picker');
    picker.value = '#336699';
    picker.dispatchEvent(new Event('input', { bubbles: true }));
    await host.updateComplete;
    expect(host.store.get(['actors', 0, 'color'])).to.equal('#336699');
    expect(control(host, 'field-actors-0-color').value).to.equal('#336699');
  });

  it('is accessible', async () => {
    await expect(await formFixture(renderActors, flagship())).to.be.accessible();
  });
});
