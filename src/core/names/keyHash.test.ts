import fc from 'fast-check';
import { bucketSalt, feedKey, finishKey, hashKey, startKey, visitDeletionHashes } from './keyHash';

const salt = bucketSalt('edit');

function deletionHashes(text: string, from = 0): number[] {
  const hashes: number[] = [];
  visitDeletionHashes(text, from, salt, (h) => hashes.push(h));
  return hashes;
}

describe('key hashes', () => {
  test('a deletion hash is the hash of the shorter text, each distinct deletion once', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.nat(5), (text, from) => {
      const expected = [...new Set(Array.from({ length: Math.max(0, text.length - from) }, (_, k) => {
        const i = k + from;
        return text.slice(0, i) + text.slice(i + 1);
      }))].map((t) => hashKey(t, salt));
      expect(deletionHashes(text, from)).toEqual(expected);
    }));
  });

  test('a key fed in pieces hashes as its concatenation', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 6 }), (pieces) => {
      startKey();
      pieces.forEach(feedKey);
      expect(finishKey(salt)).toBe(hashKey(pieces.join(''), salt));
    }));
  });

  test('two buckets hash one text apart, and no hash is 0 (the empty place)', () => {
    expect(hashKey('格林电子', bucketSalt('core'))).not.toBe(hashKey('格林电子', bucketSalt('brand')));
    expect(hashKey('', bucketSalt('core'))).not.toBe(0);
  });
});
