import { scoreAudit, scorePeer, scoreProject } from './benchScores';
import type { BenchQuery } from './benchWorkload';
import { latencyOf, percentile } from './latencyStats';
import { bruteForceSearch, fuseSearch } from './peerSearches';
import { SeededRandom } from '../src/hosts/sandbox/seed/seededRandom';

const queries: BenchQuery[] = [
  { name: '华兴.涂料', kind: 'dot', expected: 'duplicate', baseIndex: 0 },
  { name: '华星涂料', kind: 'homophone', expected: 'possible-duplicate', baseIndex: 0 },
  { name: '华兴美涂料', kind: 'brand-extended', expected: 'not-duplicate', baseIndex: 0 },
  { name: '雅玛西电子', kind: 'unrelated', expected: 'unrelated', baseIndex: -1 },
];

describe('scoreProject', () => {
  const score = scoreProject(queries, [
    [{ row: 0, verdict: 'duplicate' }],
    [{ row: 0, verdict: 'duplicate' }, { row: 3, verdict: 'possible-duplicate' }],
    [],
    [{ row: 5, verdict: 'possible-duplicate' }],
  ]);

  it('counts the base found with any verdict as recall, and with the expected verdict separately', () => {
    expect(score.recall).toBe(1);
    expect(score.recall_expected_verdict).toBe(0.5);
    expect(score.kinds.homophone.verdicts.duplicate).toBe(1);
  });

  it('holds every wrong duplicate verdict against precision', () => {
    expect(score.precision).toMatchObject({ duplicate_verdicts: 2, false_duplicates: 1, duplicate_precision: 0.5 });
    expect(score.precision.unrelated_any_match_rate).toBe(1);
    expect(score.precision.unrelated_false_duplicate_rate).toBe(0);
  });

  it('counts a hard negative as met when its base is not called a duplicate', () => {
    expect(score.kinds['brand-extended']).toMatchObject({ n: 1, found: 0, exact: 1 });
    expect(score.precision.hard_negative_false_duplicate_rate).toBe(0);
  });
});

describe('scorePeer and scoreAudit', () => {
  it('counts the base in the top k as found, and a found hard negative against the peer', () => {
    const score = scorePeer(queries, [[4, 0], [1], [0], []]);
    expect(score.recall).toBe(0.5);
    expect(score.hard_negative_base_returned_rate).toBe(1);
    expect(score.unrelated_any_result_rate).toBe(0);
  });

  it('finds a plant grouped with its base by the audited row of each query', () => {
    const rows = [10, 11, 12, 13];
    const score = scoreAudit(queries, rows, [
      { kind: 'duplicate', rows: [0, 10, 12] },
      { kind: 'possible-duplicate', rows: [7, 11] },
    ]);
    expect(score.duplicates_grouped_with_base).toBe(1);
    expect(score.variants_grouped_with_base).toBe(0.5);
    expect(score.hard_negatives_grouped_as_duplicate).toBe(1);
  });
});

describe('peer searches', () => {
  const names = ['深圳市格林电子有限公司', '深圳市格林电子有限责任公司', '雅玛西电子有限公司', '华兴涂料有限公司'];

  it('brute force ranks by normalized Levenshtein distance and drops what is too far', () => {
    expect(bruteForceSearch(names).topK('深圳市格林电子有限公司', 5)).toEqual([0, 1]);
    expect(bruteForceSearch(names).topK('深圳市格林电子有限公司', 1)).toEqual([0]);
    expect(bruteForceSearch(names).topK('完全不同的名字', 5)).toEqual([]);
  });

  it('fuse finds the exact name first', () => {
    expect(fuseSearch(names).topK('雅玛西电子有限公司', 5)[0]).toBe(2);
  });
});

describe('latency and randomness', () => {
  it.each([
    [0.5, 50],
    [0.99, 99],
    [1, 100],
  ])('percentile %s of 1..100 is %s (nearest rank)', (fraction, expected) => {
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), fraction)).toBe(expected);
  });

  it('summarises unsorted samples', () => {
    expect(latencyOf([3, 1, 2])).toEqual({ p50_us: 2, p99_us: 3, max_us: 3 });
  });

  it('repeats a sequence for a seed and stays in range', () => {
    const a = new SeededRandom(5);
    const b = new SeededRandom(5);
    const draws = Array.from({ length: 1000 }, () => a.int(2, 4));
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b.int(2, 4)));
    expect(new Set(draws)).toEqual(new Set([2, 3, 4]));
    expect(new SeededRandom(5).shuffled([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
