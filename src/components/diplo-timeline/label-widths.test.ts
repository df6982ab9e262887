import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../../model/index.js';
import { when } from '../../test-support/dates.js';
import { LabelWidths } from './label-widths.js';

const events = (count: number, prefix = 'Title'): TimelineEvent[] =>
  Array.from({ length: count }, (_, i) => ({ id: `e${String(i)}`, title: `${prefix} ${String(i)}`, when: when('2019-06-20'), kind: 'meeting', actors: [] }));

describe('LabelWidths', () => {
  it('measures labels in the font they are drawn in, wider for longer text, and keeps each width', () => {
    const labels = new LabelWidths(document.body);
    const short = labels.measure('Summit');
    expect(short).to.be.greaterThan(20);
    expect(labels.measure('Summit in Hanoi ends early')).to.be.greaterThan(short * 3);
    expect(labels.measure('')).to.equal(0);
    expect(labels.measure('Summit')).to.equal(short);
  });

  it('measures thousands of new labels ahead, a slice a task, stopping when the events change', async () => {
    const labels = new LabelWidths(document.body);
    const measured: string[] = [];
    const measure = labels.measure;
    labels.measure = (text) => {
      measured.push(text);
      return measure(text);
    };
    const few = events(10);
    expect(labels.measureAhead(few, () => few), 'a few are measured when placed').to.equal(undefined);
    const many = events(2500);
    await labels.measureAhead(many, () => many);
    expect(measured).to.have.length(2500);
    expect(labels.measureAhead(many, () => many), 'nothing to do for the same events').to.equal(undefined);
    measured.length = 0;
    const others = events(5000, 'Other');
    let current: readonly TimelineEvent[] = others;
    const pending = labels.measureAhead(others, () => current);
    current = many;
    await pending;
    expect(measured.length, 'the first slice only').to.equal(2000);
  });
});
