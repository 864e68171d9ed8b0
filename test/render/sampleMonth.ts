import { addDays, parseIsoDate, type CalendarDate } from '../../src/core/dates/calendarDate';
import { emptyCustomerRecord, type ContactStatus, type CustomerRecord } from '../../src/core/register/customerRecord';
import type { RepAssignment } from '../../src/core/summary';

/** October 2026 of a paint and electronics sales team: 8 reps in 2 departments, about 60 customers. */
export const SAMPLE_ROSTER: RepAssignment[] = [
  { name: '张敏', department: '华南业务一部' },
  { name: '王建国', department: '华南业务一部' },
  { name: '李娜', department: '华南业务一部' },
  { name: '刘洋', department: '华南业务一部' },
  { name: '陈静', department: '华东业务二部' },
  { name: '杨帆', department: '华东业务二部' },
  { name: '赵磊', department: '华东业务二部' },
  { name: '黄丽', department: '华东业务二部' },
];

const PLACES = ['深圳市', '东莞市', '广州市', '惠州市', '苏州市', '上海', '宁波市', '佛山市'];
const BRANDS = [
  '宏达', '三叶', '立信', '华美', '金鹏', '永盛', '联创', '精工', '新世纪', '恒通', '科力', '明辉', '大成', '顺发',
  '鑫源', '天虹', '富康', '嘉禾', '百川', '瑞丰', '海纳', '锦程', '龙腾', '东方红', '欣旺', '鼎盛', '汇丰源', '中南',
  '佳能达', '美亚', '益升', '星光', '润泽', '利达', '国泰', '安捷', '盈科', '威尔', '福田', '高登', '同创', '凯旋',
  '博远', '华通', '德润', '昌盛', '中宝', '亚太', '力拓', '合兴', '荣威', '创维达', '信达', '光明', '兴业', '奥力',
];
const INDUSTRIES = ['电子', '五金制品', '家具', '电器', '涂料', '塑胶', '线缆', '包装材料'];
const FORMS = ['有限公司', '有限公司', '股份有限公司', '实业有限公司', '科技有限公司'];
const MODELS = ['BL-466', 'BL-520', 'BL-301', 'VS-2301', 'PU-880', 'BL-466A'];
const CONTACTS = ['陈先生', '林小姐', '周经理', '吴工', '郑总', '何小姐', '罗先生', '梁采购'];
const NOTES = ['客户试样中，下周回访', '要求报价，已发邮件', '样品效果好，等待下单', '采购更换，需重新对接', '对价格敏感', '=客户要求先送 2 kg 样品', ''];

/** A small linear congruential generator: the same sheet every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const date = (text: string) => parseIsoDate(text) as CalendarDate;

export function sampleRecords(): CustomerRecord[] {
  const random = seeded(20261031);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const october = (day: number) => date(`2026-10-${String(day).padStart(2, '0')}`);
  const records: CustomerRecord[] = [];
  const add = (fields: Partial<CustomerRecord>) => {
    const rep = SAMPLE_ROSTER.find((r) => r.name === fields.rep) ?? SAMPLE_ROSTER[0];
    records.push({ ...emptyCustomerRecord(), seq: records.length + 1, department: rep.department, ...fields });
  };

  // The proposal's own customers.
  add({
    name: '深圳市格林电子有限公司', rep: '张敏', contactPerson: '陈先生', firstContactDate: date('2026-09-28'),
    visitDate: date('2026-10-08'), sampleDate: date('2026-10-15'), sampleModel: 'BL-466', status: 'sample',
    nextFollowUpDate: date('2026-11-05'), followUpNotes: '试用 BL-466 凡立水，反馈干燥快', protectedUntil: date('2027-01-13'),
  });
  add({
    name: '雅玛西电子', rep: '陈静', contactPerson: '林小姐', firstContactDate: date('2026-08-12'),
    visitDate: date('2026-09-03'), sampleDate: date('2026-09-10'), sampleModel: 'BL-520', dealDate: date('2026-10-20'),
    status: 'deal', followUpNotes: '首单 200 kg，月结 30 天',
  });

  BRANDS.forEach((brand, index) => {
    const rep = SAMPLE_ROSTER[index % SAMPLE_ROSTER.length].name;
    const visit = random() < 0.85 ? october(1 + Math.floor(random() * 31)) : null;
    const firstContact = addDays(visit ?? date('2026-10-31'), -Math.floor(random() * 50));
    const sample = visit && random() < 0.55 ? addDays(visit, Math.floor(random() * 8)) : null;
    const sampleInMonth = sample && sample <= date('2026-10-31') ? sample : null;
    const deal = sampleInMonth && random() < 0.35 ? addDays(sampleInMonth, Math.floor(random() * 10)) : null;
    const status: ContactStatus = deal ? 'deal' : sampleInMonth ? 'sample' : visit ? 'visit' : 'phone';
    add({
      name: `${pick(PLACES)}${brand}${pick(INDUSTRIES)}${pick(FORMS)}`, rep, contactPerson: pick(CONTACTS),
      phone: `0755-${2000_0000 + Math.floor(random() * 7999_9999)}`, firstContactDate: firstContact,
      visitDate: visit, sampleDate: sampleInMonth, sampleModel: sampleInMonth ? pick(MODELS) : '',
      dealDate: deal && deal <= date('2026-10-31') ? deal : null, status,
      nextFollowUpDate: visit ? addDays(visit, 14) : null, followUpNotes: visit ? pick(NOTES) : '',
      protectedUntil: visit ? addDays(sampleInMonth ?? visit, 90) : null,
    });
  });

  // Long-standing customers re-visited this month, and last month's work that must stay out.
  add({ name: '东莞市长安华宝五金制品厂', rep: '刘洋', dealDate: date('2025-06-18'), visitDate: october(22), status: 'deal', followUpNotes: '老客户季度拜访' });
  add({ name: '苏州工业园区恒力电子有限公司', rep: '杨帆', visitDate: date('2026-09-29'), status: 'visit' });
  add({ name: '广州番禺迅达电器有限公司', rep: '黄丽', firstContactDate: october(9), status: 'phone' });
  return records;
}
