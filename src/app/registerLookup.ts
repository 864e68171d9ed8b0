import {
  claimFromRecord, customerKeyOf, effectiveLine, namedPrimary, newClaimState, primaryOwnerOf, protectedByMessage, protectedUntil, tierOf,
  type ClaimPolicy, type ClaimTier,
} from '../core/claims';
import type { CalendarDate } from '../core/dates/calendarDate';
import type { Verdict } from '../core/names';
import type { CustomerRecord } from '../core/register/customerRecord';
import type { Message } from '../i18n/message';
import { claimHistory, claimStateOf } from './claimBridge';
import type { RegisterModel } from './registerModel';

/** A registered name that looks like the one being typed, with what the pane shows about it. */
export interface MatchView {
  key: string;
  name: string;
  verdict: Verdict;
  reasons: Message[];
  record: CustomerRecord | null;
  tier: ClaimTier;
  /** 保护到期 of a 紧密 customer (null for deals, protected for good, and for open customers). */
  protectedUntil: CalendarDate | null;
  /** "王芳 2026-10-08 拜访, 2026-10-15 送样 BL-466, 保护至 2027-01-13" while protected. */
  protectedBy: Message | null;
  /** With product lines on: the line this claim is on, and the customer's 主负责人 among its line owners. */
  productLine: string;
  primaryOwner: string | null;
}

export interface Lookup {
  query: string;
  /** The 查重键 of what was typed ('' while it has no letters). */
  key: string;
  matches: MatchView[];
}

/**
 * Registered names that look like `name`, most serious first — fast enough for every keystroke: the
 * register's one name index (the live check's), each match with its customer's protection as the rules see it.
 */
export function lookUp(model: RegisterModel, name: string, limit: number): Lookup {
  const query = name.trim();
  const key = query ? model.matcher.dedupeKey(query) : '';
  if (!key) return { query, key, matches: [] };
  const { policy } = model;
  const today = model.today;
  const matches = model.rows.customersLike(query, limit, policy, (k) => model.recordOf(k)?.name).map((match): MatchView => {
    // The one entry of the customer: its record, stored or (not taken in yet) its row's.
    const record = model.recordOf(match.id) ?? null;
    // With its history, so a manager's handover shows the same 保护到期 here as in 我的客户 and the sheet.
    const state = record ? claimStateOf(record, model.team.activitiesOf(match.id), policy) : null;
    const claim = state?.claims[0];
    const tier = tierOf(claim, policy, today);
    return {
      key: match.id, name: record?.name ?? match.name, verdict: match.verdict, reasons: match.reasons, record, tier,
      protectedUntil: claim && tier === 'close' ? protectedUntil(claim, policy) : null,
      protectedBy: claim && tier !== 'open' ? protectedByMessage(claim, policy) : null,
      productLine: record && policy.productLines.enabled ? effectiveLine(record.productLine, policy) : '',
      primaryOwner: null,
    };
  });
  if (policy.productLines.enabled) markPrimaryOwners(model, matches, policy, today);
  return { query, key, matches };
}

/**
 * 主负责人 of each customer the lookup found on several lines (seed 004): the one a manager named (logged
 * under the customer's 查重键), while that rep holds a line; otherwise whoever got a line of it first.
 */
function markPrimaryOwners(model: RegisterModel, matches: MatchView[], policy: ClaimPolicy, today: CalendarDate): void {
  const byCustomer = new Map<string, MatchView[]>();
  for (const match of matches) {
    if (!match.record) continue;
    const key = customerKeyOf(match.key);
    byCustomer.set(key, [...(byCustomer.get(key) ?? []), match]);
  }
  for (const [key, lines] of byCustomer) {
    const claims = lines.flatMap((m) => claimFromRecord(m.record as CustomerRecord, policy) ?? []);
    const named = namedPrimary(claimHistory(model.team.activitiesOf(key)), model.members);
    const primary = primaryOwnerOf({ ...newClaimState(key, lines[0].name), claims, primary: named }, policy, today);
    for (const match of lines) match.primaryOwner = primary;
  }
}
