import type { CustomerRecord } from '../core/register/customerRecord';
import { unloggedRowContacts, type LoggedContact } from '../core/summary/contactHistory';
import { parsePlanChangeDetail, planChangeDetail, planChangeOf, type LoggedPlanChange } from '../core/summary/followUpHistory';
import { CONTACT_KINDS, type Activity, type EditContext } from '../store/claimStore';

/** The history's contacts, each credited to the rep who made it (the store's `rep` of a contact line). */
export function loggedContacts(activities: readonly Activity[]): LoggedContact[] {
  return activities.flatMap((a): LoggedContact[] => {
    if (!CONTACT_KINDS.includes(a.kind)) return [];
    const contact: LoggedContact = { customerKey: a.dedupeKey, kind: a.kind as LoggedContact['kind'], date: a.date, rep: a.rep };
    if (a.kind === 'sample') contact.sampleModel = a.detail.split(' · ')[0];
    return [contact];
  });
}

/**
 * Before the add-in rewrites a row (a transfer, a force-claim, a release, an edit), the contacts the row shows
 * but the history lacks are appended as the row's rep's own — the history keeps them when the row moves on.
 */
export function rowContactActivities(record: CustomerRecord, history: readonly Activity[], editId: string): Activity[] {
  return unloggedRowContacts(record, loggedContacts(history)).map((contact): Activity => ({
    id: `${editId}:row-${contact.kind}`, kind: contact.kind, dedupeKey: record.dedupeKey, customerName: record.name,
    actor: contact.rep, rep: contact.rep, previousRep: '', date: contact.date, detail: contact.sampleModel ?? '',
  }));
}

/** The history's follow-up plan changes ('followUp' lines), in the order they were logged. */
export function loggedPlanChanges(activities: readonly Activity[]): LoggedPlanChange[] {
  return activities.flatMap((a): LoggedPlanChange[] => {
    const plans = a.kind === 'followUp' ? parsePlanChangeDetail(a.detail) : null;
    return plans ? [{ customerKey: a.dedupeKey, date: a.date, rep: a.rep, previousRep: a.previousRep, ...plans }] : [];
  });
}

/**
 * The 'followUp' line a row write carries when it changes the follow-up plan (or hands the plan to another
 * rep), so a month's summary shows the plan as it stood then; null when the plan stays as it was.
 */
export function planChangeActivity(before: CustomerRecord | undefined, after: CustomerRecord, actor: string, context: EditContext): Activity | null {
  const change = planChangeOf(before, after);
  if (!change) return null;
  return {
    id: `${context.editId}:plan`, kind: 'followUp', dedupeKey: after.dedupeKey, customerName: after.name, actor,
    rep: change.rep, previousRep: change.previousRep, date: context.today, detail: planChangeDetail(change),
  };
}
