import { DEFAULT_CLAIM_POLICY, protectedByMessage, protectedUntilOf, type LineClaim } from '../../../core/claims';
import { addDays, type CalendarDate } from '../../../core/dates/calendarDate';
import { dedupeKey } from '../../../core/names';
import { emptyCustomerRecord, type CustomerGrade, type CustomerRecord } from '../../../core/register/customerRecord';
import { formatMessage } from '../../../i18n/message';
import type { Activity, ActivityKind, RosterEntry } from '../../../store/claimStore';
import { HOMOPHONES, randomCompany } from './companyNames';
import { EXAMPLE_OWNERS, GELIN, NEW_REP, SAMPLE_MANAGER, YAMAXI } from './exampleNames';
import { SeededRandom } from './seededRandom';

/** A sales team with three months of history: what the sandbox shows on its first run. */
export interface SampleTeam {
  roster: RosterEntry[];
  /** In register order: 序号 1…n by first contact. */
  customers: CustomerRecord[];
  activities: Activity[];
}

export interface SampleTeamOptions {
  /** How many customers (about; the proposal's examples and trick twins included). Default 2,000. */
  customers?: number;
  seed?: number;
}

export { EXAMPLE_OWNERS, GELIN, NEW_REP, YAMAXI };

interface Member {
  entry: RosterEntry;
  /** 紧密 customers generated for this rep (刘洋 gets a transferred one on top): the pane's quota meter. */
  close: number;
  /** Share of the phone calls, deals and releases. */
  weight: number;
}

function member(name: string, department: string, isManager: boolean, hireDate: CalendarDate, close: number, weight: number): Member {
  return { entry: { name, department, isManager, hireDate }, close, weight };
}

function teamOf(today: CalendarDate): Member[] {
  const before = (days: number) => addDays(today, -days);
  return [
    member(SAMPLE_MANAGER, '销售一部', true, before(2_950), 27, 1.2),
    member('王芳', '销售一部', false, before(1_480), 24, 1.2),
    member('李娜', '销售一部', false, before(760), 21, 1.1),
    member(NEW_REP, '销售一部', false, before(95), 11, 0.7),
    member('陈静', '销售二部', true, before(2_210), 26, 1.2),
    member('杨磊', '销售二部', false, before(1_130), 19, 1.1),
    member('赵敏', '销售二部', false, before(450), 15, 0.9),
    member('黄强', '销售二部', false, before(62), 9, 0.6),
  ];
}

const SURNAMES = [...'王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程'];
const TITLES = ['经理', '经理', '先生', '小姐', '工', '总', '主管', '女士'];
const SAMPLE_MODELS = ['BL-466', 'BL-320', 'BL-518', 'FL-208', 'FL-316', 'PU-105', 'NC-220', 'UV-680'];
const NOTES = ['已报价，等待回复', '样品测试中', '约下周再次拜访', '客户采购换人，需重新对接', '要求提供 MSDS 和检测报告',
  '价格偏高，申请特价中', '小批量试产', '月底前确认订单', '老板出差，下周回来再谈'];
const RELEASE_NOTES = ['客户暂无需求，提前释放', '客户已有固定供应商'];

type Stage = 'phone' | 'close' | 'deal' | 'released';

/**
 * Generates the sample team for `today`: 8 reps in 2 departments (2 new hires), about 2,000 customers over
 * the last three months (mostly calls; visits, samples and deals within each rep's 紧密 quota), follow-ups
 * due, protections about to end, today's new entries, a handful of trick twins (同音字, 分公司)
 * registered by another rep, some collisions and a manager's transfer — and the proposal's examples:
 * 深圳市格林电子有限公司 visited and sampled by 王芳 within the protection window, 雅玛西电子 cooperating
 * with 杨磊. The same seed and today give the same team.
 */
export function sampleTeam(today: CalendarDate, options: SampleTeamOptions = {}): SampleTeam {
  return new TeamBuilder(today, new SeededRandom(options.seed ?? 20_261_008), options.customers ?? 2_000).build();
}

