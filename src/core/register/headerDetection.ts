import { message, type Message } from '../../i18n/message';
import type { CellValue } from './cellValue';
import { HEADER_SYNONYMS } from './headerSynonyms';
import type { FieldColumns, RegisterField } from './registerSchema';

/** How many rows from the top are searched for the header (titles and notes often sit above it). */
export const HEADER_SEARCH_ROWS = 20;

export interface HeaderMatch {
  columnIndex: number;
  header: string;
  field: RegisterField;
  /** True when the header is a known synonym; false when only its head word or leading word matched. */
  exact: boolean;
}

export interface UnmappedHeader {
  columnIndex: number;
  header: string;
  /** The field this header resembles when a better-matching column already took it, else null. */
  takenField: RegisterField | null;
}

export interface HeaderDetection {
  /** 0-based index into the rows given, or null when no row looks like a header. */
  headerRowIndex: number | null;
  matches: HeaderMatch[];
  /** Field → column index, ready for rowToRecord's `columns`. */
  columns: FieldColumns;
  unmapped: UnmappedHeader[];
  /** Share of the header's non-empty cells understood (an exact synonym counts 1, a partial match ½); 0
   *  when there is no name column, because the register cannot be adopted without one. */
  confidence: number;
  /** Set when no customer-name column was found. */
  error: Message | null;
}

const BRACKETED = /[([【〔《<][^)\]】〕》>]*[)\]】〕》>]/g;
const SEPARATORS = /[\s\p{P}\p{S}]+/u;
const LATIN = /^[a-z0-9]$/;

/** Header words as a list: NFKC (full-width → half-width), lower case, bracketed notes such as （必填）
 *  dropped, and split on spaces, punctuation and symbols (so 客 户 名 称*, Sales-Rep and sales_rep all read alike). */
function headerWords(text: string): string[] {
  const folded = text.normalize('NFKC').toLowerCase();
  const unbracketed = folded.replace(BRACKETED, ' ');
  const source = unbracketed.replace(SEPARATORS, '') === '' ? folded : unbracketed;
  return source.split(SEPARATORS).filter((w) => w !== '');
}

export function normalizeHeader(text: string): string {
  return headerWords(text).join('');
}

const exactField = new Map<string, RegisterField>();
const partialSynonyms: { word: string; field: RegisterField }[] = [];
for (const [field, words] of Object.entries(HEADER_SYNONYMS) as [RegisterField, readonly string[]][]) {
  for (const word of words) {
    const key = normalizeHeader(word);
    if (!exactField.has(key)) exactField.set(key, field);
    // Too-short words would match inside unrelated headers: 组 in 组织, "rep" in "report".
    if ([...key].length >= (/^[a-z0-9]+$/.test(key) ? 4 : 2)) partialSynonyms.push({ word: key, field });
  }
}

/** Tails that leave a header's meaning unchanged: 客户名, 业务员姓名, 电话2, Sales Rep Name. */
const NEUTRAL_TAILS = new Set(['名', '名称', '姓名', '全称', '简称', '信息', '人员', '号', '号码', 'name', 'names', 'no', 'number']);

/** Positions where a header may be split: anywhere next to a Chinese character, between Latin words only. */
function splitPoints(words: readonly string[]): Set<number> {
  const joined = words.join('');
  const points = new Set<number>();
  let offset = 0;
  for (const word of words) {
    points.add(offset);
    offset += word.length;
  }
  for (let i = 1; i < joined.length; i++) {
    if (!LATIN.test(joined[i - 1]) || !LATIN.test(joined[i])) points.add(i);
  }
  points.delete(0);
  return points;
}

/** The one field a set of candidates points to: the longest word wins; a tie between fields is no answer. */
function longest(candidates: { word: string; field: RegisterField }[]): RegisterField | null {
  if (candidates.length === 0) return null;
  const best = Math.max(...candidates.map((c) => c.word.length));
  const fields = new Set(candidates.filter((c) => c.word.length === best).map((c) => c.field));
  return fields.size === 1 ? [...fields][0] : null;
}

