import { bgrOf } from './bgrColor';

test.each([
  ['#FF0000', 0x0000ff],
  ['#0000FF', 0xff0000],
  ['#FFC7CE', 0xcec7ff],
  ['#ffeb9c', 0x9cebff],
  ['#000000', 0],
] as const)('%s is the BGR long %i', (hex, bgr) => {
  expect(bgrOf(hex)).toBe(bgr);
});
