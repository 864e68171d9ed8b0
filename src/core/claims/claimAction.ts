import type { CalendarDate } from '../dates/calendarDate';
import type { ContactKind, CreditShare } from './activity';

interface OnLine {
  /** Required when product lines are on; ignored when they are off. */
  productLine?: string;
}

/** A contact the acting rep registers; `date` defaults to today and may not be in the future. */
export type ContactAction = OnLine & { date?: CalendarDate } & (
  | { kind: 'phone' | 'visit' | 'deal' }
  | { kind: 'sample'; sampleModel: string }
);

export type ClaimAction =
  | ContactAction
  /** The owner gives the customer up early; a manager may release anyone's customer with a reason. */
  | (OnLine & { kind: 'release'; reason?: string })
  /** The owner schedules 再次跟进日期 (null clears it). */
  | (OnLine & { kind: 'followUp'; nextDate: CalendarDate | null; notes?: string })
  /** Manager: hand a held customer to another rep; the former owner may keep a share of the credit. */
  | (OnLine & { kind: 'transfer'; to: string; reason: string; formerOwnerShare?: number })
  /** Manager: move a veteran's surplus 紧密 customer (over quota) to a new hire, with the veteran's share. */
  | (OnLine & { kind: 'surplusTransfer'; to: string; reason: string; formerOwnerShare: number })
  /** Manager: register a contact for `rep` even though the rules would block it (protection, quota, grade …). */
  | (OnLine & {
      kind: 'forceClaim'; rep: string; contact: Exclude<ContactKind, 'phone'>; sampleModel?: string;
      date?: CalendarDate; reason: string;
    })
  /** Manager, product lines on: name the 主负责人 and split the credit between the line owners. */
  | { kind: 'setPrimary'; rep: string; split: CreditShare[] };

export function isContactAction(action: ClaimAction): action is ContactAction {
  return action.kind === 'phone' || action.kind === 'visit' || action.kind === 'sample' || action.kind === 'deal';
}