/**
 * The field a header names. Exact synonyms first; then the head word at the end (最近拜访日期, Company Phone —
 * in Chinese it must cover more than half the header, so 是否合作 is not a 合作日期); then a known word followed
 * by a neutral tail (业务员姓名). Anything else is left unmapped rather than guessed.
 */
export function matchHeader(text: string): { field: RegisterField; exact: boolean } | null {
  const words = headerWords(text);
  const key = words.join('');
  if (key === '') return null;
  const exact = exactField.get(key);
  if (exact) return { field: exact, exact: true };

  const points = splitPoints(words);
  const suffixes = partialSynonyms.filter(({ word }) => {
    const at = key.length - word.length;
    if (at <= 0 || !points.has(at) || !key.endsWith(word)) return false;
    return LATIN.test(key[at]) || word.length * 2 > key.length;
  });
  const bySuffix = longest(suffixes);
  if (bySuffix) return { field: bySuffix, exact: false };

  const prefixes = partialSynonyms.filter(({ word }) => {
    const tail = key.slice(word.length);
    return key.startsWith(word) && points.has(word.length) && (NEUTRAL_TAILS.has(tail) || /^\d+$/.test(tail));
  });
  const byPrefix = longest(prefixes);
  return byPrefix ? { field: byPrefix, exact: false } : null;
}

interface RowReading {
  matches: HeaderMatch[];
  unmapped: UnmappedHeader[];
  score: number;
  filled: number;
}

/** Maps one candidate row; when two columns name the same field, the exact one (then the leftmost) wins. */
function readHeaderRow(row: readonly CellValue[]): RowReading {
  const winners = new Map<RegisterField, HeaderMatch>();
  const unmapped: UnmappedHeader[] = [];
  let filled = 0;
  row.forEach((cell, columnIndex) => {
    const header = cell === null ? '' : String(cell).trim();
    if (header === '') return;
    filled++;
    const match = matchHeader(header);
    if (!match) return unmapped.push({ columnIndex, header, takenField: null });
    const current = winners.get(match.field);
    const candidate = { columnIndex, header, ...match };
    if (current && (current.exact || !candidate.exact)) {
      unmapped.push({ columnIndex, header, takenField: match.field });
    } else {
      if (current) unmapped.push({ columnIndex: current.columnIndex, header: current.header, takenField: match.field });
      winners.set(match.field, candidate);
    }
  });
  const matches = [...winners.values()].sort((a, b) => a.columnIndex - b.columnIndex);
  const score = matches.reduce((sum, m) => sum + (m.exact ? 1 : 0.5), 0);
  unmapped.sort((a, b) => a.columnIndex - b.columnIndex);
  return { matches, unmapped, score, filled };
}

const hasName = (reading: RowReading) => reading.matches.some((m) => m.field === 'name');

/**
 * Finds the header row of a team's existing sheet (SPEC §3, adopting a sheet) among its first rows and maps
 * its columns to register fields. The row with a customer-name column and the most recognised headers wins;
 * title rows above it and data rows below it recognise little.
 */
export function detectHeader(rows: readonly (readonly CellValue[])[], searchRows = HEADER_SEARCH_ROWS): HeaderDetection {
  let bestIndex: number | null = null;
  let best: RowReading | null = null;
  for (const [index, row] of rows.slice(0, searchRows).entries()) {
    const reading = readHeaderRow(row);
    if (reading.score === 0) continue;
    const better = !best
      || (hasName(reading) && !hasName(best))
      || (hasName(reading) === hasName(best) && reading.score > best.score);
    if (better) {
      bestIndex = index;
      best = reading;
    }
  }

  const error = best && hasName(best)
    ? null
    : message('register.headerNoNameColumn', { rows: Math.min(rows.length, searchRows) });
  if (!best) return { headerRowIndex: null, matches: [], columns: {}, unmapped: [], confidence: 0, error };
  const { matches, unmapped, score, filled } = best;
  return {
    headerRowIndex: bestIndex,
    matches,
    columns: Object.fromEntries(matches.map((m) => [m.field, m.columnIndex])),
    unmapped,
    confidence: error ? 0 : score / filled,
    error,
  };
}
