import {
  Button, Caption1, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Select, SpinButton,
  Textarea, tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ContactAction } from '../../core/claims';
import { surplusOfferFor } from '../../app/ruleActions';
import type { CustomerRecord } from '../../core/register/customerRecord';
import type { Message } from '../../i18n/message';
import { useTexts } from '../localeContext';
import type { RegisterWorkspace } from '../../app/registerWorkspace';

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', rowGap: '8px', marginTop: '8px', padding: '10px',
    border: `1px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', columnGap: '8px', alignItems: 'end' },
  reasons: { margin: 0, paddingLeft: '18px' },
});

type Mode = 'transfer' | 'force' | 'surplus';

/**
 * For managers, after a block: hand the customer to a rep (转移, optionally with the former owner's 分成比例),
 * register the contact anyway (强制登记), or — where seed 001's rule applies (a veteran over the 紧密 quota, a
 * new hire with room) — hand the surplus customer to a new hire with the veteran's share (多余紧密客户转新人).
 * Each needs a reason, which goes into the 撞单记录 so an override is never silent. A handover the rules warn
 * about (an A-grade customer to a junior rep, a full quota) shows the warnings first and goes through only
 * when the manager confirms.
 */
export function OverrideForm({ workspace, name, action, onDone }: {
  workspace: RegisterWorkspace;
  name: string;
  action: ContactAction;
  onDone: (record: CustomerRecord) => void;
}) {
  const styles = useStyles();
  const { t, say } = useTexts();
  const [mode, setMode] = useState<Mode>(action.kind === 'phone' ? 'transfer' : 'force');
  const [rep, setRep] = useState(workspace.currentUser?.name ?? '');
  const [reason, setReason] = useState('');
  const [share, setShare] = useState(0);
  const [problem, setProblem] = useState<Message[] | null>(null);
  const [warnings, setWarnings] = useState<Message[] | null>(null);
  const [busy, setBusy] = useState(false);
  const key = workspace.claimKey(name, action);
  const offer = useMemo(() => surplusOfferFor(workspace, key), [workspace, key]);
  const surplus = mode === 'surplus' && !!offer;
  const transferring = surplus || mode === 'transfer' || action.kind === 'phone';
  const formerOwnerShare = share > 0 ? share : undefined;
  const decideHandover = () => (surplus
    ? workspace.decideSurplusTransfer(key, rep, reason, share)
    : workspace.decideTransfer(key, rep, reason, formerOwnerShare));
  const chooseMode = (next: Mode) => {
    setMode(next);
    if (next === 'surplus' && offer && !offer.newHires.includes(rep)) setRep(offer.newHires[0]);
    edited();
  };

  const submit = async (confirmed: boolean) => {
    // The decision a manager read is the one applied (the rules run once per handover).
    const decision = transferring ? decideHandover() : null;
    if (transferring && !confirmed) {
      if (decision?.outcome === 'block') return setProblem(decision.reasons);
      const cautions = decision?.reasons.filter((r) => r.key !== 'claims.override.replacesOwner') ?? [];
      if (decision?.outcome === 'warn' && cautions.length > 0) return setWarnings(cautions);
    }
    setBusy(true);
    const result = surplus
      ? await workspace.surplusTransfer(key, rep, reason, share, decision ?? undefined)
      : transferring
      ? await workspace.transfer(key, rep, reason, formerOwnerShare, decision ?? undefined)
      : await workspace.forceClaim(name, {
        kind: 'forceClaim', rep, contact: action.kind as Exclude<ContactAction['kind'], 'phone'>, reason, date: action.date,
        sampleModel: action.kind === 'sample' ? action.sampleModel : undefined, productLine: action.productLine,
      });
    setBusy(false);
    setWarnings(null);
    if (result.ok) onDone(result.record);
    else setProblem(result.reasons);
  };
  const edited = () => { setProblem(null); setWarnings(null); };

  return (
    <section className={styles.root} aria-label={t('taskpane.override.heading')} data-testid="override">
      <RadioGroup layout="horizontal" value={mode} onChange={(_e, d) => chooseMode(d.value as Mode)}
        aria-label={t('taskpane.override.heading')}>
        <Radio value="transfer" label={t('taskpane.override.transfer')} />
        {action.kind !== 'phone' && <Radio value="force" label={t('taskpane.override.force')} />}
        {offer && <Radio value="surplus" label={t('rules.surplus.mode')} />}
      </RadioGroup>
      {surplus && offer && (
        <Caption1 data-testid="surplus-offer">
          {t('rules.surplus.offer', { owner: offer.owner, count: offer.count, quota: offer.quota, newHires: offer.newHires.join('、') })}
        </Caption1>
      )}
      <Field label={transferring ? t('taskpane.override.toRep') : t('taskpane.override.forRep')} size="small">
        <Select size="small" value={rep} onChange={(_e, d) => { setRep(d.value); edited(); }}>
          {workspace.roster.filter((m) => !surplus || offer?.newHires.includes(m.name))
            .map((m) => <option key={m.name} value={m.name}>{`${m.name}（${m.department}）`}</option>)}
        </Select>
      </Field>
      {transferring && (
        <Field label={t('rules.override.share')} hint={t('rules.override.shareHint')} size="small">
          <SpinButton size="small" min={0} max={99} value={share} data-testid="override-share"
            onChange={(_e, d) => { setShare(wholeShare(d.value ?? Number(d.displayValue))); edited(); }} />
        </Field>
      )}
      <Field label={t('taskpane.override.reason')} required size="small">
        <Textarea value={reason} onChange={(_e, d) => { setReason(d.value); edited(); }} resize="vertical" />
      </Field>
      {problem && (
        <MessageBar intent="error" role="alert"><MessageBarBody>{problem.map(say).join(' ')}</MessageBarBody></MessageBar>
      )}
      {warnings && (
        <MessageBar intent="warning" layout="multiline" data-testid="override-warning">
          <MessageBarBody>
            <MessageBarTitle>{t('rules.override.warned')}</MessageBarTitle>
            <ul className={styles.reasons}>{warnings.map((w, i) => <li key={i}>{say(w)}</li>)}</ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" disabled={busy || !reason.trim()} onClick={() => void submit(true)}>
              {t('rules.override.confirm')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || !reason.trim() || !rep || !!warnings} onClick={() => void submit(false)}>
          {t('taskpane.override.submit')}
        </Button>
      </div>
    </section>
  );
}

/** What the manager typed as a whole percent the former owner keeps (0: no share). */
function wholeShare(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.min(99, Math.round(value))) : 0;
}
