import type { Message } from '../../i18n/message';
import { CandidateIndex } from './candidateIndex';
import { classifyPair, type PairVerdict, type Verdict } from './classifyPair';
import { VERDICT_RANK } from './nameIndex';
import { parseCompanyName } from './parseCompanyName';
import { UnionFind } from './unionFind';

export interface AuditGroup {
  kind: Verdict;
  /** 0-based positions in the audited list, ascending. */
  rows: number[];
  /** The most telling reason; `reasons` has the distinct reasons found in the group. */
  reason: Message;
  reasons: Message[];
}

interface Edge {
  kind: Verdict;
  a: number;
  b: number;
  reasons: Message[];
}

const KINDS: Verdict[] = ['duplicate', 'branch', 'possible-duplicate'];
const MAX_REASONS = 3;

/**
 * Finds every group of names that are one customer (同一客户), branches of one (关联公司) or possibly one
 * (疑似重复). Each name meets only its index candidates, never the whole list, so 100,000 names take seconds.
 */
export function auditNames(names: readonly string[]): AuditGroup[] {
  // Each name is parsed once; its row is its slot, so candidates need no id look-ups.
  const index = new CandidateIndex();
  names.forEach((name, row) => index.add(row, parseCompanyName(name)));

  const edges: Edge[] = [];
  const found: { b: number; verdict: PairVerdict }[] = [];
  for (let a = 0; a < names.length; a++) {
    const parsed = index.parsedAt(a)!;
    found.length = 0;
    // Each pair once: only rows after this one (candidates come ascending).
    for (const b of index.candidates(parsed)) {
      if (b <= a) continue;
      const verdict = classifyPair(parsed, index.parsedAt(b)!);
      if (verdict) found.push({ b, verdict });
    }
    found.sort((x, y) => VERDICT_RANK[x.verdict.verdict] - VERDICT_RANK[y.verdict.verdict] || y.verdict.score - x.verdict.score || x.b - y.b);
    for (const { b, verdict } of found) edges.push({ kind: verdict.verdict, a, b, reasons: verdict.reasons });
  }
  const sameCustomer = new UnionFind(names.length);
  for (const e of edges) if (e.kind === 'duplicate') sameCustomer.union(e.a, e.b);
  // Two spellings of one customer are not also each other's branch or possible duplicate.
  const kept = edges.filter((e) => e.kind === 'duplicate' || sameCustomer.find(e.a) !== sameCustomer.find(e.b));

  return KINDS.flatMap((kind) => groupEdges(kind, kept.filter((e) => e.kind === kind), names.length))
    .sort((x, y) => x.rows[0] - y.rows[0] || KINDS.indexOf(x.kind) - KINDS.indexOf(y.kind));
}

function groupEdges(kind: Verdict, edges: Edge[], n: number): AuditGroup[] {
  const set = new UnionFind(n);
  for (const e of edges) set.union(e.a, e.b);
  const groups = new Map<number, { rows: Set<number>; reasons: Message[] }>();
  for (const e of edges) {
    const root = set.find(e.a);
    const group = groups.get(root) ?? { rows: new Set<number>(), reasons: [] };
    group.rows.add(e.a).add(e.b);
    group.reasons.push(...e.reasons);
    groups.set(root, group);
  }
  return [...groups.values()].map(({ rows, reasons }) => {
    const distinct = distinctMessages(reasons);
    return { kind, rows: [...rows].sort((a, b) => a - b), reason: distinct[0], reasons: distinct };
  });
}

function distinctMessages(messages: Message[]): Message[] {
  const seen = new Map<string, Message>();
  for (const m of messages) {
    const id = m.key + JSON.stringify(m.params ?? {});
    if (!seen.has(id)) seen.set(id, m);
    if (seen.size === MAX_REASONS) break;
  }
  return [...seen.values()];
}
