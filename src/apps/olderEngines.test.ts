import { at, findLastIndex, fromEntries, installOlderEngineShims, matchAll } from './olderEngines';

// Each stand-in must agree with the built-in it replaces on an older Chromium.
test('fromEntries builds the same object as Object.fromEntries', () => {
  const entries: [string, number][] = [['a', 1], ['b', 2], ['a', 3]];
  expect(fromEntries(entries)).toEqual(Object.fromEntries(entries));
  expect(fromEntries(new Map([['k', 'v']]))).toEqual({ k: 'v' });
});

test.each([
  ['第 {page} 页 / 共 {pages} 页', /\{(\w+)\}/g],
  ['aaa', /a*/g],
  ['no match', /x/g],
])('matchAll gives the matches, groups and indexes String.prototype.matchAll does: %s', (text, pattern) => {
  const ours = [...matchAll(text, pattern)].map((m) => [[...m], m.index]);
  const native = [...text.matchAll(pattern)].map((m) => [[...m], m.index]);
  expect(ours).toEqual(native);
});

test('matchAll refuses a non-global pattern, as the built-in does', () => {
  expect(() => [...matchAll('a', /a/)]).toThrow(TypeError);
});

test.each([0, 2, -1, -3, 3, -4, 1.7])('at(%d) agrees with Array.prototype.at', (index) => {
  const list = ['a', 'b', 'c'];
  expect(at(list, index)).toBe(list.at(index));
});

test('findLastIndex finds the last match, as Array.prototype.findLastIndex does', () => {
  const list = [1, 4, 2, 4, 3];
  for (const wanted of [4, 1, 3, 9]) expect(findLastIndex(list, (n) => n === wanted)).toBe(list.lastIndexOf(wanted));
});

test('installs every missing built-in on an engine without them, and leaves a current one alone', () => {
  const bare: Record<string, unknown> = {};
  installOlderEngineShims(bare);
  expect(bare.globalThis).toBe(bare);
  const target = { id: 1 };
  const ref = new (bare.WeakRef as typeof WeakRef)(target);
  expect(ref.deref()).toBe(target);
  const registry = new (bare.FinalizationRegistry as typeof FinalizationRegistry)(() => undefined);
  expect(() => registry.register(target, 'held')).not.toThrow();

  const current: Record<string, unknown> = { WeakRef, FinalizationRegistry, globalThis };
  installOlderEngineShims(current);
  expect([current.WeakRef, current.FinalizationRegistry, current.globalThis]).toEqual([WeakRef, FinalizationRegistry, globalThis]);
});
