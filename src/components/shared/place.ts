import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Placed = Record<string, string | undefined>;

/**
 * Sets an element's position (or any custom property) through the CSSOM, writing only what
 * changed since the last render: no style attribute, so strict-CSP pages are fine, and a
 * re-render that moves nothing writes nothing.
 */
class PlaceDirective extends Directive {
  private _last: Placed = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('place() belongs on an element');
  }

  // The values are read in update(); render() only declares them.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  render(values: Placed) {
    return nothing;
  }

  override update(part: ElementPart, [values]: [Placed]) {
    const { style } = part.element as HTMLElement;
    for (const name of Object.keys(this._last)) if (!(name in values)) style.removeProperty(name);
    for (const [name, value] of Object.entries(values)) {
      if (value === this._last[name]) continue;
      if (value === undefined) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    this._last = values;
    return noChange;
  }
}

export const place = directive(PlaceDirective);
