/**
 * WPS embeds an older Chromium than current browsers. The WPS bundles are compiled for Chromium 69 (esbuild
 * lowers newer syntax), and this module supplies the few newer built-ins the add-in's own code calls, only
 * where they are missing. crypto.randomUUID and structuredClone are not among them: the WPS code never calls
 * them (the build test checks the bundles).
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

function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

/** Installs what the page lacks; a current Chromium is left untouched. */
export function installOlderChromiumShims(): void {
  define(Object, 'fromEntries', fromEntries);
  define(String.prototype, 'matchAll', function matchAllShim(this: string, pattern: RegExp) { return matchAll(String(this), pattern); });
  define(Array.prototype, 'at', function atShim(this: unknown[], index: number) { return at(this, index); });
}
