import {
  Button, Field, Input, makeStyles, Select, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle2, tokens,
} from '@fluentui/react-components';
import { memo, useEffect, useState, type RefObject } from 'react';
import { cleanLineList, type ContactAction } from '../../core/claims';
import { parseIsoDate, type CalendarDate } from '../../core/dates/calendarDate';
import type { CustomerRecord } from '../../core/register/customerRecord';
import type { Message } from '../../i18n/message';
import { useTexts } from '../localeContext';
import { useWorkspaceVersion } from '../useWorkspace';
import type { PreviewedDecision, RegisterWorkspace } from '../../app/registerWorkspace';
import { OverrideForm } from './OverrideForm';

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', rowGap: '10px', paddingTop: '12px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  fields: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: '8px', rowGap: '6px' },
  buttons: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '6px' },
  reasons: { margin: 0, paddingLeft: '18px' },
});

type ContactKind = ContactAction['kind'];
const KINDS: ContactKind[] = ['phone', 'visit', 'sample', 'deal'];

type Outcome =
  /** `by`: who registered it (a colleague's call leaves the record with its owner). */
  | { kind: 'done'; record: CustomerRecord; by: string; notes: Message[] }
  | { kind: 'confirm'; action: ContactAction; decision: PreviewedDecision }
  | { kind: 'blocked'; action: ContactAction; reasons: Message[] }
  | { kind: 'failed'; reasons: Message[] }
  /** Team mode, offline: saved in the outbox, neither registered nor refused yet. */
  | { kind: 'queued'; reasons: Message[] };

/**
 * The four registrations below the name field, their details, and what the rules answered. It reads the
 * typed name only when a button is pressed, and re-renders on typing only when the name becomes (non-)empty
 * or an answer on screen goes stale — keystrokes stay cheap.
 */
