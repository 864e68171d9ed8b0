import {
  handoverScript, isSurplusHandover, protectedUntil, remindersFor, tierOf, type ClaimTier, type Reminders,
} from '../core/claims';
import { addDays, type CalendarDate } from '../core/dates/calendarDate';
import type { CustomerRecord } from '../core/register/customerRecord';
import type { Message } from '../i18n/message';
import type { RegisterWorkspace } from './registerWorkspace';

export interface HeldCustomer {
  key: string;
  record: CustomerRecord;
  tier: ClaimTier;
  protectedUntil: CalendarDate | null;
}

/** A customer that came to the rep from a colleague, with the opening line for the first call. */
export interface Handover {
  key: string;
  record: CustomerRecord;
  formerRep: string;
  date: CalendarDate;
  script: Message[] | null;
  /** A veteran's surplus 紧密 customer handed to this new hire (seed 001): the veteran coaches and shares. */
  surplus: boolean;
}

export interface MyCustomers {
  closeCount: number;
  quota: number | null;
  held: HeldCustomer[];
  reminders: Reminders;
  handovers: Handover[];
}

/** How long a handover stays on the rep's list. */
const HANDOVER_DAYS = 90;

/**
 * 我的客户: the rep's 紧密 quota, the customers they hold (紧密 first, soonest to expire first), what needs
 * doing today (protection ending, follow-ups due), and customers handed to them with a handover script.
 */
export function myCustomers(workspace: RegisterWorkspace, rep: string, company: string): MyCustomers {
  const { policy } = workspace;
  const today = workspace.today;
  const states = workspace.claimStates();
  const held: HeldCustomer[] = [];
  for (const state of states) {
    const claim = state.claims[0];
    if (!claim || claim.owner !== rep || claim.status === 'released') continue;
    const tier = tierOf(claim, policy, today);
    const record = workspace.customer(state.customerKey)!.record;
    held.push({ key: state.customerKey, record, tier, protectedUntil: tier === 'close' ? protectedUntil(claim, policy) : null });
  }
  const order: Record<ClaimTier, number> = { close: 0, deal: 1, open: 2 };
  held.sort((a, b) => order[a.tier] - order[b.tier] || (a.protectedUntil ?? '').localeCompare(b.protectedUntil ?? ''));

  const since = addDays(today, -HANDOVER_DAYS);
  const handovers: Handover[] = [];
  for (const activity of [...workspace.activities()].reverse()) {
    const takenOver = activity.kind === 'transfer' || (activity.kind === 'claim' && activity.previousRep !== '');
    if (!takenOver || activity.rep !== rep || activity.date < since || handovers.some((h) => h.key === activity.dedupeKey)) continue;
    const customer = workspace.customer(activity.dedupeKey);
    if (!customer || customer.record.rep !== rep) continue;
    const history = workspace.claimStateWithHistory(activity.dedupeKey)?.history ?? [];
    handovers.push({
      key: activity.dedupeKey, record: customer.record, formerRep: activity.previousRep, date: activity.date,
      surplus: activity.kind === 'transfer' && isSurplusHandover(activity.detail),
      script: handoverScript(history, {
        formerRep: activity.previousRep, roster: workspace.members, contactPerson: customer.record.contactPerson,
        company, today,
      }),
    });
  }
  return {
    closeCount: workspace.closeCounts().get(rep) ?? 0,
    quota: policy.quota.enabled ? policy.quota.closeQuota : null,
    held,
    reminders: remindersFor(rep, states, policy, today),
    handovers,
  };
}
