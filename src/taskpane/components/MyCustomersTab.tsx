import {
  Badge, Body1, Button, Caption1, Card, makeStyles, ProgressBar, Subtitle2, Text, tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { creditSharesMessage, scriptText, type CreditShare } from '../../core/claims';
import { useTexts } from '../localeContext';
import { useCompanyName } from '../useCompanyName';
import { useWorkspaceVersion } from '../useWorkspace';
import { myCustomers, type Handover } from '../../app/myCustomers';
import { creditSharesOf } from '../../app/ruleViews';
import { RotationReview } from './RotationReview';
import type { RegisterWorkspace } from '../../app/registerWorkspace';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '14px' },
  meter: { display: 'flex', flexDirection: 'column', rowGap: '4px', padding: '12px' },
  meterHead: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' },
  meterValue: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero700 },
  counts: { display: 'flex', columnGap: '12px', color: tokens.colorNeutralForeground2 },
  section: { display: 'flex', flexDirection: 'column', rowGap: '6px' },
  item: {
    display: 'flex', justifyContent: 'space-between', alignItems: 'center', columnGap: '8px', padding: '6px 8px',
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  itemText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  script: {
    padding: '8px', backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300,
  },
});

/** 我的客户: quota meter, protections ending soon, follow-ups due, handovers with their script, release. */
export function MyCustomersTab({ workspace }: { workspace: RegisterWorkspace }) {
  const styles = useStyles();
  const { t } = useTexts();
  const version = useWorkspaceVersion(workspace);
  const company = useCompanyName(workspace.host);
  const rep = workspace.currentUser?.name ?? null;
  const view = useMemo(() => (rep ? myCustomers(workspace, rep, company) : null), [workspace, rep, company, version]);
  const [released, setReleased] = useState<string | null>(null);
  /** 释放 gives the customer up for good: asked once more before it happens. */
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!view) return <Body1>{t('taskpane.mine.noUser')}</Body1>;

  const close = view.held.filter((h) => h.tier === 'close');
  const deals = view.held.filter((h) => h.tier === 'deal').length;
  const calls = view.held.filter((h) => h.tier === 'open').length;
  const release = async (key: string, name: string) => {
    setConfirming(null);
    const result = await workspace.release(key);
    if (result.ok) setReleased(name);
  };

  return (
    <div className={styles.root}>
      <Card className={styles.meter} data-testid="quota">
        <div className={styles.meterHead}>
          <Subtitle2>{t('taskpane.mine.quota')}</Subtitle2>
          <Text className={styles.meterValue}>
            {view.quota === null ? view.closeCount : t('taskpane.mine.quotaValue', { count: view.closeCount, quota: view.quota })}
          </Text>
        </div>
        {view.quota !== null
          ? <ProgressBar value={Math.min(1, view.closeCount / view.quota)} thickness="large"
              color={view.closeCount >= view.quota ? 'error' : view.closeCount >= view.quota * 0.8 ? 'warning' : 'brand'}
              aria-label={t('taskpane.mine.quota')} />
          : <Caption1>{t('taskpane.mine.quotaOff')}</Caption1>}
        <div className={styles.counts}>
          <Caption1>{`${t('taskpane.mine.deals')} ${deals}`}</Caption1>
          <Caption1>{`${t('taskpane.mine.open')} ${calls}`}</Caption1>
        </div>
      </Card>

      <section className={styles.section} aria-label={t('taskpane.mine.expiring')}>
        <Subtitle2>{t('taskpane.mine.expiring')}</Subtitle2>
        {view.reminders.expiring.length === 0 && <Caption1 className={styles.muted}>{t('taskpane.mine.nothing')}</Caption1>}
        {view.reminders.expiring.map((r) => (
          <div key={r.customerKey} className={styles.item}>
            <div className={styles.itemText}>
              <Text className={styles.name}>{r.customerName}</Text>
              <Caption1 className={styles.muted}>{`${t('taskpane.check.protectedUntil')} ${r.protectedUntil}`}</Caption1>
            </div>
            <Badge color={r.daysLeft <= 2 ? 'danger' : 'warning'}>{t('taskpane.mine.daysLeft', { days: r.daysLeft })}</Badge>
          </div>
        ))}
      </section>

      <section className={styles.section} aria-label={t('taskpane.mine.followUps')}>
        <Subtitle2>{t('taskpane.mine.followUps')}</Subtitle2>
        {view.reminders.followUps.length === 0 && <Caption1 className={styles.muted}>{t('taskpane.mine.nothing')}</Caption1>}
        {view.reminders.followUps.map((f) => (
          <div key={f.customerKey} className={styles.item}>
            <div className={styles.itemText}>
              <Text className={styles.name}>{f.customerName}</Text>
              <Caption1 className={styles.muted}>{workspace.customer(f.customerKey)?.record.followUpNotes || f.dueDate}</Caption1>
            </div>
            <Badge color={f.overdueDays > 0 ? 'danger' : 'brand'}>
              {f.overdueDays > 0 ? t('taskpane.mine.overdue', { days: f.overdueDays }) : t('taskpane.mine.dueToday')}
            </Badge>
          </div>
        ))}
      </section>

      {rep && <RotationReview workspace={workspace} rep={rep} testId="mine-rotation" />}

      {view.handovers.length > 0 && (
        <section className={styles.section} aria-label={t('taskpane.mine.handovers')}>
          <Subtitle2>{t('taskpane.mine.handovers')}</Subtitle2>
          {view.handovers.map((h) => <HandoverCard key={h.key} handover={h} shares={creditSharesOf(workspace, h.key)} />)}
        </section>
      )}

      <section className={styles.section} aria-label={t('taskpane.mine.all', { count: close.length })}>
        <Subtitle2>{t('taskpane.mine.all', { count: close.length })}</Subtitle2>
        {released && <Caption1 role="status">{t('taskpane.mine.released', { name: released })}</Caption1>}
        {close.map((h) => (
          <div key={h.key} className={styles.item}>
            <div className={styles.itemText}>
              <Text className={styles.name}>{h.record.name}</Text>
              <Caption1 className={styles.muted}>
                {`${t(`taskpane.status.${h.record.status}`)} · ${t('taskpane.check.protectedUntil')} ${h.protectedUntil ?? ''}`}
              </Caption1>
            </div>
            {confirming === h.key ? (
              <span role="group" aria-label={t('taskpane.mine.releaseConfirm', { name: h.record.name })}>
                <Caption1>{t('taskpane.mine.releaseConfirm', { name: h.record.name })}</Caption1>
                <Button size="small" appearance="primary" onClick={() => void release(h.key, h.record.name)} data-testid="release-confirm">
                  {t('taskpane.mine.release')}
                </Button>
                <Button size="small" appearance="subtle" onClick={() => setConfirming(null)}>{t('taskpane.register.cancel')}</Button>
              </span>
            ) : (
              <Button size="small" appearance="subtle" onClick={() => setConfirming(h.key)}
                aria-label={`${t('taskpane.mine.release')} ${h.record.name}`}>
                {t('taskpane.mine.release')}
              </Button>
            )}
          </div>
        ))}
      </section>
    </div>
  );
}

function HandoverCard({ handover, shares }: { handover: Handover; shares: CreditShare[] }) {
  const styles = useStyles();
  const { t, say, locale } = useTexts();
  const [copied, setCopied] = useState(false);
  const text = handover.script ? scriptText(handover.script, locale) : '';
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };
  return (
    <Card data-testid="handover">
      <Text weight="semibold">{handover.record.name}</Text>
      <Caption1 className={styles.muted}>{`${t('taskpane.mine.from', { rep: handover.formerRep })} · ${handover.date}`}</Caption1>
      {handover.surplus && <Caption1 data-testid="handover-surplus">{t('rules.handover.surplus', { rep: handover.formerRep })}</Caption1>}
      {shares.length > 0 && <Caption1 data-testid="handover-shares">{say(creditSharesMessage(shares))}</Caption1>}
      {handover.script && (
        <>
          <div className={styles.script} aria-label={t('taskpane.mine.script')}>{text}</div>
          <Button size="small" onClick={() => void copy()}>{copied ? t('taskpane.mine.copied') : t('taskpane.mine.copy')}</Button>
        </>
      )}
    </Card>
  );
}
