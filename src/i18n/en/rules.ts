import type { rules as zh } from '../zh-CN/rules';

export const rules: Record<keyof typeof zh, string> = {
  'rules.lines.listEmpty': 'Product lines are on: list the team\'s product lines first (one per line).',
  'rules.lines.defaultMissing': 'The default product line "{line}" is not in the list of product lines.',
  'rules.lines.unknown': 'The product line "{line}" is not one of the team\'s ({lines}).',

  'rules.newHire.blocked': 'New hires first: {owner}, a new colleague, is following this open customer (contacted {date}); a veteran cannot register it. Logged as a collision.',
  'rules.newHire.toManager': 'New hires first: {owner}, a new colleague, is following this open customer (contacted {date}). Logged as a collision for a manager to settle (transfer or force-claim).',

  'rules.newHire.managerAdvice': 'New hires first: {owner}, a new colleague, is following this open customer (contacted {date}); it was not registered to you (no collision logged). To reassign it, use Transfer or Force-register with a reason.',

  'rules.finding.refused': 'Against the rules: {reason}',

  'rules.credit.shares': 'Credit shares: {shares}',
  'rules.credit.share': '{rep} {percent}%',

  'rules.summary.creditHeading': 'Credit shares ({month}, {count} customers)',
  'rules.summary.rotationHeading': 'Rotation review (as of {date}): customers held by one rep for more than {months} months: {count}',
  'rules.summary.column.seq': 'No.',
  'rules.summary.column.customer': 'Customer',
  'rules.summary.column.productLine': 'Product line',
  'rules.summary.column.owner': 'Owner',
  'rules.summary.column.formerOwner': 'Former owner',
  'rules.summary.column.since': 'Recorded',
  'rules.summary.column.shares': 'Credit shares',
  'rules.summary.column.shareKind': 'Kind',
  'rules.summary.shareKind.transfer': 'Manager transfer',
  'rules.summary.shareKind.surplus': 'Surplus to a new hire',
  'rules.summary.shareKind.primary': 'Lead rep split',
  'rules.summary.allLines': 'All lines',
  'rules.summary.column.ownedSince': 'Owned since',
  'rules.summary.column.monthsOwned': 'Months owned',

  'rules.pane.productLine': 'Product line',
  'rules.pane.primaryOwner': 'Lead owner',
  'rules.pane.grade': 'Grade',
  'rules.pane.gradeFailed': 'Grade not saved: {reason}',

  'rules.validation.lineTitle': 'Product line',
  'rules.validation.lineMessage': 'Pick one of the team\'s product lines: {lines}. Leave it empty for the default line.',

  'rules.explain.protection': 'Days a customer stays protected after a visit or sample; the owner\'s next visit or sample renews it.',
  'rules.explain.dealProtection': 'Customers with a deal stay protected for good and do not count against the quota.',
  'rules.explain.phoneWarning': 'A colleague phoning a protected customer is told to ask the customer first and stop if a colleague is active.',
  'rules.explain.reminders': 'The owner is reminded this many days before protection ends.',
  'rules.explain.followUps': 'Follow-ups due or overdue are listed under My customers and coloured in the register.',
  'rules.explain.quota': 'How many close (visited/sampled) customers a rep may protect; at the limit, close a deal or release one first.',
  'rules.explain.newHire': 'Reps hired less than this many months ago are new hires: they win conflicts over open customers and may receive a veteran\'s surplus with a credit share.',
  'rules.explain.gradeA': 'A-grade customers only go to reps with at least this many months; a manager\'s transfer warns and needs a reason.',
  'rules.explain.rotation': 'Customers held by one rep longer than this many months are listed for a manager\'s review and marked in the register.',
  'rules.explain.branch': 'Branches and offices feel their parent\'s protection: a warning by default, a block when ticked.',
  'rules.explain.productLines': 'Claims per (customer, product line): reps of different lines may hold the same customer; the first is the lead owner.',
  'rules.explain.overrides': 'Managers may transfer or force-claim with a mandatory reason, logged with the collisions.',
  'rules.explain.contactPrivacy': "Everyone sees a look-up's owner, state, dates and protection; a colleague's contact person and phone only its owner and managers.",
  'rules.settings.newHireConflict': 'When a veteran claims an open customer a new hire is following',
  'rules.settings.newHireConflict.block': 'Refuse',
  'rules.settings.newHireConflict.manager': 'Send to a manager',
  'rules.settings.lines': 'Product lines (one per line)',
  'rules.settings.linesHint': 'Picked when registering; the register\'s 产品线 column accepts only these.',
  'rules.settings.defaultLine': 'Default product line',
  'rules.settings.defaultLineHint': 'Rows without a line (including rows from before the rule was on) are on this line and never become collisions.',

  'rules.override.share': 'Former owner\'s credit share (%)',
  'rules.override.shareHint': '0 for none; 30 means the former owner keeps 30% and the new owner gets 70%.',
  'rules.override.warned': 'This transfer goes against the team\'s rules; confirm once the reason says why:',
  'rules.override.confirm': 'Reason given, transfer anyway',

  'rules.rotation.heading': 'Rotation review: held longer than {months} months ({count})',
  'rules.rotation.none': 'No customer has been held longer than the window.',
  'rules.rotation.since': 'held since {since}, {months} months',
  'rules.rotation.legend': 'Held longer than the rotation window (review)',
  'rules.handover.shares': 'Credit: {shares}',

  'rules.rotation.legendDetail': 'First contact in purple: a protected customer one rep has held longer than the rotation window; managers review it on the board.',

  'rules.edit.reverted': 'Not saved, the cells were put back: {reason}',
} as const;
