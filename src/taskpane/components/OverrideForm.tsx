import {
  Button, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Textarea, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ContactAction } from '../../core/claims';
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
});

type Mode = 'transfer' | 'force';

/**
 * For managers, after a block: hand the customer to a rep (转移) or register the contact anyway (强制登记).
 * Both need a reason, which goes into the 撞单记录 so an override is never silent.
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
  const [problem, setProblem] = useState<Message[] | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    const key = workspace.lookup(name).key;
    const result = mode === 'transfer' || action.kind === 'phone'
      ? await workspace.transfer(key, rep, reason)
      : await workspace.forceClaim(name, {
        kind: 'forceClaim', rep, contact: action.kind, reason, date: action.date,
        sampleModel: action.kind === 'sample' ? action.sampleModel : undefined,
      });
    setBusy(false);
    if (result.ok) onDone(result.record);
    else setProblem(result.reasons);
  };

  return (
    <section className={styles.root} aria-label={t('taskpane.override.heading')} data-testid="override">
      <RadioGroup layout="horizontal" value={mode} onChange={(_e, d) => setMode(d.value as Mode)}
        aria-label={t('taskpane.override.heading')}>
        <Radio value="transfer" label={t('taskpane.override.transfer')} />
        {action.kind !== 'phone' && <Radio value="force" label={t('taskpane.override.force')} />}
      </RadioGroup>
      <Field label={mode === 'transfer' ? t('taskpane.override.toRep') : t('taskpane.override.forRep')} size="small">
        <Select size="small" value={rep} onChange={(_e, d) => setRep(d.value)}>
          {workspace.roster.map((m) => <option key={m.name} value={m.name}>{`${m.name}（${m.department}）`}</option>)}
        </Select>
      </Field>
      <Field label={t('taskpane.override.reason')} required size="small">
        <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} resize="vertical" />
      </Field>
      {problem && (
        <MessageBar intent="error" role="alert"><MessageBarBody>{problem.map(say).join(' ')}</MessageBarBody></MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || !reason.trim() || !rep} onClick={() => void submit()}>
          {t('taskpane.override.submit')}
        </Button>
      </div>
    </section>
  );
}
