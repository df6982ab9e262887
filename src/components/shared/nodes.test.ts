import { expect } from '@open-wc/testing';
import { html, nothing, render } from 'lit';
import { nodes } from './nodes.js';

function item(text: string): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

const texts = (list: Element) => [...list.children].map((child) => child.textContent);

describe('nodes()', () => {
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(item) as [HTMLLIElement, HTMLLIElement, HTMLLIElement, HTMLLIElement];
  const view = (list: readonly Node[] | undefined) => html`<ol><li>before</li>${list ? nodes(list) : html`<li>template</li>`}<li>after</li></ol>`;

  it('puts built nodes in order between what the template has, with no marker per node', () => {
    const host = document.createElement('div');
    render(view([a, b, c]), host);
    const ol = host.querySelector('ol')!;
    expect(texts(ol)).to.deep.equal(['before', 'a', 'b', 'c', 'after']);
    const comments = [...ol.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE);
    expect(comments.length, 'the part markers only').to.be.at.most(2);
  });

  it('leaves nodes in place when nothing changed, adds, removes and reorders when it did', () => {
    const host = document.createElement('div');
    render(view([a, b, c]), host);
    const ol = host.querySelector('ol')!;
    const seen: MutationRecord[] = [];
    const observer = new MutationObserver((records) => seen.push(...records));
    observer.observe(ol, { childList: true });
    render(view([a, b, c]), host);
    expect(observer.takeRecords(), 'an unchanged list touches nothing').to.deep.equal([]);
    render(view([a, b, c, d]), host);
    expect(texts(ol)).to.deep.equal(['before', 'a', 'b', 'c', 'd', 'after']);
    render(view([d, b]), host);
    expect(texts(ol)).to.deep.equal(['before', 'd', 'b', 'after']);
    expect(ol.children[1]).to.equal(d);
    expect(a.isConnected).to.equal(false);
    observer.disconnect();
  });

  it('gives way to a template, and comes back', () => {
    const host = document.createElement('div');
    render(view([a, b]), host);
    render(view(undefined), host);
    const ol = host.querySelector('ol')!;
    expect(texts(ol)).to.deep.equal(['before', 'template', 'after']);
    render(view([c]), host);
    expect(texts(ol)).to.deep.equal(['before', 'c', 'after']);
  });

  it('takes a node that another list holds', () => {
    const host = document.createElement('div');
    render(html`${[[a, b], [c]].map((list) => html`<ol>${nodes(list)}</ol>`)}`, host);
    render(html`${[[a], [b, c]].map((list) => html`<ol>${nodes(list)}</ol>`)}`, host);
    const [first, second] = [...host.querySelectorAll('ol')] as [HTMLOListElement, HTMLOListElement];
    expect(texts(first)).to.deep.equal(['a']);
    expect(texts(second)).to.deep.equal(['b', 'c']);
  });

  it('restores nodes something else took out of its place', () => {
    const host = document.createElement('div');
    render(view([a, b]), host);
    const ol = host.querySelector('ol')!;
    document.createElement('div').append(a);
    render(view([a, b]), host);
    expect(texts(ol)).to.deep.equal(['before', 'a', 'b', 'after']);
    render(view([a, b, c]), host);
    document.createElement('div').append(b);
    render(view([a, b, c]), host);
    expect(texts(ol)).to.deep.equal(['before', 'a', 'b', 'c', 'after']);
  });

  it('belongs in a child position only', () => {
    const host = document.createElement('div');
    expect(() => render(html`<ol class=${nodes([a])}></ol>`, host)).to.throw();
    render(nothing, host);
  });
});
