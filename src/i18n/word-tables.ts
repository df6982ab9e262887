/**
 * Word tables by language: English always here, every other language in a module of its own
 * that a page loads only when an element speaks it. The readers' words (`strings.ts`) and the
 * editor's form words each keep their tables in one of these.
 */
export interface WordTables<T> {
  /** The table for a language key (see `languageKey`); English until (or unless) that one is loaded. */
  get(key: string): T;
  /** Whether that language's table is here. */
  has(key: string): boolean;
  /**
   * Loads a language's table. Undefined when it is here already (or the language has none, and
   * English it is); else a promise that settles once it is here, or once loading failed
   * (offline or blocked: English, and the next call tries again).
   */
  load(key: string): Promise<void> | undefined;
}

export function wordTables<T>(english: T, loaders: Record<string, () => Promise<{ strings: T }>>): WordTables<T> {
  const tables = new Map<string, T>([['en', english]]);
  const loading = new Map<string, Promise<void>>();
  return {
    get: (key) => tables.get(key) ?? english,
    has: (key) => tables.has(key),
    load(key) {
      const loader = loaders[key];
      if (tables.has(key) || !loader) return undefined;
      let pending = loading.get(key);
      if (!pending) {
        pending = loader().then(
          (module) => {
            tables.set(key, module.strings);
          },
          () => {
            loading.delete(key);
          },
        );
        loading.set(key, pending);
      }
      return pending;
    },
  };
}
