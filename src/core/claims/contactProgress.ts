import { latestDate, type CalendarDate } from '../dates/calendarDate';
import type { ContactStatus } from '../register/customerRecord';
import type { ContactKind } from './activity';
import type { LineClaim } from './claimState';

/** A contact as it changes a claim: kind, day, and the model for a sample. */
export interface Contact {
  kind: ContactKind;
  date: CalendarDate;
  sampleModel: string;
}

const STAGE: Record<ContactStatus, number> = { released: -1, phone: 0, visit: 1, sample: 2, deal: 3 };

/** The further of two stages: a visit after a sample leaves the customer at 送样. */
function furthest(a: ContactStatus, b: ContactStatus): ContactStatus {
  return STAGE[a] >= STAGE[b] ? a : b;
}

/** A new ownership that starts with this contact (first contact, or taking over an open customer). */
export function freshClaim(productLine: string, owner: string, contact: Contact): LineClaim {
  return advanceClaim({
    productLine, owner, ownedSince: contact.date, status: contact.kind, visitDate: null, sampleDate: null,
    sampleModel: '', dealDate: null, handedOverOn: null, nextFollowUpDate: null, followUpNotes: '', creditShares: [],
  }, contact);
}

/**
 * The owner's contact recorded on their claim: the latest visit/sample dates renew protection; a contact
 * registered late (an earlier date) never moves a date backwards; 合作日期 is when the deal began.
 */
export function advanceClaim(claim: LineClaim, contact: Contact): LineClaim {
  const { kind, date } = contact;
  const next: LineClaim = { ...claim, status: furthest(claim.status, kind) };
  if (kind === 'visit') next.visitDate = latestDate(claim.visitDate, date);
  if (kind === 'sample') {
    next.sampleDate = latestDate(claim.sampleDate, date);
    if (next.sampleDate === date) next.sampleModel = contact.sampleModel;
  }
  if (kind === 'deal' && (!claim.dealDate || date < claim.dealDate)) next.dealDate = date;
  return next;
}
