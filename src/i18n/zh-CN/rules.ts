/** The rules a growing team switches on (seeds 001, 002, 004): product lines, rotation, credit shares, grades, new hires. */
export const rules = {
  'rules.lines.listEmpty': '已启用产品线：请先填写团队的产品线（每行一个）。',
  'rules.lines.defaultMissing': '默认产品线“{line}”不在产品线列表中。',
  'rules.lines.unknown': '产品线“{line}”不在团队的产品线中（{lines}）。',

  'rules.newHire.blocked': '新人优先：新同事 {owner} 正在跟进该普通客户（{date} 联系），老员工不能登记，已记入撞单记录。',
  'rules.newHire.toManager': '新人优先：新同事 {owner} 正在跟进该普通客户（{date} 联系），已记入撞单记录，请经理裁决（转移或强制登记）。',

  'rules.finding.refused': '不符合规则：{reason}',

  'rules.credit.shares': '分成比例：{shares}',
  'rules.credit.share': '{rep} {percent}%',

  'rules.summary.creditHeading': '分成记录（{month}，{count} 家）',
  'rules.summary.rotationHeading': '轮换评估（截至 {date}）：同一业务员负责超过 {months} 个月的客户 {count} 家',
  'rules.summary.column.seq': '序号',
  'rules.summary.column.customer': '客户名称',
  'rules.summary.column.productLine': '产品线',
  'rules.summary.column.owner': '负责人',
  'rules.summary.column.formerOwner': '原负责人',
  'rules.summary.column.since': '记录日期',
  'rules.summary.column.shares': '分成比例',
  'rules.summary.column.ownedSince': '负责起始',
  'rules.summary.column.monthsOwned': '已负责（月）',
} as const;
