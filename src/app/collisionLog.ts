import type { Activity } from '../store/claimStore';

/** 撞单记录: blocked registrations, transfers and forced registrations, newest first. */
export function collisionLog(activities: readonly Activity[]): Activity[] {
  const entries = activities.filter((a) => a.kind === 'collision' || a.kind === 'transfer'
    || (a.kind === 'claim' && a.previousRep !== '' && a.detail !== ''));
  // The log is in the order things happened; among one day's entries the later one was logged later.
  return entries.map((a, i) => ({ a, i })).sort((x, y) => y.a.date.localeCompare(x.a.date) || y.i - x.i).map(({ a }) => a);
}
