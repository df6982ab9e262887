import { noChange } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

/**
 * Puts nodes built elsewhere (with DOM calls) in a child position, in order, with no part
 * or marker of its own per node: a list of light items costs its elements and nothing more.
 * Nodes already in place stay put; a node that belongs elsewhere is moved; the rest of the
 * range is removed. Lit clears the range as usual when the position renders something else.
 */
class NodesDirective extends Directive {
  private _last: readonly Node[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('nodes() belongs in a child position');
  }

  // The nodes are placed in update(); render() only declares them.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  render(list: readonly Node[]) {
    return noChange;
  }

  override update(part: ChildPart, [list]: [readonly Node[]]) {
    const last = this._last;
    const parent = part.parentNode;
    const end = part.endNode;
    const first = () => (part.startNode ? part.startNode.nextSibling : parent.firstChild);
    // Unchanged, and still in place (nothing else moved a node): nothing to do.
    let walk = first();
    let same = list.length === last.length;
    for (let i = 0; same && i < list.length; i++) {
      same = list[i] === last[i] && walk === list[i];
      walk = walk?.nextSibling ?? null;
    }
    if (same && walk === end) return noChange;
    this._last = list;
    const keep = new Set(list);
    for (let node = first(); node && node !== end; ) {
      const next = node.nextSibling;
      if (!keep.has(node)) parent.removeChild(node);
      node = next;
    }
    let cursor = first();
    for (const node of list) {
      if (node === cursor) {
        cursor = cursor.nextSibling;
        continue;
      }
      parent.insertBefore(node, cursor && cursor !== end ? cursor : end);
    }
    return noChange;
  }
}

export const nodes = directive(NodesDirective);
