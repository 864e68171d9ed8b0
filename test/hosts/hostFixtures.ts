import type { CalendarDate } from '../../src/core/dates/calendarDate';
import { addDays } from '../../src/core/dates/calendarDate';
import { emptyCustomerRecord, type ContactStatus, type CustomerRecord } from '../../src/core/register/customerRecord';
import { recordToRow } from '../../src/core/register/registerRow';
import { REGISTER_COLUMNS, REGISTER_SHEET_NAME, REGISTER_TABLE_NAME } from '../../src/core/register/registerSchema';
import type { CellValue } from '../../src/core/register/cellValue';
import type { TableDefinition } from '../../src/hosts/spreadsheetHost';

export const START = '2026-07-01' as CalendarDate;
const PLACES = ['深圳市', '广州市', '东莞市', '佛山市', '', '上海'];
const BRANDS = ['格林', '雅玛西', '博蓝', '华信', '金达', '新锐', '恒通', '宏远', '天成', '众合'];
const TRADES = ['电子', '化工', '涂料', '科技', '贸易', '五金'];
const FORMS = ['有限公司', '股份有限公司', '有限责任公司', '厂', ''];
const REPS = [['张三', '销售一部'], ['李四', '销售一部'], ['王五', '销售二部'], ['赵六', '销售二部']] as const;
const STATUSES: ContactStatus[] = ['phone', 'visit', 'sample', 'deal'];

/** A plausible register of `count` customers: real-looking names, reps, dates, models and notes. */
export function sampleRecords(count: number): CustomerRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const [rep, department] = REPS[i % REPS.length];
    const status = STATUSES[i % STATUSES.length];
    const first = addDays(START, i % 90);
    const record = emptyCustomerRecord();
    record.seq = i + 1;
    record.name = `${PLACES[i % PLACES.length]}${BRANDS[i % BRANDS.length]}${Math.floor(i / 10)}${TRADES[i % TRADES.length]}${FORMS[i % FORMS.length]}`;
    record.rep = rep;
    record.department = department;
    record.contactPerson = `陈经理${i % 7}`;
    record.phone = `138${String(10_000_000 + i).slice(-8)}`;
    record.firstContactDate = first;
    record.status = status;
    if (status !== 'phone') record.visitDate = addDays(first, 3);
    if (status === 'sample' || status === 'deal') { record.sampleDate = addDays(first, 6); record.sampleModel = `BL-${400 + (i % 90)}`; }
    if (status === 'deal') record.dealDate = addDays(first, 9);
    record.followUpNotes = i % 3 === 0 ? '客户要求下周再报价，关注竞品价格' : '';
    record.dedupeKey = `${BRANDS[i % BRANDS.length]}${Math.floor(i / 10)}${TRADES[i % TRADES.length]}`;
    return record;
  });
}

/**
 * Company names as varied as a real register's (a three-character 字号 from a pool, an industry word, a legal
 * form), so few of them look alike — unlike sampleRecords', which differ by a number and all resemble each other.
 */
export function distinctNames(count: number): string[] {
  const pool = '安宝博昌晨诚达德鼎东方丰福富海豪恒宏华辉佳嘉建金锦京景骏凯康坤兰雷力利联隆龙美明南鹏平琪启千清庆荣瑞润森尚升盛圣顺泰天通万威伟新鑫信星兴旭雅亚扬耀亿益英永宇元远悦云泽展正中众卓';
  const trades = ['电子', '化工', '涂料', '五金', '贸易', '机械', '塑胶', '包装'];
  let seed = 7;
  const next = () => (seed = (seed * 48_271) % 2_147_483_647);
  const names = new Set<string>();
  while (names.size < count) {
    names.add(`${pool[next() % pool.length]}${pool[next() % pool.length]}${pool[next() % pool.length]}${trades[next() % trades.length]}有限公司`);
  }
  return [...names];
}

export function sampleRows(count: number): CellValue[][] {
  return sampleRecords(count).map(recordToRow);
}

export const REGISTER_FORMATS = REGISTER_COLUMNS.map((c) => c.numberFormat);

export function registerDefinition(sheet = REGISTER_SHEET_NAME, tableName = REGISTER_TABLE_NAME): TableDefinition {
  return {
    sheet, tableName, freezeHeader: true,
    columns: REGISTER_COLUMNS.map((c) => ({ header: c.header, width: c.width, numberFormat: c.numberFormat, computed: c.computed })),
  };
}

export const column = (header: string) => REGISTER_COLUMNS.findIndex((c) => c.header === header);