class TeamBuilder {
  private readonly team: Member[];
  private readonly customers: CustomerRecord[] = [];
  private readonly activities: Activity[] = [];
  private readonly keys = new Set<string>();
  private transfer: { record: CustomerRecord; from: string; by: string; date: CalendarDate; reason: string } | null = null;

  constructor(private readonly today: CalendarDate, private readonly random: SeededRandom, private readonly size: number) {
    this.team = teamOf(today);
  }

  build(): SampleTeam {
    this.addProposalExamples();
    const scale = this.size / 2_000;
    for (const rep of this.team) {
      const own = rep.entry.name === EXAMPLE_OWNERS.gelin ? 1 : 0;
      for (let i = own; i < Math.round(rep.close * Math.min(1, scale)); i++) this.addGenerated(rep, 'close');
    }
    const weights = this.team.map((m) => m.weight);
    const total = weights.reduce((a, b) => a + b, 0);
    const twins = Math.round(24 * scale);
    while (this.customers.length < this.size - twins) {
      const rep = this.weightedRep(weights, total);
      const roll = this.random.next();
      this.addGenerated(rep, roll < 0.09 ? 'deal' : roll < 0.16 ? 'released' : 'phone');
    }
    this.addTwins(twins);
    this.addTransfer();
    this.addCollisions();
    return this.finish();
  }

  // ——— customers ———

  private addProposalExamples(): void {
    const t = (days: number) => addDays(this.today, -days);
    const gelin = this.record(GELIN, this.rep(EXAMPLE_OWNERS.gelin), {
      contactPerson: '周经理', firstContactDate: t(38), visitDate: t(30), sampleDate: t(23), sampleModel: 'BL-466',
      status: 'sample', grade: 'B', nextFollowUpDate: addDays(this.today, 2), followUpNotes: '样品测试中，周经理说下周给结果',
    });
    const yamaxi = this.record(YAMAXI, this.rep(EXAMPLE_OWNERS.yamaxi), {
      contactPerson: '何总', firstContactDate: t(85), visitDate: t(80), sampleDate: t(72), sampleModel: 'BL-320',
      dealDate: t(50), status: 'deal', grade: 'A', followUpNotes: '每月固定下单凡立水',
    });
    this.add(gelin);
    this.add(yamaxi);
  }

  private addGenerated(rep: Member, stage: Stage): void {
    for (;;) {
      const company = randomCompany(this.random);
      if (this.keys.has(dedupeKey(company.name))) continue;
      this.add(this.stagedRecord(company.name, rep, stage));
      return;
    }
  }

  private stagedRecord(name: string, rep: Member, stage: Stage): CustomerRecord {
    const r = this.random;
    const t = (days: number) => addDays(this.today, -days);
    const base = { contactPerson: this.contactPerson(), phone: this.phoneNumber() };
    if (stage === 'phone') {
      // About one in 250 calls was made today: 今日新增.
      const first = r.chance(0.004) ? this.today : t(r.int(0, 92));
      return this.record(name, rep, { ...base, firstContactDate: first, status: 'phone',
        followUpNotes: r.chance(0.3) ? r.pick(['有意向，待约拜访', '需求不大', '让先发资料', '前台未转接']) : '' });
    }
    if (stage === 'close') {
      const latest = r.chance(0.04) ? this.today : t(r.int(0, 89));
      const sampled = r.chance(0.55);
      const visitDate = sampled ? (r.chance(0.8) ? addDays(latest, -r.int(1, 14)) : null) : latest;
      const first = addDays(visitDate ?? latest, -r.int(0, 10));
      const follow = r.chance(0.5) ? addDays(this.today, r.int(-6, 21)) : null;
      return this.record(name, rep, {
        ...base, firstContactDate: first, visitDate, sampleDate: sampled ? latest : null,
        sampleModel: sampled ? r.pick(SAMPLE_MODELS) : '', status: sampled ? 'sample' : 'visit',
        grade: r.pick<CustomerGrade>(['B', 'C', 'C']), nextFollowUpDate: follow, followUpNotes: follow ? r.pick(NOTES) : '',
      });
    }
    if (stage === 'deal') {
      // Counted back from the deal, so every date is real; about one deal in a hundred was signed today.
      const dealAgo = r.chance(0.01) ? 0 : r.int(1, 55);
      const sampled = r.chance(0.8);
      const sampleAgo = dealAgo + r.int(3, 20);
      const visitAgo = (sampled ? sampleAgo : dealAgo) + r.int(2, 14);
      const follow = r.chance(0.3) ? addDays(this.today, r.int(-3, 30)) : null;
      return this.record(name, rep, {
        ...base, firstContactDate: t(visitAgo + r.int(0, 5)), visitDate: t(visitAgo), sampleDate: sampled ? t(sampleAgo) : null,
        sampleModel: sampled ? r.pick(SAMPLE_MODELS) : '', dealDate: t(dealAgo), status: 'deal',
        grade: r.pick<CustomerGrade>(['A', 'B', 'B']), nextFollowUpDate: follow, followUpNotes: follow ? '月度回访' : '',
      });
    }
    // Released: the visit lapsed three months ago, or the rep gave the customer up early.
    const lapsed = r.chance(0.6);
    const visitDate = lapsed ? t(r.int(91, 95)) : t(r.int(10, 80));
    return this.record(name, rep, {
      ...base, firstContactDate: addDays(visitDate, -r.int(0, 5)), visitDate, status: 'released',
      remarks: lapsed ? '' : r.pick(RELEASE_NOTES),
    });
  }

