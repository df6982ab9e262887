// Loaded before every test file (web-test-runner.config.mjs, testRunnerHtml). web-test-runner
// sends a failed test's `actual` and `expected` to the server through structuredClone, which
// throws on a DOM node (`expect(element).to.equal(null)`): the file's results are then never
// sent, and the run waits for them until its 10-minute timeout instead of naming the failure.
// So a chai assertion that fails with such a value says what the value was, in words.
// The side-effect-free entry: the main one registers its fixture clean-up with mocha's
// afterEach, which does not exist yet when this module runs.
// (Its types leave `chai` out; the main entry's describe it, and a type import runs nothing.)
import type { chai as Chai } from '@open-wc/testing';
import * as pure from '@open-wc/testing/pure';

const { chai } = pure as unknown as { chai: typeof Chai };

function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

/** `<span class="unexported">…`, or the value as text. */
function described(value: unknown): string {
  if (value instanceof Element) return value.outerHTML.length > 300 ? `${value.outerHTML.slice(0, 300)}…` : value.outerHTML;
  if (value instanceof Node) return `${value.nodeName} ${JSON.stringify(value.textContent?.slice(0, 200) ?? '')}`;
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

chai.use((api) => {
  const prototype = api.Assertion.prototype as unknown as { assert: (...args: unknown[]) => void };
  const assert = prototype.assert;
  prototype.assert = function (this: unknown, ...args: unknown[]) {
    try {
      assert.apply(this, args);
    } catch (error) {
      if (error && typeof error === 'object') {
        const fields = error as Record<string, unknown>;
        for (const key of ['actual', 'expected']) if (key in fields && !cloneable(fields[key])) fields[key] = described(fields[key]);
      }
      throw error;
    }
  };
});
