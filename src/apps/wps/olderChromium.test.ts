import { at, fromEntries, matchAll } from './olderChromium';

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
