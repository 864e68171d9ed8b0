/**
 * The built-ins newer than the engines the bundles are compiled for (WPS: Chromium 69; Excel: the oldest
 * supported webview, see docs/excel.md) that our code or a dependency calls. esbuild lowers newer syntax but
 * adds no built-ins, so each is supplied here, only where missing. `installOlderEngineShims` is the first
 * module of every entry (webpack.config.js), and the build test (test/hosts/bundleGates.test.ts) lists which
 * built-ins the bundles may use because of it.
 */

/** Object.fromEntries (Chromium 73). */
export function fromEntries<T>(entries: Iterable<readonly [PropertyKey, T]>): Record<PropertyKey, T> {
  const object: Record<PropertyKey, T> = {};
  for (const [key, value] of entries) object[key] = value;
  return object;
}

/** String.prototype.matchAll (Chromium 73): every match of a global pattern, with its index. */
export function* matchAll(text: string, pattern: RegExp): IterableIterator<RegExpExecArray> {
  if (!pattern.global) throw new TypeError('matchAll needs a global RegExp');
  const copy = new RegExp(pattern.source, pattern.flags);
  for (let match = copy.exec(text); match; match = copy.exec(text)) {
    yield match;
    if (match[0] === '') copy.lastIndex += 1;
  }
}

/** Array.prototype.at (Chromium 92). */
export function at<T>(array: ArrayLike<T>, index: number): T | undefined {
  const i = Math.trunc(index) || 0;
  const position = i < 0 ? array.length + i : i;
  return position >= 0 && position < array.length ? array[position] : undefined;
}

/** Array.prototype.findLastIndex (Chromium 97). */
export function findLastIndex<T>(array: ArrayLike<T>, test: (value: T, index: number) => unknown): number {
  for (let i = array.length - 1; i >= 0; i -= 1) if (test(array[i], i)) return i;
  return -1;
}

/**
 * WeakRef (Chromium 84), used by keyborg (Fluent UI's keyboard tracking) without a check. Without a garbage
 * collector hook the stand-in holds its target strongly: a few focus targets stay alive longer, nothing breaks.
 */
export class StrongRef<T extends object> {
  constructor(private readonly target: T) {}

  deref(): T {
    return this.target;
  }
}

/** FinalizationRegistry (Chromium 84): without WeakRef nothing is ever collected, so nothing is ever called. */
export class NeverFinalizing {
  register(): void {}

  unregister(): boolean {
    return false;
  }
}

function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

/** The page's global object; `globalThis` itself is one of the missing built-ins (Chromium 71). */
function pageGlobal(): object {
  return typeof self !== 'undefined' ? self : (Function('return this')() as object);
}

/** Installs what the page lacks; a current engine is left untouched. */
export function installOlderEngineShims(global: object = pageGlobal()): void {
  define(global, 'globalThis', global);
  define(global, 'WeakRef', StrongRef);
  define(global, 'FinalizationRegistry', NeverFinalizing);
  define(Object, 'fromEntries', fromEntries);
  define(String.prototype, 'matchAll', function matchAllShim(this: string, pattern: RegExp) { return matchAll(String(this), pattern); });
  define(Array.prototype, 'at', function atShim(this: unknown[], index: number) { return at(this, index); });
  define(Array.prototype, 'findLastIndex', function findLastIndexShim(this: unknown[], test: (value: unknown, index: number) => unknown) {
    return findLastIndex(this, test);
  });
  define(Array.prototype, 'findLast', function findLastShim(this: unknown[], test: (value: unknown, index: number) => unknown) {
    const index = findLastIndex(this, test);
    return index < 0 ? undefined : this[index];
  });
}
