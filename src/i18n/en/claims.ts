import type { claims as zh } from '../zh-CN/claims';

// English strings for the claims domain; the keys must match zh-CN.
export const claims: Record<keyof typeof zh, string> = {
  'claims.tier.deal': 'Deal',
  'claims.tier.close': 'Close',
  'claims.tier.open': 'Open',

  'claims.protectedBy.visit': '{owner} visited {visitDate}, protected until {until}',
  'claims.protectedBy.sample': '{owner} sent sample {model} {sampleDate}, protected until {until}',
  'claims.protectedBy.visitThenSample': '{owner} visited {visitDate}, sent sample {model} {sampleDate}, protected until {until}',
  'claims.protectedBy.sampleThenVisit': '{owner} sent sample {model} {sampleDate}, visited {visitDate}, protected until {until}',
  'claims.protectedBy.handover': '{owner} took over by manager transfer {date}, protected until {until}',
  'claims.protectedBy.deal': '{owner} in a deal since {dealDate}, protected without expiry',

  'claims.collision.advice': 'This customer is protected and cannot be registered to you; the collision has been logged. Ask your manager if you disagree.',
  'claims.phone.askFirst': 'Ask the customer first whether a colleague is already calling, visiting, sampling or doing business with them; if so, stop at once.',
  'claims.phone.colleagueCalled': 'Your colleague {owner} phoned this customer on {date} (phone calls alone do not protect); you may keep calling.',
  'claims.claim.takesOverPhoneOnly': 'Your colleague {owner} had only phoned ({date}); the customer is now registered to you.',
  'claims.claim.previouslyOwned': 'This customer was handled by {owner} and has been released; a handover script can be generated.',

  'claims.quota.full': 'You already have {count}/{quota} close customers; convert one to a deal or release one before protecting another.',
  'claims.quota.repFull': '{rep} already has {count}/{quota} close customers.',

  'claims.newHire.takeover': 'New hires first: this open customer moves from {from} to the new colleague {to}.',
  'claims.newHire.heldByNewHire': 'The new colleague {owner} is following this open customer (new hires first); please agree with them first.',

  'claims.grade.aRestricted': 'Grade A customers are for reps with at least {months} months in the company ({rep}: {tenure} months).',

  'claims.branch.parentProtected': 'This customer is a branch of "{parent}", which is protected:',

  'claims.invalid.futureDate': 'The date {date} is after today ({today}); future contacts cannot be registered.',
  'claims.invalid.sampleModel': 'A sample needs its model number.',
  'claims.invalid.productLine': 'Product lines are on: choose a product line.',
  'claims.invalid.followUpDate': 'The follow-up date {date} is before today ({today}).',

  'claims.release.notOwner': 'Only the owner {owner} or a manager can release this customer.',
  'claims.release.managerReason': 'A manager releasing someone else\'s customer must give a reason.',
  'claims.notClaimed': 'This customer has no owner at the moment.',
  'claims.followUp.notOwner': 'Only the owner {owner} can schedule the next follow-up.',

  'claims.override.disabled': 'Manager overrides are switched off.',
  'claims.override.managerOnly': 'Only a manager can transfer or force-claim a customer.',
  'claims.override.reasonRequired': 'A manager override needs a reason.',
  'claims.override.unknownRep': 'There is no rep "{rep}" on the roster.',
  'claims.override.sameOwner': '{rep} already owns this customer.',
  'claims.override.overridesProtection': 'This overrides the protection held by {owner}:',
  'claims.override.replacesOwner': 'The customer moves from {from} to {to}.',
  'claims.override.overQuota': '{rep} already has {count}/{quota} close customers; this goes over the quota.',
  'claims.credit.invalidShare': 'The former owner\'s share must be a whole number from 1 to 99 (now {share}).',

  'claims.surplus.disabled': 'The new-hire rule or the close-customer quota is off, so there is no surplus to move.',
  'claims.surplus.notClose': 'Only close customers can be moved to a new hire as surplus.',
  'claims.surplus.noSurplus': '{owner} has {count}/{quota} close customers: none over the quota.',
  'claims.surplus.notNewHire': '{rep} has been here {tenure} months and is not a new hire (new hire: under {months} months).',

  'claims.primary.disabled': 'Product lines are off; there is no primary owner to set.',
  'claims.primary.notOwner': '{rep} owns none of this customer\'s product lines.',
  'claims.primary.splitTotal': 'The credit split must add up to 100% (now {total}%).',

  'claims.reminder.expiring': 'Protection of {customer} ends on {until} ({days} days left): visit or send a sample to renew it.',
  'claims.reminder.expired': 'Protection of {customer} ended on {until}; the customer has been released.',
  'claims.reminder.followUpDue': '{customer} is due for a follow-up today ({date}).',
  'claims.reminder.followUpOverdue': 'The follow-up of {customer} was due on {date}, {days} days ago.',
  'claims.rotation.review': '{customer} has been with {owner} for {months} months (since {since}), more than {limit}: consider rotating.',

  'claims.policy.protectDays': 'Protection days must be a whole number from 1 to 3650 (now {value}).',
  'claims.policy.remindDays': 'Reminder days must be a whole number from 0 to the protection days (now {value}).',
  'claims.policy.closeQuota': 'The close-customer quota must be a whole number from 1 to 10000 (now {value}).',
  'claims.policy.newHireMonths': 'The new-hire period must be a whole number of months from 1 to 120 (now {value}).',
  'claims.policy.gradeATenureMonths': 'Months needed for grade A customers must be a whole number from 0 to 240 (now {value}).',
  'claims.policy.rotateMonths': 'Months before a rotation review must be a whole number from 1 to 240 (now {value}).',
  'claims.policy.timeZone': 'The time zone "{value}" is not valid.',

  'claims.script.greeting': 'Hello {contact}, this is {company}. ',
  'claims.script.greeting.male': 'Hello Mr. {contact}, this is {company}. ',
  'claims.script.greeting.female': 'Hello Ms. {contact}, this is {company}. ',
  'claims.script.formerRepIntro': 'I understand that our colleague ',
  'claims.script.rep.name': '{name}',
  'claims.script.rep.male': 'Mr. {surname}',
  'claims.script.rep.female': 'Ms. {surname}',
  'claims.script.sample.days': ' was in touch with you and sent you samples of {model} {n} days ago. How did our product work for you, and is there anything else we can help with?',
  'claims.script.sample.months': ' was in touch with you and sent you samples of {model} {n} months ago. How did our product work for you, and is there anything else we can help with?',
  'claims.script.sampleNoModel.days': ' was in touch with you and sent you samples {n} days ago. How did our product work for you, and is there anything else we can help with?',
  'claims.script.sampleNoModel.months': ' was in touch with you and sent you samples {n} months ago. How did our product work for you, and is there anything else we can help with?',
  'claims.script.visit.days': ' was in touch with you and visited your company {n} days ago. Is there anything more you would like to know about our products, or anything else we can help with?',
  'claims.script.visit.months': ' was in touch with you and visited your company {n} months ago. Is there anything more you would like to know about our products, or anything else we can help with?',
  'claims.script.deal.days': ' looked after our business with you, which began {n} days ago. From now on I will be serving you; is there anything I can help with?',
  'claims.script.deal.months': ' looked after our business with you, which began {n} months ago. From now on I will be serving you; is there anything I can help with?',
  'claims.script.phone.days': ' phoned you {n} days ago. Do you have any need in this area at the moment, or anything else we can help with?',
  'claims.script.phone.months': ' phoned you {n} months ago. Do you have any need in this area at the moment, or anything else we can help with?',
};
