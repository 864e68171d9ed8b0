import type { CalendarDate } from '../dates/calendarDate';
import { STATUS_LABELS, type CustomerRecord } from '../register/customerRecord';
import { compareChinese } from './chineseOrder';
import { departmentOrder } from './departmentOrder';
import { groupBy } from './groupBy';
import { dateCell, headerCells, textCell } from './handoutCells';
import { headerFooterParts } from './headerFooterParts';
import { handoutPageLayout } from './handoutPageLayout';
import { HANDOUT_STYLES } from './handoutStyles';
import { SheetDraft } from './sheetDraft';
import type { SheetSpec } from './sheetSpec';
import { zhText } from './zhText';

const COLUMNS = [
  { label: zhText('summary.column.seq'), width: 6 },
  { label: zhText('summary.column.customer'), width: 32 },
  { label: zhText('summary.column.rep'), width: 10 },
  { label: zhText('summary.column.todayActivity'), width: 14 },
  { label: zhText('summary.column.firstContact'), width: 11 },
  { label: zhText('summary.column.visitDate'), width: 11 },
  { label: zhText('summary.column.sampleDate'), width: 11 },
  { label: zhText('summary.column.sampleModel'), width: 13 },
  { label: zhText('summary.column.dealDate'), width: 11 },
  { label: zhText('summary.column.status'), width: 8 },
  { label: zhText('summary.column.protectedUntil'), width: 11 },
];

/** What a record registered today, in the order a customer moves through them. */
const TODAY_ACTIVITIES = [
  { date: (r: CustomerRecord) => r.firstContactDate, label: zhText('summary.activity.firstContact') },
  { date: (r: CustomerRecord) => r.visitDate, label: zhText('summary.activity.visit') },
  { date: (r: CustomerRecord) => r.sampleDate, label: zhText('summary.activity.sample') },
  { date: (r: CustomerRecord) => r.dealDate, label: zhText('summary.activity.deal') },
] as const;

function activitiesOn(record: CustomerRecord, today: CalendarDate): string[] {
  return TODAY_ACTIVITIES.filter((a) => a.date(record) === today).map((a) => a.label);
}

/** A record is new today when its first contact, visit, sample or deal is dated today. */
export function registeredOn(record: CustomerRecord, today: CalendarDate): boolean {
  return activitiesOn(record, today).length > 0;
}

/** The furthest a customer got today, so each is counted once and the header's counts add up to its total. */
function furthestToday(record: CustomerRecord, today: CalendarDate): 'deals' | 'samples' | 'visits' | 'firstContacts' {
  if (record.dealDate === today) return 'deals';
  if (record.sampleDate === today) return 'samples';
  return record.visitDate === today ? 'visits' : 'firstContacts';
}

/**
 * 今日新增 — the proposal's daily list for department heads: every customer contacted, visited, sampled or
 * signed today, grouped by department (in the roster's order), with who holds it and until when, to check
 * before calling.
 */
export function buildDailyList(
  records: CustomerRecord[], today: CalendarDate, roster: readonly { department: string }[] = [],
): SheetSpec {
  const todays = records.filter((r) => registeredOn(r, today));
  const stages = todays.map((r) => furthestToday(r, today));
  const count = (stage: ReturnType<typeof furthestToday>) => stages.filter((s) => s === stage).length;
  const title = zhText('summary.dailyTitle', { date: today });

  const draft = new SheetDraft(zhText('summary.dailySheetName'), COLUMNS.map((c) => c.width), HANDOUT_STYLES);
  draft.addBanner(title, 'title', { heightPoints: 30 });
  draft.addBanner(zhText('summary.dailySubtitle', {
    customers: todays.length, visits: count('visits'), samples: count('samples'), deals: count('deals'),
    firstContacts: count('firstContacts'),
  }), 'subtitle', { heightPoints: 18 });

  let printTitleRows = null;
  if (todays.length === 0) {
    draft.addBlankRow();
    draft.addBanner(zhText('summary.dailyEmpty'), 'empty', { heightPoints: 30 });
  } else {
    const headerRow = draft.addRow(headerCells(COLUMNS.map((c) => c.label)), 20);
    printTitleRows = { first: headerRow, last: headerRow };
    const byDepartment = groupBy(todays, (r) => r.department.trim());
    const departments = [...byDepartment.keys()].sort(departmentOrder(roster));
    let seq = 0;
    for (const department of departments) {
      const members = (byDepartment.get(department) ?? [])
        .sort((a, b) => compareChinese(a.rep, b.rep) || compareChinese(a.name, b.name));
      draft.addBanner(zhText('summary.dailyDepartment', {
        department: department || zhText('summary.noDepartment'), count: members.length,
      }), 'zoneOpen', { heightPoints: 20 });
      for (const r of members) {
        draft.addRow([
          { value: ++seq, style: 'centered' }, textCell(r.name), textCell(r.rep || zhText('summary.noRep')),
          textCell(activitiesOn(r, today).join('、')), dateCell(r.firstContactDate), dateCell(r.visitDate),
          dateCell(r.sampleDate), textCell(r.sampleModel), dateCell(r.dealDate),
          { value: STATUS_LABELS[r.status], style: 'centered' }, dateCell(r.protectedUntil),
        ]);
      }
    }
  }

  return draft.finish(handoutPageLayout({
    printTitleRows,
    printArea: draft.usedRange(),
    header: { left: [zhText('summary.appTitle')], center: [title], right: [] },
    footer: { left: [], center: headerFooterParts(zhText('summary.pageXofY')), right: [today] },
  }), printTitleRows ? printTitleRows.last + 1 : 0);
}
