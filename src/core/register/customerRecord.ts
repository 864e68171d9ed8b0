import type { CalendarDate } from '../dates/calendarDate';

/** How far a rep has got with a customer; the order matters: 电话 < 拜访 < 送样 < 合作. */
export type ContactStatus = 'phone' | 'visit' | 'sample' | 'deal' | 'released';

/** The words the register's 状态 column shows for each status (the proposal's format). */
export const STATUS_LABELS: Record<ContactStatus, string> = {
  phone: '电话',
  visit: '拜访',
  sample: '送样',
  deal: '合作',
  released: '已释放',
};

export type CustomerGrade = 'A' | 'B' | 'C';

/** One row of the register (sheet 客户登记, table ClaimRegister), as plain data. */
export interface CustomerRecord {
  /** 序号 */
  seq: number | null;
  /** 客户名称, exactly as the rep typed it. */
  name: string;
  /** 业务员 */
  rep: string;
  /** 部门 */
  department: string;
  /** 联系人 */
  contactPerson: string;
  /** 联系电话 */
  phone: string;
  /** 首次联系日期 */
  firstContactDate: CalendarDate | null;
  /** 拜访日期 (the latest visit) */
  visitDate: CalendarDate | null;
  /** 送样日期 (the latest sample) */
  sampleDate: CalendarDate | null;
  /** 样品型号 */
  sampleModel: string;
  /** 合作日期 */
  dealDate: CalendarDate | null;
  /** 状态 */
  status: ContactStatus;
  /** 再次跟进日期 */
  nextFollowUpDate: CalendarDate | null;
  /** 跟进情况 */
  followUpNotes: string;
  /** 保护到期 — computed by the claim rules, never typed. */
  protectedUntil: CalendarDate | null;
  /** 客户等级 */
  grade: CustomerGrade | null;
  /** 产品线 */
  productLine: string;
  /** 上级客户 */
  parentCustomer: string;
  /** 备注 */
  remarks: string;
  /** 查重键 — computed from the name, never typed. */
  dedupeKey: string;
}

export function emptyCustomerRecord(): CustomerRecord {
  return {
    seq: null, name: '', rep: '', department: '', contactPerson: '', phone: '', firstContactDate: null,
    visitDate: null, sampleDate: null, sampleModel: '', dealDate: null, status: 'phone', nextFollowUpDate: null,
    followUpNotes: '', protectedUntil: null, grade: null, productLine: '', parentCustomer: '', remarks: '',
    dedupeKey: '',
  };
}
