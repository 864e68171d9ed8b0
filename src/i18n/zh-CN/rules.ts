/** The rules a growing team switches on (seeds 001, 002, 004): product lines, rotation, credit shares, grades, new hires. */
export const rules = {
  'rules.lines.listEmpty': '已启用产品线：请先填写团队的产品线（每行一个）。',
  'rules.lines.defaultMissing': '默认产品线“{line}”不在产品线列表中。',
  'rules.lines.unknown': '产品线“{line}”不在团队的产品线中（{lines}）。',

  'rules.newHire.blocked': '新人优先：新同事 {owner} 正在跟进该普通客户（{date} 联系），老员工不能登记，已记入撞单记录。',
  'rules.newHire.toManager': '新人优先：新同事 {owner} 正在跟进该普通客户（{date} 联系），已记入撞单记录，请经理裁决（转移或强制登记）。',

  'rules.newHire.managerAdvice': '新人优先：新同事 {owner} 正在跟进该普通客户（{date} 联系），未登记到您名下（未记撞单）。如需调配，请用“转移”或“强制登记”并写明原因。',

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
  'rules.summary.column.shareKind': '类型',
  'rules.summary.shareKind.transfer': '经理转移',
  'rules.summary.shareKind.surplus': '多余紧密客户转新人',
  'rules.summary.shareKind.primary': '主负责人分成',
  'rules.summary.allLines': '各产品线',
  'rules.summary.column.ownedSince': '负责起始',
  'rules.summary.column.monthsOwned': '已负责（月）',

  'rules.pane.productLine': '产品线',
  'rules.pane.primaryOwner': '主负责人',
  'rules.pane.grade': '客户等级',
  'rules.pane.gradeFailed': '客户等级未保存：{reason}',

  'rules.validation.lineTitle': '产品线',
  'rules.validation.lineMessage': '请从团队的产品线中选择：{lines}。留空即默认产品线。',

  'rules.explain.protection': '拜访或送样后，客户受保护的天数；本人再拜访/送样即续期。',
  'rules.explain.dealProtection': '已合作客户长期受保护，不占紧密客户配额。',
  'rules.explain.phoneWarning': '同事打电话联系已被保护的客户时，提醒先问清客户、同事在跟进就停止。',
  'rules.explain.reminders': '保护到期前这么多天提醒负责人。',
  'rules.explain.followUps': '再次跟进日期到了或已过，在“我的客户”中列出并在登记表中标色。',
  'rules.explain.quota': '每人最多可保护的紧密客户（拜访/送样）数量；已满须先成交或释放。',
  'rules.explain.newHire': '入职未满这么多个月为新人：普通客户起冲突时新人优先，老员工多余的紧密客户可转给新人并记分成。',
  'rules.explain.gradeA': 'A级客户只交给入职满这么多个月的业务员；经理转移时会提醒并须写明原因。',
  'rules.explain.rotation': '同一业务员负责超过这么多个月的客户，列入经理的轮换评估名单并在登记表中标出。',
  'rules.explain.branch': '分公司/办事处受上级客户保护的影响：默认提醒，勾选“阻止”后不能登记。',
  'rules.explain.productLines': '按（客户，产品线）分别认领：不同产品线的业务员可同时负责同一客户，最先负责者为主负责人。',
  'rules.explain.overrides': '经理可以转移客户或强制登记，必须填写原因，记入撞单记录。',
  'rules.explain.contactPrivacy': '查重时人人都看得到负责人、状态、日期和保护期；同事客户的联系人和电话只给负责人和经理看。',
  'rules.settings.newHireConflict': '老员工登记新人正在跟进的普通客户时',
  'rules.settings.newHireConflict.block': '直接阻止',
  'rules.settings.newHireConflict.manager': '交经理裁决',
  'rules.settings.lines': '产品线（每行一个）',
  'rules.settings.linesHint': '登记时从中选择；登记表的“产品线”列也只接受这些。',
  'rules.settings.defaultLine': '默认产品线',
  'rules.settings.defaultLineHint': '未填写产品线的行（包括启用前已有的行）都算默认产品线，不会变成撞单。',

  'rules.override.share': '原负责人分成比例（%）',
  'rules.override.shareHint': '0 表示不分成；例如 30 即原负责人保留 30%，新负责人 70%。',
  'rules.override.warned': '这次转移不符合团队规则，请确认原因后再转移：',
  'rules.override.confirm': '已写明原因，仍然转移',

  'rules.rotation.heading': '轮换评估：负责超过 {months} 个月（{count} 家）',
  'rules.rotation.none': '没有负责超过期限的客户。',
  'rules.rotation.since': '自 {since} 起负责，已 {months} 个月',
  'rules.rotation.legend': '负责超过轮换期限（轮换评估）',
  'rules.handover.shares': '分成：{shares}',

  'rules.rotation.legendDetail': '首次联系日期标紫：受保护的客户由同一业务员负责超过轮换期限，经理在看板的“轮换评估”中评估。',

  'rules.edit.reverted': '修改未保存，已还原：{reason}',
} as const;