  /**
   * Trick twins: another rep registered a look-alike of a customer — 同音字 in the brand, or the head
   * office's 分公司 — so the register shows 疑似重复 and 关联公司 rows to audit.
   */
  private addTwins(count: number): void {
    let made = 0;
    let attempts = 0;
    while (made < count && attempts++ < count * 50) {
      const original = this.random.pick(this.customers.slice(2));
      const twinName = this.twinName(original.name, made % 2);
      if (!twinName || this.keys.has(dedupeKey(twinName))) continue;
      const others = this.team.filter((m) => m.entry.name !== original.rep);
      this.add(this.stagedRecord(twinName, this.random.pick(others), 'phone'));
      made++;
    }
  }

  /** 同音字 in the brand (kind 0), or the customer's 分公司 (kind 1); null when the name has no homophone. */
  private twinName(name: string, kind: number): string | null {
    if (kind === 0) {
      const chars = [...name];
      const at = chars.findIndex((c, i) => i >= 3 && HOMOPHONES[c]);
      if (at < 0) return null;
      chars[at] = HOMOPHONES[chars[at]];
      return chars.join('');
    }
    const bare = name.replace(/^(深圳市|东莞市|广州市|佛山市|惠州市|中山市|珠海市|江门市|苏州市|宁波市|厦门市)/, '').replace(/（.+?）/, '');
    return `${bare}${this.random.pick(['东莞', '惠州', '佛山'])}分公司`;
  }

  private record(name: string, rep: Member, fields: Partial<CustomerRecord>): CustomerRecord {
    const record = {
      ...emptyCustomerRecord(), name, rep: rep.entry.name, department: rep.entry.department, ...fields,
      dedupeKey: dedupeKey(name),
    };
    return { ...record, protectedUntil: protectedUntilOf(record, DEFAULT_CLAIM_POLICY) };
  }

  private add(record: CustomerRecord): void {
    this.keys.add(record.dedupeKey);
    this.customers.push(record);
  }

  // ——— history ———

  /** 李娜 could not win a customer over; 张伟 handed it to the new rep, who gets a handover script. */
  private addTransfer(): void {
    const t = (days: number) => addDays(this.today, -days);
    const record = this.record('东莞市恒耀五金制品有限公司', this.rep(NEW_REP), {
      contactPerson: '梁经理', phone: this.phoneNumber(), firstContactDate: t(70), visitDate: t(64), sampleDate: t(45),
      sampleModel: 'BL-466', status: 'sample', grade: 'B', remarks: '由李娜转交',
    });
    this.add(record);
    this.transfer = { record, from: '李娜', by: SAMPLE_MANAGER, date: t(6), reason: '李娜久攻不下，转给新人跟进' };
  }

