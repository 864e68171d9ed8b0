// zh-CN strings for the claims domain. Placeholders are written {name}.
export const claims = {
  // Tiers (seed 001): 成交 · 紧密 · 普通.
  'claims.tier.deal': '成交',
  'claims.tier.close': '紧密',
  'claims.tier.open': '普通',

  // Who protects a customer, in the proposal's words ("张三 2026-10-08 拜访, 2026-10-15 送样 BL-466, 保护至 2027-01-13").
  'claims.protectedBy.visit': '{owner} {visitDate} 拜访, 保护至 {until}',
  'claims.protectedBy.sample': '{owner} {sampleDate} 送样 {model}, 保护至 {until}',
  'claims.protectedBy.visitThenSample': '{owner} {visitDate} 拜访, {sampleDate} 送样 {model}, 保护至 {until}',
  'claims.protectedBy.sampleThenVisit': '{owner} {sampleDate} 送样 {model}, {visitDate} 拜访, 保护至 {until}',
  'claims.protectedBy.handover': '{owner} {date} 经理转交接手, 保护至 {until}',
  'claims.protectedBy.deal': '{owner} {dealDate} 合作, 长期保护',

  // Contacts by a rep who is not the owner.
  'claims.collision.advice': '该客户受保护，不能登记到您名下；已记录撞单，如有异议请联系经理。',
  'claims.collision.managerAdvice': '该客户受保护，未登记到您名下（经理的这次登记不算撞单，未记录）。如需调配，请用“转移”或“强制登记”，写明的原因会记入撞单记录。',
  'claims.phone.askFirst': '请先询问客户是否已有同事在联系、拜访、送样或合作；如有，请立即停止联系。',
  'claims.phone.colleagueCalled': '同事 {owner} 于 {date} 电话联系过该客户（仅电话不受保护），您可以继续联系。',
  'claims.claim.takesOverPhoneOnly': '同事 {owner} 此前仅电话联系（{date}），该客户现登记到您名下。',
  'claims.claim.previouslyOwned': '该客户此前由 {owner} 负责，已释放；可生成交接话术。',

  // Quota of 紧密 customers.
  'claims.quota.full': '已有 {count}/{quota} 个紧密客户，请先成交或释放一个再保护新客户。',
  'claims.quota.repFull': '{rep} 已有 {count}/{quota} 个紧密客户。',

  // New hires.
  'claims.newHire.takeover': '新人优先：该普通客户由 {from} 转到新同事 {to} 名下。',
  'claims.newHire.heldByNewHire': '新同事 {owner} 正在跟进该普通客户（新人优先），请先与其协调。',

  // Grades.
  'claims.grade.aRestricted': 'A级客户只能由入职满 {months} 个月的业务员负责（{rep} 入职 {tenure} 个月）。',
  'claims.grade.managerOnly': '只有经理可以设定客户等级（等级属于整个客户，各产品线相同）。',

  // Parent / branch.
  'claims.branch.parentProtected': '该客户是「{parent}」的分支机构，上级客户受保护：',

  // Input that cannot be registered.
  'claims.invalid.futureDate': '日期 {date} 晚于今天 {today}，不能登记未来的联系。',
  'claims.invalid.sampleModel': '送样必须填写样品型号。',
  'claims.invalid.productLine': '已启用产品线：请选择产品线。',
  'claims.invalid.followUpDate': '再次跟进日期 {date} 早于今天 {today}。',

  // Owner actions.
  'claims.release.notOwner': '只有负责人 {owner} 或经理可以释放该客户。',
  'claims.release.managerReason': '经理释放他人的客户必须填写原因。',
  'claims.notClaimed': '该客户目前没有负责人。',
  'claims.followUp.notOwner': '只有负责人 {owner} 可以安排再次跟进。',

  // Manager overrides.
  'claims.override.disabled': '经理调配规则未启用。',
  'claims.override.managerOnly': '只有经理可以转交或强制认领客户。',
  'claims.override.reasonRequired': '经理调配必须填写原因。',
  'claims.override.unknownRep': '花名册中没有业务员「{rep}」。',
  'claims.override.sameOwner': '{rep} 已是该客户的负责人。',
  'claims.override.overridesProtection': '将覆盖 {owner} 的保护：',
  'claims.override.replacesOwner': '客户将从 {from} 名下转给 {to}。',
  'claims.override.overQuota': '{rep} 已有 {count}/{quota} 个紧密客户，此操作将超出配额。',
  'claims.credit.invalidShare': '原负责人的分成比例须为 1–99 之间的整数（当前 {share}）。',

  // Surplus 紧密 customers moved from a veteran to a new hire.
  'claims.surplus.disabled': '新人规则或紧密客户配额未启用，无法转出多余客户。',
  'claims.surplus.notClose': '只有紧密客户可以作为多余客户转给新人。',
  'claims.surplus.noSurplus': '{owner} 有 {count}/{quota} 个紧密客户，没有超出配额的客户。',
  'claims.surplus.notNewHire': '{rep} 入职已 {tenure} 个月，不是新人（新人：入职未满 {months} 个月）。',

  // Product lines: 主负责人 and credit split.
  'claims.primary.disabled': '产品线规则未启用，无需指定主负责人。',
  'claims.primary.notOwner': '{rep} 没有负责该客户的任何产品线。',
  'claims.primary.splitTotal': '分成比例合计须为 100%（当前 {total}%）。',

  // Reminders and review lists.
  'claims.reminder.expiring': '{customer} 的保护将于 {until} 到期（还剩 {days} 天），请及时拜访或送样续期。',
  'claims.reminder.expired': '{customer} 的保护已于 {until} 到期，客户已释放。',
  'claims.reminder.followUpDue': '{customer} 今天（{date}）需要再次跟进。',
  'claims.reminder.followUpOverdue': '{customer} 的再次跟进日期 {date} 已过 {days} 天。',
  'claims.rotation.review': '{customer} 由 {owner} 负责已 {months} 个月（自 {since}），超过 {limit} 个月，建议评估轮换。',

  // Settings a manager can get wrong.
  'claims.policy.protectDays': '保护天数须为 1–3650 之间的整数（当前 {value}）。',
  'claims.policy.remindDays': '提前提醒天数须为 0 到保护天数之间的整数（当前 {value}）。',
  'claims.policy.closeQuota': '紧密客户配额须为 1–10000 之间的整数（当前 {value}）。',
  'claims.policy.newHireMonths': '新人期须为 1–120 个月之间的整数（当前 {value}）。',
  'claims.policy.gradeATenureMonths': 'A级客户所需入职月数须为 0–240 之间的整数（当前 {value}）。',
  'claims.policy.rotateMonths': '轮换评估月数须为 1–240 之间的整数（当前 {value}）。',
  'claims.policy.timeZone': '时区「{value}」无效。',

  // Handover script (proposal benefit ⑤), assembled from parts in this order.
  'claims.script.greeting': '您好，{contact}，我是{company}的，',
  'claims.script.greetingNoCompany': '您好，{contact}，',
  'claims.script.greeting.male': '您好，{contact}先生，我是{company}的，',
  'claims.script.greetingNoCompany.male': '您好，{contact}先生，',
  'claims.script.greeting.female': '您好，{contact}女士，我是{company}的，',
  'claims.script.greetingNoCompany.female': '您好，{contact}女士，',
  'claims.script.formerRepIntro': '我了解到我公司之前有业务员',
  'claims.script.rep.name': '{name}',
  'claims.script.rep.male': '{surname}先生',
  'claims.script.rep.female': '{surname}女士',
  'claims.script.sample.days': '联系过您，并在{n}天前给您送过{model}的样品，不知您试用了我们产品后的效果如何呢，看看还有没有什么能帮到您的？',
  'claims.script.sample.today': '联系过您，并在今天给您送过{model}的样品，不知您试用了我们产品后的效果如何呢，看看还有没有什么能帮到您的？',
  'claims.script.sample.yesterday': '联系过您，并在昨天给您送过{model}的样品，不知您试用了我们产品后的效果如何呢，看看还有没有什么能帮到您的？',
  'claims.script.sample.months': '联系过您，并在{n}个月前给您送过{model}的样品，不知您试用了我们产品后的效果如何呢，看看还有没有什么能帮到您的？',
  'claims.script.sampleNoModel.days': '联系过您，并在{n}天前给您送过样品，不知您试用了我们产品后的效果如何呢，看看还有没有什么能帮到您的？',
  'claims.script.sampleNoModel.today': '联系过您，并在今天给您送过样品，不知您试用了我们产品后的效果如何呢，看看还有没有什么能帮到您的？',
  'claims.script.sampleNoModel.yesterday': '联系过您，并在昨天给您送过样品，不知您试用了我们产品后的效果如何呢，看看还有没有什么能帮到您的？',
  'claims.script.sampleNoModel.months': '联系过您，并在{n}个月前给您送过样品，不知您试用了我们产品后的效果如何呢，看看还有没有什么能帮到您的？',
  'claims.script.visit.days': '联系过您，并在{n}天前拜访过贵公司，不知您对我们的产品还有什么想进一步了解的，看看还有没有什么能帮到您的？',
  'claims.script.visit.today': '联系过您，并在今天拜访过贵公司，不知您对我们的产品还有什么想进一步了解的，看看还有没有什么能帮到您的？',
  'claims.script.visit.yesterday': '联系过您，并在昨天拜访过贵公司，不知您对我们的产品还有什么想进一步了解的，看看还有没有什么能帮到您的？',
  'claims.script.visit.months': '联系过您，并在{n}个月前拜访过贵公司，不知您对我们的产品还有什么想进一步了解的，看看还有没有什么能帮到您的？',
  'claims.script.deal.days': '负责与贵公司的合作，双方在{n}天前开始合作，今后由我来为您服务，看看还有没有什么能帮到您的？',
  'claims.script.deal.today': '负责与贵公司的合作，双方在今天开始合作，今后由我来为您服务，看看还有没有什么能帮到您的？',
  'claims.script.deal.yesterday': '负责与贵公司的合作，双方在昨天开始合作，今后由我来为您服务，看看还有没有什么能帮到您的？',
  'claims.script.deal.months': '负责与贵公司的合作，双方在{n}个月前开始合作，今后由我来为您服务，看看还有没有什么能帮到您的？',
  'claims.script.phone.days': '在{n}天前电话联系过您，不知您最近有没有这方面的需要，看看还有没有什么能帮到您的？',
  'claims.script.phone.today': '在今天电话联系过您，不知您最近有没有这方面的需要，看看还有没有什么能帮到您的？',
  'claims.script.phone.yesterday': '在昨天电话联系过您，不知您最近有没有这方面的需要，看看还有没有什么能帮到您的？',
  'claims.script.phone.months': '在{n}个月前电话联系过您，不知您最近有没有这方面的需要，看看还有没有什么能帮到您的？',
} as const;
