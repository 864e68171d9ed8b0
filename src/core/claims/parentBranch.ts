import type { CalendarDate } from '../dates/calendarDate';
import { message, type Message } from '../../i18n/message';
import type { ParsedName } from '../names/parseCompanyName';
import type { ClaimPolicy } from './claimPolicy';
import { claimOn, type ClaimState, type LineClaim } from './claimState';
import { isProtected } from './protection';
import { protectedByMessage } from './protectionReason';

/**
 * The 查重键 of a customer's parent: the 上级客户 the row names, else — for a real branch (分公司/办事处/子公司 …,
 * as the name parser reads it) — its head office's key. A stored key's `·` alone says nothing: a branch's key is
 * "parent·branch", but another city's legal entity is stored as "安博·上海" and has no parent. A city before a
 * branch's own place names the head office (上海市安博深圳分公司 → 上海安博 → 安博·上海, not 广州's 安博); with one
 * place, or a Latin name, the parent is the part before `·`. The one definition the live check and the pane
 * both use; names are parsed only for keys with a `·`, the few that may be branches.
 */
export function parentKeyOf(record: { name: string; dedupeKey: string; parentCustomer: string }, names: NameReading): string | null {
  const named = record.parentCustomer.trim();
  if (named) return names.keyOf(named) || null;
  const dot = record.dedupeKey.indexOf('·');
  if (dot <= 0) return null;
  const parsed = names.parse(record.name);
  const reading = parsed.alternate ?? parsed;
  if (!reading.branch) return null;
  const beforeDot = record.dedupeKey.slice(0, dot);
  // One place (深圳安博分公司, 安博（深圳）分公司) is where the branch is.
  if (reading.places.length === 0 || !reading.branch.place || reading.latin) return beforeDot;
  return names.keyOf(`${reading.places.join('')}${reading.core}`) || beforeDot;
}

/**
 * How the parent rule reads names: the key a name is stored under, and its parse — both the name matcher's,
 * passed in because the matcher is a chunk the pane loads after its first paint.
 */
export interface NameReading {
  keyOf(name: string): string;
  parse(name: string): ParsedName;
}

/** A parent customer (上级客户) protected by someone else, seen from one of its branches. */
export interface ParentConflict {
  claim: LineClaim;
  /** Block instead of warn for visits, samples and deals (setting branch.mode = 'block'). */
  blocks: boolean;
  reasons: Message[];
}

/**
 * A branch (分公司/办事处/子公司) of a protected parent is not protected itself, but whoever works it should
 * know — by default a warning, a block if the team chose so (seeds 001, 004). The parent's own owner, and
 * anyone when the parent is open, may work the branch freely.
 */
export function parentConflict(
  parent: ClaimState | null | undefined,
  rep: string,
  productLine: string,
  policy: ClaimPolicy,
  today: CalendarDate,
): ParentConflict | null {
  if (!policy.branch.enabled || !parent) return null;
  const claim = claimOn(parent, productLine);
  if (!claim || claim.owner === rep || !isProtected(claim, policy, today)) return null;
  return {
    claim,
    blocks: policy.branch.mode === 'block',
    reasons: [message('claims.branch.parentProtected', { parent: parent.customerName }), protectedByMessage(claim, policy)],
  };
}
