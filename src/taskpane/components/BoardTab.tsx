import {
  Caption1, Field, makeStyles, Select, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
  Text, tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { yearMonthOf } from '../../core/dates/calendarDate';
import type { CustomerRecord } from '../../core/register/customerRecord';
import { totalOf } from '../../core/summary/pkRanking';
import { useTexts } from '../localeContext';
import { RotationReview } from './RotationReview';
import { useWorkspaceVersion } from '../useWorkspace';
import { board, type BoardFilter } from '../../app/board';
import type { RegisterWorkspace } from '../../app/registerWorkspace';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '14px' },
  filters: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: '8px' },
  zone: {
    display: 'flex', flexDirection: 'column', rowGap: '4px', padding: '10px', borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1,
  },
  zoneOpen: { borderTop: `4px solid ${tokens.colorPaletteMarigoldBorder2}` },
  zoneDeal: { borderTop: `4px solid ${tokens.colorPaletteGreenBorder2}` },
  zoneToday: { borderTop: `4px solid ${tokens.colorBrandStroke1}` },
  line: {
    display: 'grid', gridTemplateColumns: '1fr auto', columnGap: '8px', padding: '3px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  customer: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  dates: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  rep: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  leader: { fontWeight: tokens.fontWeightBold, color: tokens.colorBrandForeground1 },
});

/** How many customers a zone lists before it asks to narrow the filter (a board is read, not scrolled). */
const ZONE_LIMIT = 40;

/** 看板: the proposal's blackboard — its two zones with dates, today's new entries, and the month's PK table. */
export function BoardTab({ workspace }: { workspace: RegisterWorkspace }) {
  const styles = useStyles();
  const { t } = useTexts();
  const version = useWorkspaceVersion(workspace);
  const [filter, setFilter] = useState<BoardFilter>({ department: null, rep: null });
  const departments = [...new Set(workspace.roster.map((m) => m.department))];
  const reps = workspace.roster.filter((m) => !filter.department || m.department === filter.department);
  const view = useMemo(() => board(workspace.records(), workspace.roster, filter, workspace.today, workspace.monthRecords(yearMonthOf(workspace.today))), [workspace, filter, version]);

  return (
    <div className={styles.root}>
      <div className={styles.filters}>
        <Field label={t('taskpane.board.department')} size="small">
          <Select size="small" value={filter.department ?? ''} data-testid="board-department"
            onChange={(_e, d) => setFilter({ department: d.value || null, rep: null })}>
            <option value="">{t('taskpane.board.all')}</option>
            {departments.map((d) => <option key={d} value={d}>{d}</option>)}
          </Select>
        </Field>
        <Field label={t('taskpane.board.rep')} size="small">
          <Select size="small" value={filter.rep ?? ''} data-testid="board-rep"
            onChange={(_e, d) => setFilter({ ...filter, rep: d.value || null })}>
            <option value="">{t('taskpane.board.all')}</option>
            {reps.map((m) => <option key={m.name} value={m.name}>{m.name}</option>)}
          </Select>
        </Field>
      </div>

      <Zone title={t('taskpane.board.today', { count: view.today.length })} className={styles.zoneToday} records={view.today} testId="board-today" />
      <Zone title={t('taskpane.board.zoneOpen', { count: view.visitedOrSampled.length })} className={styles.zoneOpen}
        records={view.visitedOrSampled} testId="board-open" />
      <Zone title={t('taskpane.board.zoneDeal', { count: view.cooperating.length })} className={styles.zoneDeal}
        records={view.cooperating} testId="board-deal" />

      {workspace.currentUser?.isManager && <RotationReview workspace={workspace} rep={filter.rep} testId="board-rotation" />}

      <section aria-label={t('taskpane.board.pk')}>
        <Subtitle2>{t('taskpane.board.pk')}</Subtitle2>
        <Table size="extra-small" data-testid="board-pk">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('taskpane.board.pkRank')}</TableHeaderCell>
              <TableHeaderCell>{t('taskpane.board.rep')}</TableHeaderCell>
              <TableHeaderCell>{t('taskpane.board.pkVisits')}</TableHeaderCell>
              <TableHeaderCell>{t('taskpane.board.pkSamples')}</TableHeaderCell>
              <TableHeaderCell>{t('taskpane.board.pkDeals')}</TableHeaderCell>
              <TableHeaderCell>{t('taskpane.board.pkTotal')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {view.ranking.map(({ rank, item }) => (
              <TableRow key={item.rep}>
                <TableCell className={rank === 1 ? styles.leader : undefined}>{rank}</TableCell>
                <TableCell>{item.rep}</TableCell>
                <TableCell>{item.counts.visits}</TableCell>
                <TableCell>{item.counts.samples}</TableCell>
                <TableCell>{item.counts.deals}</TableCell>
                <TableCell className={rank === 1 ? styles.leader : undefined}>{totalOf(item.counts)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </div>
  );
}

function Zone({ title, className, records, testId }: { title: string; className: string; records: CustomerRecord[]; testId: string }) {
  const styles = useStyles();
  const { t } = useTexts();
  const shown = records.slice(0, ZONE_LIMIT);
  return (
    <section className={`${styles.zone} ${className}`} aria-label={title} data-testid={testId}>
      <Subtitle2>{title}</Subtitle2>
      {records.length === 0 && <Caption1>{t('taskpane.board.empty')}</Caption1>}
      {shown.map((r) => (
        <div key={r.dedupeKey} className={styles.line}>
          <Text className={styles.customer}>{r.name}</Text>
          <span className={styles.rep}>{r.rep}</span>
          <span className={styles.dates}>{datesOf(r, t).join(' · ')}</span>
        </div>
      ))}
      {records.length > shown.length && <Caption1>{t('taskpane.board.more', { count: records.length - shown.length })}</Caption1>}
    </section>
  );
}

function datesOf(record: CustomerRecord, t: ReturnType<typeof useTexts>['t']): string[] {
  const parts: string[] = [];
  if (record.visitDate) parts.push(t('taskpane.board.visited', { date: record.visitDate }));
  if (record.sampleDate) parts.push(t('taskpane.board.sampled', { date: record.sampleDate, model: record.sampleModel }));
  if (record.dealDate) parts.push(t('taskpane.board.dealt', { date: record.dealDate }));
  if (parts.length === 0 && record.firstContactDate) parts.push(`${t('taskpane.status.phone')} ${record.firstContactDate}`);
  return parts;
}
