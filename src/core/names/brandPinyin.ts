import { pinyin } from 'pinyin-pro';

/**
 * Toneless pinyin syllables of a brand, as pinyin-pro reads the whole brand. pinyin-pro segments by phrase for
 * characters with several readings (长虹 chang hong); a brand without such a character reads as its characters do
 * one by one, so most brands are read from a per-character table and only the rest ask pinyin-pro (cached).
 */
export function brandPinyinOf(brand: string): readonly string[] {
  for (let i = 0; i < brand.length; i++) if (singleReading(brand.charCodeAt(i)) === null) return wholeReading(brand);
  // Exact-size: a parsed name lives as long as the register.
  const syllables = new Array<string>(brand.length);
  for (let i = 0; i < brand.length; i++) syllables[i] = singleReading(brand.charCodeAt(i))!;
  return syllables;
}

const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
/** Per CJK character: undefined not read yet, null several readings, else its one toneless reading. */
const readings: (string | null | undefined)[] = new Array(CJK_LAST - CJK_FIRST + 1);

function singleReading(code: number): string | null {
  if (code < CJK_FIRST || code > CJK_LAST) return null;
  let reading = readings[code - CJK_FIRST];
  if (reading === undefined) {
    const all = new Set(pinyin(String.fromCharCode(code), { toneType: 'none', type: 'array', multiple: true, v: true }));
    reading = all.size === 1 ? [...all][0] : null;
    readings[code - CJK_FIRST] = reading;
  }
  return reading;
}

// Brands with a many-reading character recur (长城 in every trade): read each once; bounded so a stream of unique
// brands cannot grow it forever.
const wholeReadings = new Map<string, string[]>();
const MAX_WHOLE_READINGS = 50_000;

function wholeReading(brand: string): string[] {
  let read = wholeReadings.get(brand);
  if (!read) {
    if (wholeReadings.size >= MAX_WHOLE_READINGS) wholeReadings.clear();
    read = pinyin(brand, { toneType: 'none', type: 'array', v: true });
    wholeReadings.set(brand, read);
  }
  return read;
}
