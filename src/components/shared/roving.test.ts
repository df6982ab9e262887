import { expect } from '@open-wc/testing';
import { rovingTarget } from './roving.js';

describe('rovingTarget', () => {
  it('moves by one, to the ends and by pages, never past either end', () => {
    expect(rovingTarget('ArrowDown', 3, 10)).to.equal(4);
    expect(rovingTarget('ArrowRight', 3, 10)).to.equal(4);
    expect(rovingTarget('ArrowUp', 3, 10)).to.equal(2);
    expect(rovingTarget('ArrowLeft', 0, 10)).to.equal(0);
    expect(rovingTarget('Home', 7, 10)).to.equal(0);
    expect(rovingTarget('End', 2, 10)).to.equal(9);
    expect(rovingTarget('PageDown', 7, 10)).to.equal(9);
    expect(rovingTarget('PageUp', 7, 10)).to.equal(2);
    expect(rovingTarget('ArrowDown', 9, 10)).to.equal(9);
  });

  it('runs right to left when time does', () => {
    expect(rovingTarget('ArrowLeft', 3, 10, { later: 'ArrowLeft' })).to.equal(4);
    expect(rovingTarget('ArrowRight', 3, 10, { later: 'ArrowLeft' })).to.equal(2);
    expect(rovingTarget('ArrowDown', 3, 10, { later: 'ArrowLeft' })).to.equal(4);
  });

  it('leaves other keys alone, and an empty list', () => {
    expect(rovingTarget('Enter', 3, 10)).to.equal(undefined);
    expect(rovingTarget('a', 3, 10)).to.equal(undefined);
    expect(rovingTarget('End', 0, 0)).to.equal(undefined);
  });
});