export const RegisterPanel = memo(function RegisterPanel({ workspace, nameRef, hasName, nameChanges }: {
  workspace: RegisterWorkspace;
  nameRef: RefObject<string>;
  hasName: boolean;
  /** Listeners called whenever the name changes. */
  nameChanges: Set<() => void>;
}) {
  const styles = useStyles();
  const { t, say } = useTexts();
  const [contactPerson, setContactPerson] = useState('');
  const [phone, setPhone] = useState('');
  const [sampleModel, setSampleModel] = useState('');
  const [date, setDate] = useState('');
  // Settings a manager saves (the product lines) show without reopening the pane.
  useWorkspaceVersion(workspace);
  const { policy } = workspace;
  const lines = policy.productLines.enabled ? cleanLineList(policy.productLines.lines) : [];
  const [line, setLine] = useState('');
  // A rep who picks no line registers on the team's default line (the rules say so too).
  const chosenLine = lines.includes(line) ? line : policy.productLines.defaultLine;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  // A new name is a new question: the last answer must not stay on screen.
  useEffect(() => {
    const clear = () => setOutcome((shown) => (shown === null ? shown : null));
    nameChanges.add(clear);
    return () => { nameChanges.delete(clear); };
  }, [nameChanges]);
  const name = () => nameRef.current ?? '';

  const actionOf = (kind: ContactKind): ContactAction => {
    const on = parseIsoDate(date) ?? undefined;
    const onLine = lines.length > 0 ? { productLine: chosenLine } : {};
    return kind === 'sample' ? { kind, sampleModel, date: on, ...onLine } : { kind, date: on, ...onLine };
  };

  // The decision the rep saw is the one applied (the rules run once per registration).
  const submit = async (action: ContactAction, decision?: PreviewedDecision) => {
    setBusy(true);
    try {
      const result = await workspace.register(name(), action, { contactPerson, phone }, decision);
      if (result.ok) {
        setOutcome({ kind: 'done', record: result.record, by: result.by, notes: result.decision?.reasons ?? [] });
        setContactPerson('');
        setPhone('');
        setSampleModel('');
        setDate('');
      } else if (result.queued) {
        setOutcome({ kind: 'queued', reasons: result.reasons });
      } else if (result.decision?.outcome === 'block') {
        setOutcome({ kind: 'blocked', action, reasons: result.reasons });
      } else {
        setOutcome({ kind: 'failed', reasons: result.reasons });
      }
    } finally {
      setBusy(false);
    }
  };

  const start = (kind: ContactKind) => {
    const action = actionOf(kind);
    const decision = workspace.decide(name(), action);
    if (decision?.outcome === 'warn') setOutcome({ kind: 'confirm', action, decision });
    else void submit(action, decision ?? undefined);
  };

  const isManager = !!workspace.currentUser?.isManager;
  return (
    <section className={styles.root} aria-label={t('taskpane.register.heading')}>
      <Subtitle2>{t('taskpane.register.heading')}</Subtitle2>
      <div className={styles.fields}>
        <Field label={t('taskpane.register.contactPerson')} size="small">
          <Input size="small" value={contactPerson} onChange={(_e, d) => setContactPerson(d.value)} />
        </Field>
        <Field label={t('taskpane.register.phoneNumber')} size="small">
          <Input size="small" value={phone} onChange={(_e, d) => setPhone(d.value)} inputMode="tel" />
        </Field>
        <Field label={t('taskpane.register.sampleModel')} size="small">
          <Input size="small" value={sampleModel} placeholder={t('taskpane.register.sampleModelPlaceholder')}
            onChange={(_e, d) => setSampleModel(d.value)} data-testid="sample-model" />
        </Field>
        {lines.length > 0 && (
          <Field label={t('rules.pane.productLine')} size="small">
            <Select size="small" value={chosenLine} onChange={(_e, d) => setLine(d.value)} data-testid="register-line">
              {lines.map((l) => <option key={l} value={l}>{l}</option>)}
            </Select>
          </Field>
        )}
        <Field label={t('taskpane.register.date')} size="small">
          <Input size="small" type="date" value={date} max={workspace.today} onChange={(_e, d) => setDate(d.value)} />
        </Field>
      </div>
      <div className={styles.buttons}>
        {KINDS.map((kind) => (
          <Button key={kind} appearance={kind === 'visit' || kind === 'sample' ? 'primary' : 'secondary'}
            disabled={busy || !hasName} onClick={() => start(kind)} data-testid={`register-${kind}`}>
            {t(`taskpane.register.${kind}`)}
          </Button>
        ))}
      </div>

      {outcome?.kind === 'done' && (
        <MessageBar intent="success" role="status" data-testid="register-done">
          <MessageBarBody>
            {doneText(outcome.record, outcome.by, t)}
            {outcome.notes.length > 0 && <ReasonList reasons={outcome.notes} say={say} className={styles.reasons} />}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'confirm' && (
        <MessageBar intent="warning" layout="multiline" data-testid="register-warning">
          <MessageBarBody>
            <MessageBarTitle>{t('taskpane.register.warned')}</MessageBarTitle>
            <ReasonList reasons={outcome.decision.reasons} say={say} className={styles.reasons} />
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => void submit(outcome.action, outcome.decision)} disabled={busy}>
              {t('taskpane.register.confirm')}
            </Button>
            <Button size="small" onClick={() => setOutcome(null)}>{t('taskpane.register.cancel')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {outcome?.kind === 'blocked' && (
        <div role="alert" data-testid="register-blocked">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('taskpane.register.blocked')}</MessageBarTitle>
              <ReasonList reasons={outcome.reasons} say={say} className={styles.reasons} />
            </MessageBarBody>
          </MessageBar>
          {isManager && (
            <OverrideForm workspace={workspace} name={name()} action={outcome.action}
              onDone={(record) => setOutcome({ kind: 'done', record, by: record.rep, notes: [] })} />
          )}
        </div>
      )}
      {outcome?.kind === 'queued' && (
        <MessageBar intent="warning" layout="multiline" role="status" data-testid="register-queued">
          <MessageBarBody>
            <MessageBarTitle>{t('team.queuedTitle')}</MessageBarTitle>
            <ReasonList reasons={outcome.reasons} say={say} className={styles.reasons} />
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'failed' && (
        <div role="alert">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('taskpane.register.failed')}</MessageBarTitle>
              <ReasonList reasons={outcome.reasons} say={say} className={styles.reasons} />
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
    </section>
  );
});

function doneText(record: CustomerRecord, by: string, t: ReturnType<typeof useTexts>['t']): string {
  if (record.rep && record.rep !== by) return t('taskpane.register.doneColleagueCall', { name: record.name, rep: by, owner: record.rep });
  const status = t(`taskpane.status.${record.status}`);
  if (record.status === 'deal') return t('taskpane.register.doneDeal', { name: record.name });
  return record.protectedUntil
    ? t('taskpane.register.done', { name: record.name, status, until: record.protectedUntil as CalendarDate })
    : t('taskpane.register.doneNoProtection', { name: record.name, status });
}

function ReasonList({ reasons, say, className }: { reasons: Message[]; say: (m: Message) => string; className: string }) {
  return <ul className={className}>{reasons.map((r, i) => <li key={i}>{say(r)}</li>)}</ul>;
}
