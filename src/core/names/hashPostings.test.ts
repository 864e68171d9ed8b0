import fc from 'fast-check';
import { bucketSalt, hashKey } from './keyHash';
import { HashPostings } from './hashPostings';

const salt = bucketSalt('edit');

describe('HashPostings', () => {
  test('files, finds, deletes and survives growth like a map of sets', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 40 }), fc.nat(30)), { maxLength: 400 }), (operations) => {
      const postings = new HashPostings();
      const model = new Map<number, Set<number>>();
      // Few distinct keys collide in their low bits on purpose (multiples of 4096), so probing is exercised.
      for (const [adding, key, slot] of operations) {
        const hash = key * 4096;
        if (adding) {
          postings.add(hash, slot);
          model.set(hash, (model.get(hash) ?? new Set()).add(slot));
        } else {
          postings.delete(hash, slot);
          model.get(hash)?.delete(slot);
        }
      }
      for (let key = 1; key <= 40; key++) {
        const found: number[] = [];
        postings.forEach(key * 4096, (slot) => found.push(slot));
        expect(found.sort((a, b) => a - b)).toEqual([...(model.get(key * 4096) ?? [])].sort((a, b) => a - b));
      }
    }));
  });

  test('holds many thousands of keys', () => {
    const postings = new HashPostings();
    for (let i = 0; i < 20_000; i++) postings.add(hashKey(`k${i}`, salt), i);
    let found = -1;
    postings.forEach(hashKey('k12345', salt), (slot) => (found = slot));
    expect(found).toBe(12345);
  });
});
