import { Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CustomerGrade } from '../../core/register/customerRecord';
import type { Message } from '../../i18n/message';
import { useTexts } from '../localeContext';
import { useWorkspaceVersion } from '../useWorkspace';
import type { Lookup, RegisterWorkspace } from '../../app/registerWorkspace';
import { customerKeyOf } from '../../core/claims';
import { HeldRowsList } from './HeldRowsList';
import { MatchCard } from './MatchCard';
import { PrimaryOwnerForm } from './PrimaryOwnerForm';
import { RegisterLegend } from './RegisterLegend';
import { RegisterPanel } from './RegisterPanel';
import { TypedRowsList } from './TypedRowsList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '12px' },
  nameInput: { fontSize: tokens.fontSizeBase400 },
  hint: { color: tokens.colorNeutralForeground3 },
  matches: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
  // The cards show the same facts; the sentence is for screen readers, announced after each keystroke.
  announcer: {
    position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden',
    clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0,
  },
  key: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
});

/** A name typed into the sheet's 客户名称 column (or the selected row's), handed to the pane to check. */
export interface SheetName {
  name: string;
  /** Changes on every hand-over, so the same name typed twice still updates the field. */
  nonce: number;
}

/**
 * 查重 / 登记: the rep types a name and sees, on every keystroke, which registered customers look like it
 * and who holds them; then registers a call, visit, sample or deal, which the claim rules allow, warn about
 * or block.
 */
export function CheckTab({ workspace, sheetName }: { workspace: RegisterWorkspace | null; sheetName: SheetName | null }) {
  const styles = useStyles();
  const { t } = useTexts();
  const [name, setName] = useState('');
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // The registration panel reads the name when a button is pressed, so typing re-renders only the verdicts.
  const nameRef = useRef('');
  const [nameChanges] = useState(() => new Set<() => void>());
  const changeName = useCallback((value: string) => {
    nameRef.current = value;
    setName(value);
    for (const listener of nameChanges) listener();
  }, [nameChanges]);

  useEffect(() => {
    if (sheetName) changeName(sheetName.name);
  }, [sheetName, changeName]);

  useEffect(() => inputRef.current?.focus(), []);

  return (
    <section className={styles.root}>
      <Field label={t('taskpane.check.nameLabel')} hint={<Caption1 className={styles.hint}>{t('taskpane.check.hint')}</Caption1>}>
        <Input
          id={inputId}
          ref={inputRef}
          className={styles.nameInput}
          size="large"
          value={name}
          placeholder={t('taskpane.check.namePlaceholder')}
          onChange={(_e, data) => {
            workspace?.noteKeystroke();
            changeName(data.value);
          }}
          aria-describedby={`${inputId}-verdict`}
          autoComplete="off"
          data-testid="customer-name"
        />
      </Field>
      {workspace ? <Verdicts workspace={workspace} name={name} describedBy={`${inputId}-verdict`} /> : <Spinner size="tiny" label={t('taskpane.loadingMatcher')} />}
      {workspace && <RegisterPanel workspace={workspace} nameRef={nameRef} hasName={name.trim() !== ''} nameChanges={nameChanges} />}
      {workspace && <HeldRowsList workspace={workspace} />}
      {workspace && <TypedRowsList workspace={workspace} />}
      {workspace && <RegisterLegend workspace={workspace} />}
    </section>
  );
}

function Verdicts({ workspace, name, describedBy }: { workspace: RegisterWorkspace; name: string; describedBy: string }) {
  const styles = useStyles();
  const { t } = useTexts();
  const version = useWorkspaceVersion(workspace);
  const lookup = useMemo(() => workspace.lookup(name), [workspace, name, version]);
  const announcement = useAnnouncement(lookup);
  const { say } = useTexts();
  const [gradeProblem, setGradeProblem] = useState<Message | null>(null);
  const isManager = !!workspace.currentUser?.isManager;
  const setGrade = useMemo(() => (isManager
    ? (key: string, grade: CustomerGrade | null) => void workspace.setGrade(key, grade).then(setGradeProblem)
    : undefined), [workspace, isManager]);
  // Product lines on: the manager names the 主负责人 of the customer found first (its lines are all listed).
  const held = lookup.matches.find((m) => m.record && m.verdict === 'duplicate');
  const primaryKey = isManager && workspace.policy.productLines.enabled && held ? customerKeyOf(held.key) : null;
  return (
    <>
      <div id={describedBy} role="status" aria-live="polite" className={styles.announcer} data-testid="verdict-summary" data-query={lookup.query}>
        {announcement}
      </div>
      {lookup.key && lookup.matches.length === 0 && (
        <MessageBar intent="success" data-testid="no-match"><MessageBarBody>{t('taskpane.check.noMatch')}</MessageBarBody></MessageBar>
      )}
      <div className={styles.matches} data-testid="matches">
        {lookup.matches.map((match) => <MatchCard key={match.key} match={match} viewer={workspace.currentUser} maskColleagues={workspace.policy.contactPrivacy.enabled} onSetGrade={setGrade} />)}
      </div>
      {primaryKey && <PrimaryOwnerForm key={primaryKey} workspace={workspace} customerKey={primaryKey} version={version} />}
      {gradeProblem && <MessageBar intent="error" role="alert"><MessageBarBody>{t('rules.pane.gradeFailed', { reason: say(gradeProblem) })}</MessageBarBody></MessageBar>}
      {lookup.key && <Caption1 className={styles.key}>{t('taskpane.check.key', { key: lookup.key })}</Caption1>}
    </>
  );
}

/** The one sentence a screen reader hears after each keystroke: the most serious match, or "not registered". */
function useAnnouncement(lookup: Lookup): string {
  const { t, say } = useTexts();
  if (!lookup.key) return '';
  const [top] = lookup.matches;
  if (!top) return t('taskpane.announce.none', { name: lookup.query });
  const verdict = t(`taskpane.verdict.${top.verdict}`);
  const reason = say(top.protectedBy ?? top.reasons[0]);
  return top.record
    ? t('taskpane.announce.match', { name: top.name, verdict, owner: top.record.rep, status: t(`taskpane.status.${top.record.status}`), reason })
    : t('taskpane.announce.openMatch', { name: top.name, verdict, reason });
}
