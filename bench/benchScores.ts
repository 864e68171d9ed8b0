import type { BenchQuery } from './benchWorkload';
import type { Verdict } from './plantedNames';

/** One match the project returned, by register row. */
export interface VerdictMatch {
  row: number;
  verdict: Verdict;
}

/** One group the project's audit found, by row of the audited list. */
export interface VerdictGroup {
  kind: Verdict;
  rows: readonly number[];
}

type VerdictOrNone = Verdict | 'none';

export interface KindScore {
  expected: string;
  n: number;
  /** The base came back (project: with any verdict; peers: in the top k). */
  found: number;
  /** The expectation was met: the base came back with the expected verdict, or (hard negatives) was not called a
   *  duplicate. Project only. */
  exact: number;
  /** What the base was called, 'none' when it did not come back (project only). */
  verdicts: Record<VerdictOrNone, number>;
}

export interface ProjectScore {
  /** Share of planted names (hard negatives excluded) whose base came back with any verdict. */
  recall: number;
  recall_expected_verdict: number;
  precision: {
    duplicate_verdicts: number;
    false_duplicates: number;
    /** Correct 'duplicate' verdicts over all 'duplicate' verdicts given, on every query. */
    duplicate_precision: number;
    hard_negative_false_duplicate_rate: number;
    unrelated_false_duplicate_rate: number;
    unrelated_any_match_rate: number;
  };
  kinds: Record<string, KindScore>;
}

export interface PeerScore {
  recall: number;
  /** Share of hard negatives whose base the peer ranks in its top k: it cannot tell 美的 from 美的美. */
  hard_negative_base_returned_rate: number;
  unrelated_any_result_rate: number;
  kinds: Record<string, { n: number; found: number }>;
}

export interface AuditScore {
  groups: number;
  /** Share of 'duplicate' plants in a 'duplicate' group with their base. */
  duplicates_grouped_with_base: number;
  /** Share of plants (hard negatives excluded) in any group with their base, and in one of the expected kind. */
  variants_grouped_with_base: number;
  variants_grouped_expected_kind: number;
  hard_negatives_grouped_as_duplicate: number;
  /** Per kind: plants grouped with their base at all, and whose expectation was met (as in KindScore.exact). */
  kinds: Record<string, { n: number; grouped: number; exact: number }>;
}

export function isVerdict(expected: string): expected is Verdict {
  return expected === 'duplicate' || expected === 'possible-duplicate' || expected === 'branch';
}

/** Hard negatives: other companies that must not be called the same customer ('none': not even warned about). */
function isHardNegative(expected: string): boolean {
  return expected === 'not-duplicate' || expected === 'none';
}

function meetsExpectation(expected: string, verdict: Verdict | undefined): boolean {
  if (expected === 'none') return verdict === undefined;
  if (expected === 'not-duplicate') return verdict !== 'duplicate';
  return verdict === expected;
}

function rate(part: number, whole: number): number {
  return whole === 0 ? Number.NaN : Math.round((part / whole) * 10000) / 10000;
}

function emptyKind(expected: string): KindScore {
  return { expected, n: 0, found: 0, exact: 0, verdicts: { duplicate: 0, 'possible-duplicate': 0, branch: 0, none: 0 } };
}

export function scoreProject(queries: readonly BenchQuery[], results: readonly (readonly VerdictMatch[])[]): ProjectScore {
  const kinds: Record<string, KindScore> = {};
  let planted = 0, found = 0, exact = 0;
  let duplicateVerdicts = 0, falseDuplicates = 0;
  let hardNegatives = 0, hardNegativeDuplicates = 0;
  let unrelated = 0, unrelatedDuplicates = 0, unrelatedMatches = 0;

  queries.forEach((query, index) => {
    const matches = results[index];
    for (const match of matches) {
      if (match.verdict !== 'duplicate') continue;
      duplicateVerdicts++;
      if (!(query.expected === 'duplicate' && match.row === query.baseIndex)) falseDuplicates++;
    }
    const anyDuplicate = matches.some((m) => m.verdict === 'duplicate');
    if (query.expected === 'unrelated') {
      unrelated++;
      if (anyDuplicate) unrelatedDuplicates++;
      if (matches.length > 0) unrelatedMatches++;
      return;
    }
    const kind = (kinds[query.kind] ??= emptyKind(query.expected));
    const baseMatch = matches.find((m) => m.row === query.baseIndex);
    kind.n++;
    kind.verdicts[baseMatch?.verdict ?? 'none']++;
    if (baseMatch) kind.found++;
    if (meetsExpectation(query.expected, baseMatch?.verdict)) kind.exact++;
    if (isHardNegative(query.expected)) {
      hardNegatives++;
      if (anyDuplicate) hardNegativeDuplicates++;
      return;
    }
    planted++;
    if (baseMatch) found++;
    if (baseMatch?.verdict === query.expected) exact++;
  });

  return {
    recall: rate(found, planted),
    recall_expected_verdict: rate(exact, planted),
    precision: {
      duplicate_verdicts: duplicateVerdicts,
      false_duplicates: falseDuplicates,
      duplicate_precision: rate(duplicateVerdicts - falseDuplicates, duplicateVerdicts),
      hard_negative_false_duplicate_rate: rate(hardNegativeDuplicates, hardNegatives),
      unrelated_false_duplicate_rate: rate(unrelatedDuplicates, unrelated),
      unrelated_any_match_rate: rate(unrelatedMatches, unrelated),
    },
    kinds,
  };
}

