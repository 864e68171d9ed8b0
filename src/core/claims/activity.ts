import type { CalendarDate } from '../dates/calendarDate';
import type { Message } from '../../i18n/message';

/** The kinds of contact a rep registers, weakest first: 电话 < 拜访 < 送样 < 合作. */
export type ContactKind = 'phone' | 'visit' | 'sample' | 'deal';

export type ActivityKind =
  | ContactKind
  | 'release'
  | 'followUp'
  /** Protection lapsed and the rules released the customer (by = null). */
  | 'expired'
  /** 撞单记录: a registration that was blocked because someone else holds the customer. */
  | 'collision'
  | 'transfer'
  | 'forceClaim'
  | 'surplusTransfer'
  | 'setPrimary';

/** A share of the credit (提成) for a claim, in whole percent. */
export interface CreditShare {
  rep: string;
  percent: number;
}

/**
 * One line of the append-only activity log: what happened, to whom, by whom, when. Overrides and collisions
 * are entries too, so nothing a manager or the rules do is silent.
 */
export interface ActivityEntry {
  kind: ActivityKind;
  customerKey: string;
  productLine: string;
  /** The day it happened (for a contact, the contact date; for an expiry, the first unprotected day). */
  date: CalendarDate;
  /** Who did it; null when the rules did it (expiry). */
  by: string | null;
  /** The rep it concerns: the one who contacted, the new owner, or the rep whose registration was blocked. */
  rep: string;
  /** The owner before this entry, when ownership changed hands or blocked the rep. */
  from?: string;
  /** For a collision: what the blocked rep tried to register. */
  attempted?: ContactKind;
  sampleModel?: string;
  /** The reason a manager typed for an override. */
  reason?: string;
  /** What the rules said (the collision reason, 新人优先 …), kept as a message so any locale can show it. */
  detail?: Message;
  creditShares?: CreditShare[];
  nextFollowUpDate?: CalendarDate | null;
  notes?: string;
}
