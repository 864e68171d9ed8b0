import { Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, Select, SpinButton, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { creditSharesMessage, lineOwners } from '../../core/claims';
import type { Message } from '../../i18n/message';
import { useTexts } from '../localeContext';
import { customerLines, primaryOf, setPrimaryOwner } from '../../app/ruleActions';
import type { RegisterWorkspace } from '../../app/registerWorkspace';

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', rowGap: '6px', padding: '10px',
    border: `1px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium,
  },
  shares: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: '6px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Manager, product lines on (seed 004): names the 主负责人 among the reps holding a line of the customer and
 * records how its credit is split between them. Shown under the lookup for the customer found.
 */
export function PrimaryOwnerForm({ workspace, customerKey, version }: { workspace: RegisterWorkspace; customerKey: string; version: number }) {
  const styles = useStyles();
  const { t, say } = useTexts();
  const { owners, current } = useMemo(() => ({
    owners: lineOwners(customerLines(workspace, customerKey), workspace.policy, workspace.today),
    current: primaryOf(workspace, customerKey),
  }), [workspace, customerKey, version]);
  const [rep, setRep] = useState<string>(current.rep ?? owners[0] ?? '');
  const [percents, setPercents] = useState<Record<string, number>>(() => evenSplit(owners, current.named?.split));
  const [problem, setProblem] = useState<Message | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  if (owners.length < 2) return null;
  const total = owners.reduce((sum, o) => sum + (percents[o] ?? 0), 0);

  const save = async () => {
    setBusy(true);
    // The 主负责人 first, as the split is read out: "分成比例：刘洋 60%，王芳 40%".
    const split = [rep, ...owners.filter((o) => o !== rep)].map((o) => ({ rep: o, percent: percents[o] ?? 0 })).filter((s) => s.percent > 0);
    const refused = await setPrimaryOwner(workspace, customerKey, rep, split);
    setBusy(false);
    setProblem(refused);
    setSaved(!refused);
  };

  return (
    <section className={styles.root} aria-label={t('rules.primary.heading')} data-testid="primary-form">
      <Subtitle2>{t('rules.primary.heading')}</Subtitle2>
      <Caption1 className={styles.muted} data-testid="primary-current">
        {current.named ? say(creditSharesMessage(current.named.split)) : t('rules.primary.firstLine', { rep: current.rep ?? '—' })}
      </Caption1>
      <Field label={t('rules.pane.primaryOwner')} size="small">
        <Select size="small" value={rep} onChange={(_e, d) => { setRep(d.value); setSaved(false); }} data-testid="primary-rep">
          {owners.map((o) => <option key={o} value={o}>{o}</option>)}
        </Select>
      </Field>
      <div className={styles.shares}>
        {owners.map((o) => (
          <Field key={o} label={t('rules.primary.shareOf', { rep: o })} size="small">
            <SpinButton size="small" min={0} max={100} value={percents[o] ?? 0} data-testid={`primary-share-${o}`}
              onChange={(_e, d) => { setPercents({ ...percents, [o]: whole(d.value ?? Number(d.displayValue)) }); setSaved(false); }} />
          </Field>
        ))}
      </div>
      <Caption1 className={styles.muted}>{t('rules.primary.total', { total })}</Caption1>
      {problem && <MessageBar intent="error" role="alert"><MessageBarBody>{say(problem)}</MessageBarBody></MessageBar>}
      {saved && <MessageBar intent="success" role="status" data-testid="primary-saved"><MessageBarBody>{t('rules.primary.saved', { rep })}</MessageBarBody></MessageBar>}
      <Button appearance="primary" size="small" disabled={busy || !rep || total !== 100} onClick={() => void save()} data-testid="primary-save">
        {t('rules.primary.save')}
      </Button>
    </section>
  );
}

/** The recorded split, else an even one (the first owner takes the remainder). */
function evenSplit(owners: readonly string[], recorded: readonly { rep: string; percent: number }[] | undefined): Record<string, number> {
  if (recorded?.length) return Object.fromEntries(recorded.map((s) => [s.rep, s.percent]));
  const each = Math.floor(100 / Math.max(1, owners.length));
  return Object.fromEntries(owners.map((o, i) => [o, i === 0 ? 100 - each * (owners.length - 1) : each]));
}

function whole(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.min(100, Math.round(value))) : 0;
}
