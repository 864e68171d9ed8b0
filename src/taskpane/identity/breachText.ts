import type { Breach } from '../../core/claims/breaches';
import { message, type Message } from '../../i18n/message';

/** One breach in words, with who and when. */
export function breachMessage(breach: Breach): Message {
  switch (breach.kind) {
    case 'overQuota':
      return message('identity.breach.overQuota', {
        rep: breach.rep, count: breach.count, quota: breach.quota, since: breach.since ?? '—', customers: breach.customers.slice(0, 10).join('、') + (breach.customers.length > 10 ? ' …' : ''),
      });
    case 'unjustifiedProtection':
      return message('identity.breach.unjustified', {
        rep: breach.rep, customer: breach.customer, until: breach.protectedUntil, allowed: breach.allowedUntil ?? '—', since: breach.since ?? '—',
      });
    case 'forgedActor':
      return message('identity.breach.forged', { date: breach.date, kind: breach.lineKind, claimed: breach.claimedActor, actor: breach.actor, customer: breach.customer });
  }
}
