import type { CalendarDate } from '../dates/calendarDate';
import type { ContactStatus, CustomerGrade } from '../register/customerRecord';
import type { ActivityEntry, CreditShare } from './activity';

/**
 * One claim: who holds a customer (for one product line) and how far they got. It exists from the first
 * contact on; a released claim keeps its last owner and dates so the history stays readable.
 */
export interface LineClaim {
  /** '' when product lines are off: the claim is on the whole customer. */
  productLine: string;
  owner: string;
  /** The day the current owner got the customer (first contact, or a manager's transfer). */
  ownedSince: CalendarDate;
  status: ContactStatus;
  /** The latest contacts while this ownership lasts (a new owner who claims by contact starts afresh). */
  visitDate: CalendarDate | null;
  sampleDate: CalendarDate | null;
  sampleModel: string;
  dealDate: CalendarDate | null;
  /** Set when a manager handed the customer over: the protection window restarts on that day. */
  handedOverOn: CalendarDate | null;
  nextFollowUpDate: CalendarDate | null;
  followUpNotes: string;
  /** Who shares the credit for this claim (a veteran's surplus handed to a new hire); empty = the owner alone. */
  creditShares: CreditShare[];
}

/** 主负责人 among the product-line owners and how the credit is split between them (seed 004). */
export interface PrimaryOwner {
  rep: string;
  split: CreditShare[];
}

/** Everything the claim rules know about one customer. */
export interface ClaimState {
  /** 查重键 */
  customerKey: string;
  customerName: string;
  grade: CustomerGrade | null;
  /** 查重键 of 上级客户, when this is a branch. */
  parentKey: string | null;
  claims: LineClaim[];
  primary: PrimaryOwner | null;
  /** Append-only activity log of this customer. */
  history: ActivityEntry[];
}

export function newClaimState(
  customerKey: string,
  customerName: string,
  options: { grade?: CustomerGrade | null; parentKey?: string | null } = {},
): ClaimState {
  return {
    customerKey, customerName, grade: options.grade ?? null, parentKey: options.parentKey ?? null,
    claims: [], primary: null, history: [],
  };
}

export function claimOn(state: ClaimState, productLine: string): LineClaim | undefined {
  return state.claims.find((c) => c.productLine === productLine);
}

/** A claim whose owner still holds the customer (not released). */
export function isActive(claim: LineClaim | undefined): claim is LineClaim {
  return !!claim && claim.status !== 'released';
}

/** The state with `claim` in place of the claim on the same product line (or added). */
export function withClaim(state: ClaimState, claim: LineClaim): ClaimState {
  const exists = state.claims.some((c) => c.productLine === claim.productLine);
  const claims = exists
    ? state.claims.map((c) => (c.productLine === claim.productLine ? claim : c))
    : [...state.claims, claim];
  return { ...state, claims };
}

export function withEntries(state: ClaimState, entries: readonly ActivityEntry[]): ClaimState {
  return entries.length ? { ...state, history: [...state.history, ...entries] } : state;
}
