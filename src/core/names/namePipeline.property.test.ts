import fc from 'fast-check';
import { dedupeKey } from './dedupeKey';
import { NameIndex } from './nameIndex';
import { MAX_NAME_LENGTH, normalizeText } from './textNormalization';

const BRAND_CHARS = [...'华兴达通美德科信新恒盛格林雅玛西博蓝泰安宏远鑫源金鹏'];
const INDUSTRIES = ['电子', '科技', '化工', '贸易', '涂料', '五金', '塑胶', '照明', '光电', ''];
const FORMS = ['有限公司', '有限责任公司', '股份有限公司', '集团有限公司', ''];
const PLACES = ['深圳市', '广州', '广东省', '东莞市', ''];
const SEPARATORS = ['.', '/', ' ', '-', '·', '、', '_', '\\', '　', '，', '。', '*', '#', '\u200b'];

const companyName = fc.record({
  place: fc.constantFrom(...PLACES),
  brand: fc.array(fc.constantFrom(...BRAND_CHARS), { minLength: 2, maxLength: 4 }).map((c) => c.join('')),
  industry: fc.constantFrom(...INDUSTRIES),
  form: fc.constantFrom(...FORMS),
}).map(({ place, brand, industry, form }) => place + brand + industry + form);

const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), companyName);

describe('name pipeline properties', () => {
  test('never throws on any string, and keys stay bounded', () => {
    fc.assert(fc.property(anyText, (text) => {
      const key = dedupeKey(text);
      expect(key.length).toBeLessThanOrEqual(MAX_NAME_LENGTH + 20);
      new NameIndex().query(text);
    }), { numRuns: 500 });
  });

  test('normalization is idempotent', () => {
    fc.assert(fc.property(anyText, (text) => {
      const once = normalizeText(text).readable;
      expect(normalizeText(once).readable).toBe(once);
    }), { numRuns: 500 });
  });

  test('the key of a key is the key', () => {
    fc.assert(fc.property(companyName, (name) => {
      const key = dedupeKey(name);
      expect(dedupeKey(key)).toBe(key);
    }), { numRuns: 500 });
  });

  test('inserting punctuation, spaces or invisible characters never changes the key', () => {
    const withSeparators = fc.tuple(companyName, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SEPARATORS)), { maxLength: 5 }))
      .map(([name, inserts]) => {
        const chars = [...name];
        for (const [at, sep] of inserts) chars.splice(at % (chars.length + 1), 0, sep);
        return [name, chars.join('')] as const;
      });
    fc.assert(fc.property(withSeparators, ([name, tricked]) => {
      expect(dedupeKey(tricked)).toBe(dedupeKey(name));
    }), { numRuns: 1000 });
  });

  test('a separator never changes the key of any CJK text, phrase conversions (乾坤, 乾.坤) included', () => {
    expect(dedupeKey('乾.坤科技')).toBe(dedupeKey('乾坤科技'));
    const phraseSensitive = [...'乾坤隆燥著後髮發麵範幹乾淨於']; // OpenCC converts these by context
    const cjk = fc.oneof(
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code)),
      fc.constantFrom(...phraseSensitive),
    );
    const tricked = fc.tuple(
      fc.array(cjk, { minLength: 1, maxLength: 12 }),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 4 }),
    ).map(([chars, inserts]) => {
      const spaced = [...chars];
      for (const [at, sep] of inserts) spaced.splice(at % (spaced.length + 1), 0, sep);
      return [chars.join(''), spaced.join('')] as const;
    });
    fc.assert(fc.property(tricked, ([plain, spaced]) => {
      expect(normalizeText(spaced).compact).toBe(normalizeText(plain).compact);
      expect(dedupeKey(spaced)).toBe(dedupeKey(plain));
    }), { numRuns: 1000 });
  });

  test('full-width and traditional spellings give the same key', () => {
    const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(dedupeKey(toFullWidth('TCL科技(深圳)有限公司'))).toBe(dedupeKey('TCL科技(深圳)有限公司'));
    fc.assert(fc.property(companyName, (name) => {
      expect(dedupeKey(toFullWidth(name))).toBe(dedupeKey(name));
    }), { numRuns: 300 });
  });

  test('a 10,000-character name is handled and bounded', () => {
    const long = '格林电子'.repeat(2500);
    expect(() => new NameIndex().add('x', long)).not.toThrow();
    expect(dedupeKey(long).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  });
});
