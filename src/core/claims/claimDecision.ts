import type { CalendarDate } from '../dates/calendarDate';
import type { Message } from '../../i18n/message';
import type { ActivityEntry } from './activity';
import type { ClaimPolicy } from './claimPolicy';
import { withEntries, type ClaimState } from './claimState';
import type { RosterMember } from './roster';

/** allow: go ahead · warn: go ahead once the user has read the reasons · block: not registered. */
export type ClaimOutcome = 'allow' | 'warn' | 'block';

export interface ClaimDecision {
  outcome: ClaimOutcome;
  /** Why (for warn/block), or notes worth showing (for allow); render with formatMessage. */
  reasons: Message[];
  /**
   * The customer's state to save if the user goes ahead. For a block it is the state as it stands (expired
   * claims released) with the collision, if any, logged — a blocked attempt is recorded, never applied.
   */
  next: ClaimState;
  /** The entries this decision appended to `next.history`, for the append-only activity list. */
  log: ActivityEntry[];
}

/** Everything besides the customer that a decision depends on; the caller reads clock and user. */
export interface ClaimContext {
  actor: RosterMember;
  roster: readonly RosterMember[];
  policy: ClaimPolicy;
  today: CalendarDate;
  /** 紧密 claims per rep across the register today (countCloseClaims). */
  closeCounts: ReadonlyMap<string, number>;
  /** 上级客户's state when this customer is a branch. */
  parent?: ClaimState | null;
}

export function concluded(
  outcome: ClaimOutcome,
  reasons: Message[],
  next: ClaimState,
  entries: ActivityEntry[] = [],
): ClaimDecision {
  return { outcome, reasons, next: withEntries(next, entries), log: entries };
}

/** Allow, unless there is something to warn about. */
export function allowOrWarn(warnings: Message[], notes: Message[], next: ClaimState, entries: ActivityEntry[]): ClaimDecision {
  return concluded(warnings.length ? 'warn' : 'allow', [...warnings, ...notes], next, entries);
}