  /** A few reps who tried to register someone else's protected customer and were blocked (撞单记录). */
  private addCollisions(): void {
    const protectedOnes = this.customers.filter((c) => c.status === 'visit' || c.status === 'sample' || c.status === 'deal');
    for (let i = 0; i < 6; i++) {
      const target = this.random.pick(protectedOnes);
      const blocked = this.random.pick(this.team.filter((m) => m.entry.name !== target.rep));
      const reason = formatMessage(protectedByMessage(lineClaimOf(target), DEFAULT_CLAIM_POLICY), 'zh-CN');
      this.log('collision', target, blocked.entry.name, target.rep, '', addDays(this.today, -this.random.int(1, 20)), reason);
    }
  }

  private finish(): SampleTeam {
    const customers = [...this.customers].sort((a, b) => ((a.firstContactDate ?? '') < (b.firstContactDate ?? '') ? -1 : 1));
    customers.forEach((c, i) => {
      c.seq = i + 1;
      this.logContacts(c);
    });
    if (this.transfer) {
      const { record, from, by, date, reason } = this.transfer;
      this.log('transfer', record, by, record.rep, from, date, reason);
    }
    const activities = [...this.activities].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { roster: this.team.map((m) => m.entry), customers, activities };
  }

  private logContacts(c: CustomerRecord): void {
    const transferred = this.transfer?.record === c ? this.transfer.from : null;
    const contactRep = transferred ?? c.rep;
    if (c.firstContactDate) this.log('phone', c, contactRep, contactRep, '', c.firstContactDate, '');
    if (c.visitDate) this.log('visit', c, contactRep, contactRep, '', c.visitDate, '');
    if (c.sampleDate) this.log('sample', c, contactRep, contactRep, '', c.sampleDate, c.sampleModel);
    if (c.dealDate) this.log('deal', c, c.rep, c.rep, '', c.dealDate, '');
    if (c.status === 'released' && c.remarks) this.log('release', c, c.rep, c.rep, '', addDays(c.visitDate ?? this.today, 3), c.remarks);
  }

  private log(kind: ActivityKind, c: CustomerRecord, actor: string, rep: string, previousRep: string, date: CalendarDate, detail: string): void {
    this.activities.push({
      id: `seed-${this.activities.length + 1}`, kind, dedupeKey: c.dedupeKey, customerName: c.name, actor, rep, previousRep,
      date, detail,
    });
  }

  // ——— small parts ———

  private rep(name: string): Member {
    return this.team.find((m) => m.entry.name === name)!;
  }

  private weightedRep(weights: number[], total: number): Member {
    let roll = this.random.next() * total;
    for (let i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) return this.team[i];
    }
    return this.team[this.team.length - 1];
  }

  private contactPerson(): string {
    const surname = this.random.pick(SURNAMES);
    return this.random.chance(0.8) ? surname + this.random.pick(TITLES) : surname + this.random.pick([...'晓丽伟敏强军婷杰涛明']) + this.random.pick([...'华平红芳斌亮燕辉']);
  }

  private phoneNumber(): string {
    const r = this.random;
    return r.chance(0.7)
      ? `1${r.pick(['35', '37', '38', '39', '50', '58', '86', '88'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`
      : `0${r.pick(['755', '769', '20', '757'])}-${String(r.int(2_000_000, 89_999_999))}`;
  }
}

/** The claim a seeded row stands for, to word its collisions as the rules would. */
function lineClaimOf(record: CustomerRecord): LineClaim {
  return {
    productLine: '', owner: record.rep, ownedSince: record.firstContactDate!, status: record.status, visitDate: record.visitDate,
    sampleDate: record.sampleDate, sampleModel: record.sampleModel, dealDate: record.dealDate, handedOverOn: null,
    nextFollowUpDate: record.nextFollowUpDate, followUpNotes: record.followUpNotes, creditShares: [],
  };
}
