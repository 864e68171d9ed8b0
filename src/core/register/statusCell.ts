import { message, type Message } from '../../i18n/message';
import { isBlankCell, type CellValue } from './cellValue';
import type { ContactStatus, CustomerRecord } from './customerRecord';

export interface StatusCellResult {
  /** null when the cell is blank or unknown: the caller infers it from the dates (statusFromDates). */
  status: ContactStatus | null;
  error: Message | null;
}

// The words teams actually type in a hand-kept 状态/阶段 column, besides the five labels of the list.
const SYNONYMS: Record<ContactStatus, readonly string[]> = {
  phone: ['电话', '电联', '致电', '打电话', '电话联系', '电话沟通', '已电话', 'phone', 'call', 'called'],
  visit: ['拜访', '已拜访', '上门', '已上门', '上门拜访', '面访', '走访', 'visit', 'visited'],
  sample: ['送样', '已送样', '寄样', '已寄样', '送样品', '寄样品', '试样', 'sample', 'sampled', 'samplesent'],
  deal: ['合作', '已合作', '合作中', '正在合作', '成交', '已成交', '签约', '已签约', 'deal', 'won', 'closed', 'closedwon'],
  released: ['已释放', '释放', '公海', '公海客户', '放弃', '已放弃', 'released', 'release'],
};

const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]+/gu, '');

const statusByWord = new Map<string, ContactStatus>(
  (Object.entries(SYNONYMS) as [ContactStatus, readonly string[]][])
    .flatMap(([status, words]) => words.map((w) => [normalize(w), status] as const)),
);

export function parseStatusCell(value: CellValue): StatusCellResult {
  if (isBlankCell(value)) return { status: null, error: null };
  const status = statusByWord.get(normalize(String(value)));
  return status
    ? { status, error: null }
    : { status: null, error: message('register.statusUnknown', { value: String(value).trim() }) };
}

/** The furthest stage the dates show: 合作日期 → 合作, else 送样日期 → 送样, else 拜访日期 → 拜访, else 电话. */
export function statusFromDates(record: Pick<CustomerRecord, 'visitDate' | 'sampleDate' | 'dealDate'>): ContactStatus {
  if (record.dealDate) return 'deal';
  if (record.sampleDate) return 'sample';
  if (record.visitDate) return 'visit';
  return 'phone';
}

const PROGRESS: Record<ContactStatus, number> = { phone: 0, visit: 1, sample: 2, deal: 3, released: -1 };

/** How far along a status is (电话 0 … 合作 3); 已释放 stands outside the progression. */
export function statusProgress(status: ContactStatus): number {
  return PROGRESS[status];
}
