// The one wait on a clock the tests keep, for showing that something does NOT happen: a
// hostile payload's handler (an image's onerror, a script a hydration might run) fires on a
// later task if at all, and there is no event for "nothing ran". Anything a test expects to
// happen it awaits as a condition instead.
import { nextFrame } from '@open-wc/testing';

/** A frame, then a short moment: long enough for a local error event, short enough to add up. */
export async function settle(): Promise<void> {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 50));
}
