// A fetch the test controls, for loading states and loads that overtake each other: the page's
// requests for chosen addresses wait until the test lets them go, so a test says "while this
// is loading" or "after the older load came back" without guessing how long a server takes.

interface Gate {
  requested: PromiseWithResolvers<void>;
  released: PromiseWithResolvers<void>;
  settled: PromiseWithResolvers<void>;
}

export interface HeldFetches {
  /** Resolves once the page has asked for `url` (the request is then held). */
  requested(url: string): Promise<void>;
  /** Lets the held request for `url` go on to the server. */
  release(url: string): void;
  /**
   * Resolves once the page is done with `url` (the request was aborted or failed, or its
   * answer's body has been read), on the next task: what the page does with a small answer
   * (read it, render it) runs in microtasks, so it has happened by then.
   */
  settled(url: string): Promise<void>;
  /** Puts the page's own fetch back and lets every held request go. */
  restore(): void;
}

const resolved = (input: string) => new URL(input, document.baseURI).href;

/** Holds the page's fetches of `urls` (as written in `src`, or resolved) until released. */
export function holdFetches(...urls: string[]): HeldFetches {
  const own = Object.getOwnPropertyDescriptor(window, 'fetch');
  const original = window.fetch.bind(window);
  const gates = new Map<string, Gate>(
    urls.map((url) => [resolved(url), { requested: Promise.withResolvers(), released: Promise.withResolvers(), settled: Promise.withResolvers() }]),
  );
  const gate = (url: string): Gate => {
    const found = gates.get(resolved(url));
    if (!found) throw new Error(`${url} is not held`);
    return found;
  };

  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = resolved(input instanceof Request ? input.url : String(input));
    const held = gates.get(url);
    if (!held) return original(input, init);
    held.requested.resolve();
    try {
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      // Like the network, a held request fails as soon as the page aborts it.
      await new Promise<void>((resolve, reject) => {
        const abort = () => {
          reject(signal?.reason instanceof Error ? signal.reason : new DOMException('The request was aborted.', 'AbortError'));
        };
        if (signal?.aborted) abort();
        signal?.addEventListener('abort', abort, { once: true });
        void held.released.promise.then(resolve);
      });
      const response = await original(input, init);
      for (const method of ['arrayBuffer', 'json', 'text', 'blob'] as const) {
        const read = response[method].bind(response) as () => Promise<unknown>;
        Object.defineProperty(response, method, {
          value: () =>
            read().finally(() => {
              setTimeout(held.settled.resolve);
            }),
        });
      }
      return response;
    } catch (error) {
      setTimeout(held.settled.resolve);
      throw error;
    }
  };

  return {
    requested: (url) => gate(url).requested.promise,
    release: (url) => {
      gate(url).released.resolve();
    },
    settled: (url) => gate(url).settled.promise,
    restore: () => {
      if (own) Object.defineProperty(window, 'fetch', own);
      else delete (window as { fetch?: unknown }).fetch;
      for (const held of gates.values()) held.released.resolve();
    },
  };
}
