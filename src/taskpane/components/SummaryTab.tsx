import {
  Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { firstDayOfMonth, previousMonth, type YearMonth } from '../../core/dates/calendarDate';
import { useTexts } from '../localeContext';
import type { RegisterWorkspace } from '../../app/registerWorkspace';
import type { Message } from '../../i18n/message';
import { printRegister } from '../../app';
import { summaryRuleSections } from '../../app/ruleViews';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '16px' },
  block: {
    display: 'flex', flexDirection: 'column', rowGap: '8px', padding: '12px', borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The last twelve months, newest first, starting with last month (the 1st-of-the-month printout). */
function recentMonths(first: YearMonth): YearMonth[] {
  const months: YearMonth[] = [first];
  while (months.length < 12) months.push(previousMonth(firstDayOfMonth(months[months.length - 1])));
  return months;
}

/** 汇总与打印: last month's summary sheet, today's list for department heads, and the register's print setup. */
export function SummaryTab({ workspace }: { workspace: RegisterWorkspace }) {
  const styles = useStyles();
  const { t, say } = useTexts();
  const months = recentMonths(previousMonth(workspace.today));
  const [month, setMonth] = useState<YearMonth>(months[0]);
  const [done, setDone] = useState<Message[] | null>(null);
  const [busy, setBusy] = useState(false);
  const { host } = workspace;
  const { canPrint } = host.capabilities;

  const run = async (work: () => Promise<Message[]>) => {
    setBusy(true);
    try {
      setDone(await work());
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <section className={styles.block}>
        <Subtitle2>{t('taskpane.summary.generate')}</Subtitle2>
        <Field label={t('taskpane.summary.month')} size="small">
          <Select size="small" value={month} onChange={(_e, d) => setMonth(d.value as YearMonth)} data-testid="summary-month">
            {months.map((m) => <option key={m} value={m}>{m}</option>)}
          </Select>
        </Field>
        <Button appearance="primary" disabled={busy} data-testid="summary-generate"
          onClick={() => void run(async () => (await workspace.writeMonthlySummary(month, summaryRuleSections)).messages)}>
          {t('taskpane.summary.generate')}
        </Button>
      </section>

      <section className={styles.block}>
        <Subtitle2>{t('taskpane.summary.daily')}</Subtitle2>
        <Button disabled={busy} data-testid="summary-daily"
          onClick={() => void run(async () => (await workspace.writeDailyList()).messages)}>
          {t('taskpane.summary.daily')}
        </Button>
      </section>

      <section className={styles.block}>
        <Subtitle2>{t('taskpane.summary.print')}</Subtitle2>
        <Button disabled={busy} data-testid="summary-print"
          onClick={() => void run(async () => [await printRegister(host, workspace.layout)])}>
          {canPrint ? t('taskpane.summary.printNow') : t('taskpane.summary.print')}
        </Button>
        {!canPrint && <Caption1 className={styles.hint}>{t('taskpane.summary.ctrlP')}</Caption1>}
      </section>

      {done && (
        <MessageBar intent="success" role="status" data-testid="summary-done">
          <MessageBarBody>{done.map(say).join(' ')}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
