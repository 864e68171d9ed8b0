import { randomUuid } from './randomUuid';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('is a well-formed version-4 UUID whatever the random bytes', () => {
  expect(randomUuid((b) => b.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  expect(randomUuid((b) => b.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
  expect(randomUuid()).toMatch(V4);
});

test('does not repeat', () => {
  const ids = new Set(Array.from({ length: 1_000 }, () => randomUuid()));
  expect(ids.size).toBe(1_000);
});
