import type { CalendarDate } from '../dates/calendarDate';
import { message, type Message } from '../../i18n/message';
import type { ClaimPolicy } from './claimPolicy';
import type { LineClaim } from './claimState';
import { protectedUntil } from './protection';

/** A contact the current owner made: after a manager's handover, the earlier contacts were someone else's. */
function ownContact(date: CalendarDate | null, claim: LineClaim): CalendarDate | null {
  return date && (!claim.handedOverOn || date >= claim.handedOverOn) ? date : null;
}

/**
 * Who protects a customer and until when, in the proposal's words:
 * "张三 2026-10-08 拜访, 2026-10-15 送样 BL-466, 保护至 2027-01-13" or "张三 2026-10-20 合作, 长期保护".
 */
export function protectedByMessage(claim: LineClaim, policy: ClaimPolicy): Message {
  const owner = claim.owner;
  const until = protectedUntil(claim, policy);
  if (!until) return message('claims.protectedBy.deal', { owner, dealDate: claim.dealDate ?? claim.ownedSince });
  const visitDate = ownContact(claim.visitDate, claim);
  const sampleDate = ownContact(claim.sampleDate, claim);
  const model = claim.sampleModel || '—';
  if (visitDate && sampleDate) {
    const key = visitDate <= sampleDate ? 'claims.protectedBy.visitThenSample' : 'claims.protectedBy.sampleThenVisit';
    return message(key, { owner, visitDate, sampleDate, model, until });
  }
  if (visitDate) return message('claims.protectedBy.visit', { owner, visitDate, until });
  if (sampleDate) return message('claims.protectedBy.sample', { owner, sampleDate, model, until });
  return message('claims.protectedBy.handover', { owner, date: claim.handedOverOn ?? claim.ownedSince, until });
}
