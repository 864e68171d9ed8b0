import { Badge, Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { AdoptionReport } from '../adoption/adoptionReport';
import { useTexts } from '../localeContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '8px', marginBottom: '12px' },
  groups: { display: 'flex', flexDirection: 'column', rowGap: '6px', margin: 0, padding: 0, listStyleType: 'none' },
  group: {
    display: 'flex', flexDirection: 'column', rowGap: '2px', padding: '6px 10px', borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', alignItems: 'center', columnGap: '8px' },
  rows: { margin: 0, paddingLeft: '18px' },
  reason: { color: tokens.colorNeutralForeground3 },
  close: { alignSelf: 'flex-start' },
});

/** After adoption: the duplicate groups found among the team's rows ("发现 3 组重复客户"), until closed. */
export function AdoptionReportView({ report, onClose }: { report: AdoptionReport; onClose: () => void }) {
  const styles = useStyles();
  const { t, say } = useTexts();
  const close = (
    <Button size="small" className={styles.close} onClick={onClose} data-testid="adoption-report-close">{t('taskpane.adopt.report.close')}</Button>
  );
  if (report.groups.length === 0) {
    return (
      <section className={styles.root} data-testid="adoption-report">
        <MessageBar intent="success"><MessageBarBody>{t('taskpane.adopt.report.none', { sheet: report.sheet })}</MessageBarBody></MessageBar>
        {close}
      </section>
    );
  }
  return (
    <section className={styles.root} aria-labelledby="adoption-report-title" data-testid="adoption-report">
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle id="adoption-report-title">{t('taskpane.adopt.report.groups', { count: report.groups.length })}</MessageBarTitle>
          {t('taskpane.adopt.report.intro', { sheet: report.sheet })}
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.groups}>
        {report.groups.map((group) => (
          <li key={group.rows[0].row} className={styles.group}>
            <div className={styles.head}>
              <Badge appearance="tint" color={group.kind === 'duplicate' ? 'danger' : group.kind === 'branch' ? 'informative' : 'warning'}>
                {t(`taskpane.verdict.${group.kind}`)}
              </Badge>
              <Caption1>{t('taskpane.adopt.report.rows', { rows: group.rows.map((r) => r.row).join('、') })}</Caption1>
            </div>
            <ul className={styles.rows}>
              {group.rows.map((r) => <li key={r.row}><Body1>{t('taskpane.adopt.report.row', { row: r.row, name: r.name })}</Body1></li>)}
            </ul>
            <Caption1 className={styles.reason}>{say(group.reason)}</Caption1>
          </li>
        ))}
      </ul>
      {close}
    </section>
  );
}
