import type { rules as zh } from '../zh-CN/rules';

export const rules: Record<keyof typeof zh, string> = {
  'rules.lines.listEmpty': 'Product lines are on: list the team\'s product lines first (one per line).',
  'rules.lines.defaultMissing': 'The default product line "{line}" is not in the list of product lines.',
  'rules.lines.unknown': 'The product line "{line}" is not one of the team\'s ({lines}).',

  'rules.newHire.blocked': 'New hires first: {owner}, a new colleague, is following this open customer (contacted {date}); a veteran cannot register it. Logged as a collision.',
  'rules.newHire.toManager': 'New hires first: {owner}, a new colleague, is following this open customer (contacted {date}). Logged as a collision for a manager to settle (transfer or force-claim).',

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
  'rules.summary.column.ownedSince': 'Owned since',
  'rules.summary.column.monthsOwned': 'Months owned',
} as const;
