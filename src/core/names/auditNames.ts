import type { Message } from '../../i18n/message';
import { CandidateIndex } from './candidateIndex';
import { classifyPair, type Verdict } from './classifyPair';
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
  score: number;
  reasons: Message[];
}

const KINDS: Verdict[] = ['duplicate', 'branch', 'possible-duplicate'];
const MAX_REASONS = 3;

/**
 * Finds every group of names that are one customer (同一客户), branches of one (关联公司) or possibly one
 * (疑似重复). Each name meets only its index candidates, never the whole list, so 100,000 names take seconds.
 */
export function auditNames(names: readonly string[]): AuditGroup[] {
  // Each name is parsed once and its keys read once; its row is its slot, so candidates need no id look-ups.
  const index = new CandidateIndex();
  const edges: Edge[] = [];
  names.forEach((name, b) => {
    const parsed = parseCompanyName(name);
    // Each pair once, from its later name; judged earlier-first, as a look-up of the earlier name would.
    for (const a of index.candidatesThenAdd(b, parsed)) {
      const verdict = classifyPair(index.parsedAt(a)!, parsed);
      if (verdict) edges.push({ kind: verdict.verdict, a, b, score: verdict.score, reasons: verdict.reasons });
    }
  });
  // Reasons are gathered in edge order: row, then the most serious and surest match first.
  edges.sort((x, y) => x.a - y.a || VERDICT_RANK[x.kind] - VERDICT_RANK[y.kind] || y.score - x.score || x.b - y.b);
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
