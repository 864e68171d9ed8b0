/**
 * Candidate keys as 32-bit hashes instead of strings: an index of 100,000 names files about a million keys, and
 * as strings they were most of its build time, memory and garbage. A bucket is only a way to meet candidates —
 * classifyPair decides every verdict — so two keys that happen to share a hash cost one extra comparison, never a
 * wrong answer.
 */

// Polynomial hash over UTF-16 code units (odd multiplier, mod 2^32), mixed at the end so the low bits spread.
const BASE = 0x01000193;
const LENGTH_MIX = 0x9e3779b1 | 0;

/** Mixes a finished polynomial hash with the key's length and its bucket's salt; never 0 (the empty slot). */
function finish(polynomial: number, length: number, salt: number): number {
  let h = (polynomial + Math.imul(length, LENGTH_MIX)) ^ salt;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/** The hash of `text` in the bucket salted `salt`. */
export function hashKey(text: string, salt: number): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return finish(h, text.length, salt);
}

// A key fed in pieces (pinyin syllables), hashed exactly as their concatenation would be, without building it.
let pieceHash = 0;
let pieceLength = 0;

export function startKey(): void {
  pieceHash = 0;
  pieceLength = 0;
}

export function feedKey(text: string): void {
  let h = pieceHash;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  pieceHash = h;
  pieceLength += text.length;
}

export function finishKey(salt: number): number {
  return finish(pieceHash, pieceLength, salt);
}

/** A salt per bucket, so equal texts in two buckets (a brand and a core) are two keys. */
export function bucketSalt(bucket: string): number {
  return hashKey(bucket, 0x2545f491);
}

// Scratch arrays reused across calls: prefix hashes and the suffix sums of the text being deleted from.
let prefix = new Int32Array(64);
let suffix = new Int32Array(64);
let power = new Int32Array(64);

/**
 * Calls `visit` with the hash of `text` with its i-th code unit deleted, for every i from `from`, as hashKey would
 * give for the shorter text — without building any of those strings. Equal neighbours (格林林) give one key once.
 */
export function visitDeletionHashes(text: string, from: number, salt: number, visit: (hash: number) => void): void {
  const n = text.length;
  if (prefix.length <= n) {
    prefix = new Int32Array(n * 2);
    suffix = new Int32Array(n * 2);
    power = new Int32Array(n * 2);
  }
  power[0] = 1;
  prefix[0] = 0;
  for (let i = 0; i < n; i++) {
    power[i + 1] = Math.imul(power[i], BASE);
    prefix[i + 1] = (Math.imul(prefix[i], BASE) + text.charCodeAt(i)) | 0;
  }
  // suffix[j] = Σ_{k ≥ j} text[k]·BASE^(n-1-k)
  suffix[n] = 0;
  for (let j = n - 1; j >= 0; j--) suffix[j] = (suffix[j + 1] + Math.imul(text.charCodeAt(j), power[n - 1 - j])) | 0;
  for (let i = from; i < n; i++) {
    if (i > from && text.charCodeAt(i) === text.charCodeAt(i - 1)) continue;
    visit(finish((Math.imul(prefix[i], power[n - 1 - i]) + suffix[i + 1]) | 0, n - 1, salt));
  }
}