export function scorePeer(queries: readonly BenchQuery[], results: readonly (readonly number[])[]): PeerScore {
  const kinds: Record<string, { n: number; found: number }> = {};
  let planted = 0, found = 0, hardNegatives = 0, hardNegativeHits = 0, unrelated = 0, unrelatedHits = 0;
  queries.forEach((query, index) => {
    const rows = results[index];
    if (query.expected === 'unrelated') {
      unrelated++;
      if (rows.length > 0) unrelatedHits++;
      return;
    }
    const hit = rows.includes(query.baseIndex);
    const kind = (kinds[query.kind] ??= { n: 0, found: 0 });
    kind.n++;
    if (hit) kind.found++;
    if (isHardNegative(query.expected)) {
      hardNegatives++;
      if (hit) hardNegativeHits++;
    } else {
      planted++;
      if (hit) found++;
    }
  });
  return {
    recall: rate(found, planted),
    hard_negative_base_returned_rate: rate(hardNegativeHits, hardNegatives),
    unrelated_any_result_rate: rate(unrelatedHits, unrelated),
    kinds,
  };
}

/** Scores an audit of `auditRowOfQuery`-mapped plants against their bases (base row = baseIndex). */
export function scoreAudit(
  queries: readonly BenchQuery[],
  auditRowOfQuery: readonly number[],
  groups: readonly VerdictGroup[],
): AuditScore {
  const groupsOfRow = new Map<number, VerdictGroup[]>();
  for (const group of groups) {
    for (const row of group.rows) {
      const list = groupsOfRow.get(row) ?? [];
      list.push(group);
      groupsOfRow.set(row, list);
    }
  }
  const kinds: Record<string, { n: number; grouped: number; exact: number }> = {};
  let duplicates = 0, duplicatesGrouped = 0, planted = 0, grouped = 0, exact = 0;
  let hardNegatives = 0, hardNegativesAsDuplicate = 0;

  queries.forEach((query, index) => {
    if (query.expected === 'unrelated') return;
    const shared = (groupsOfRow.get(auditRowOfQuery[index]) ?? []).filter((g) => g.rows.includes(query.baseIndex));
    const kind = (kinds[query.kind] ??= { n: 0, grouped: 0, exact: 0 });
    const withExpected = shared.some((g) => g.kind === query.expected);
    const asDuplicate = shared.some((g) => g.kind === 'duplicate');
    kind.n++;
    if (shared.length > 0) kind.grouped++;
    if (query.expected === 'none' ? shared.length === 0 : query.expected === 'not-duplicate' ? !asDuplicate : withExpected) kind.exact++;
    if (isHardNegative(query.expected)) {
      hardNegatives++;
      if (asDuplicate) hardNegativesAsDuplicate++;
      return;
    }
    planted++;
    if (shared.length > 0) grouped++;
    if (withExpected) exact++;
    if (query.expected === 'duplicate') {
      duplicates++;
      if (withExpected) duplicatesGrouped++;
    }
  });

  return {
    groups: groups.length,
    duplicates_grouped_with_base: rate(duplicatesGrouped, duplicates),
    variants_grouped_with_base: rate(grouped, planted),
    variants_grouped_expected_kind: rate(exact, planted),
    hard_negatives_grouped_as_duplicate: rate(hardNegativesAsDuplicate, hardNegatives),
    kinds,
  };
}
