import {
  Button, Caption1, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Subtitle2,
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { parseIsoDate } from '../../core/dates/calendarDate';
import type { Message } from '../../i18n/message';
import type { RosterEntry } from '../../store/claimStore';
import { useTexts } from '../localeContext';
import type { PaneEnvironment } from '../paneEnvironment';
import { COMPANY_SETTING, useCompanyName } from '../useCompanyName';
import { useWorkspaceVersion } from '../useWorkspace';
import type { RegisterWorkspace } from '../../app/registerWorkspace';
import { PolicyEditor } from './PolicyEditor';
import { StoreSettings } from './StoreSettings';
import { BreachesView } from '../identity/BreachesView';
import { PasscodePanel } from '../identity/PasscodePanel';
import { SheetProtectionSettings } from './SheetProtectionSettings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '16px' },
  block: {
    display: 'flex', flexDirection: 'column', rowGap: '6px', padding: '12px', borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  rosterForm: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: '8px', rowGap: '6px', alignItems: 'end' },
});

/** 设置 (managers): the claim policy rule by rule, the roster, our company's name, and where the data lives. */
export function SettingsTab({ workspace, environment }: { workspace: RegisterWorkspace; environment: PaneEnvironment }) {
  const styles = useStyles();
  const { t } = useTexts();
  useWorkspaceVersion(workspace);
  const isManager = !!workspace.currentUser?.isManager;
  // A new team has no manager yet: anyone may write the roster until someone is one (the store allows it too).
  const settingUp = !workspace.roster.some((m) => m.isManager);
  return (
    <div className={styles.root}>
      {!isManager && !settingUp && <MessageBar intent="info"><MessageBarBody>{t('taskpane.settings.managerOnly')}</MessageBarBody></MessageBar>}
      <PolicyEditor workspace={workspace} readOnly={!isManager} />
      <RosterEditor workspace={workspace} readOnly={!isManager && !settingUp} />
      <CompanyName workspace={workspace} readOnly={!isManager} />
      <StoreSettings workspace={workspace} environment={environment} readOnly={!isManager} />
      {isManager && <SheetProtectionSettings workspace={workspace} className={styles.block} />}
      {environment.teamMode?.available && workspace.store.kind === 'local' && <PasscodePanel passcode={environment.teamMode.passcode()} />}
      {isManager && <BreachesView workspace={workspace} />}
    </div>
  );
}

function RosterEditor({ workspace, readOnly }: { workspace: RegisterWorkspace; readOnly: boolean }) {
  const styles = useStyles();
  const { t, say } = useTexts();
  const blank: RosterEntry = { name: '', department: '', isManager: false, hireDate: null };
  const [entry, setEntry] = useState<RosterEntry>(blank);
  const [problem, setProblem] = useState<Message | null>(null);
  const run = async (work: () => Promise<Message | null>) => {
    const refused = await work();
    setProblem(refused);
    if (!refused) setEntry(blank);
  };
  return (
    <section className={styles.block} aria-label={t('taskpane.settings.roster')}>
      <Subtitle2>{t('taskpane.settings.roster')}</Subtitle2>
      <Table size="extra-small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('taskpane.settings.roster.name')}</TableHeaderCell>
            <TableHeaderCell>{t('taskpane.settings.roster.department')}</TableHeaderCell>
            <TableHeaderCell>{t('taskpane.settings.roster.manager')}</TableHeaderCell>
            <TableHeaderCell>{t('taskpane.settings.roster.hireDate')}</TableHeaderCell>
            <TableHeaderCell>{t('identity.roster.account')}</TableHeaderCell>
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {workspace.roster.map((m) => (
            <TableRow key={m.name} onClick={() => !readOnly && setEntry(m)}>
              <TableCell>{m.name}</TableCell>
              <TableCell>{m.department}</TableCell>
              <TableCell>{m.isManager ? '✓' : ''}</TableCell>
              <TableCell>{m.hireDate ?? ''}</TableCell>
              <TableCell>{m.account ?? ''}</TableCell>
              <TableCell>
                {!readOnly && (
                  <Button size="small" appearance="subtle" aria-label={`${t('taskpane.settings.roster.remove')} ${m.name}`}
                    onClick={(e) => { e.stopPropagation(); void run(() => workspace.removeRosterEntry(m.name)); }}>
                    {t('taskpane.settings.roster.remove')}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {!readOnly && (
        <div className={styles.rosterForm}>
          <Field label={t('taskpane.settings.roster.name')} size="small">
            <Input size="small" value={entry.name} onChange={(_e, d) => setEntry({ ...entry, name: d.value })} />
          </Field>
          <Field label={t('taskpane.settings.roster.department')} size="small">
            <Input size="small" value={entry.department} onChange={(_e, d) => setEntry({ ...entry, department: d.value })} />
          </Field>
          <Field label={t('taskpane.settings.roster.hireDate')} size="small">
            <Input size="small" type="date" value={entry.hireDate ?? ''}
              onChange={(_e, d) => setEntry({ ...entry, hireDate: parseIsoDate(d.value) })} />
          </Field>
          <Field label={t('identity.roster.account')} size="small">
            <Input size="small" type="email" value={entry.account ?? ''} placeholder="zhangsan@contoso.com"
              onChange={(_e, d) => setEntry({ ...entry, account: d.value.trim().toLowerCase() || undefined })} />
          </Field>
          <Checkbox checked={entry.isManager} label={t('taskpane.settings.roster.manager')}
            onChange={(_e, d) => setEntry({ ...entry, isManager: !!d.checked })} />
          <Button disabled={!entry.name.trim() || !entry.department.trim()}
            onClick={() => void run(() => workspace.saveRosterEntry({ ...entry, name: entry.name.trim(), department: entry.department.trim() }))}>
            {t('taskpane.settings.roster.add')}
          </Button>
        </div>
      )}
      {problem && <MessageBar intent="error" role="alert"><MessageBarBody>{say(problem)}</MessageBarBody></MessageBar>}
    </section>
  );
}

function CompanyName({ workspace, readOnly }: { workspace: RegisterWorkspace; readOnly: boolean }) {
  const styles = useStyles();
  const { t } = useTexts();
  const saved = useCompanyName(workspace.host);
  const [company, setCompany] = useState(saved);
  const [done, setDone] = useState(false);
  useEffect(() => setCompany(saved), [saved]);
  return (
    <section className={styles.block}>
      <Field label={t('taskpane.settings.company')} size="small">
        <Input size="small" value={company} disabled={readOnly} onChange={(_e, d) => { setCompany(d.value); setDone(false); }} />
      </Field>
      {!readOnly && (
        <Button onClick={() => void workspace.host.settings.set(COMPANY_SETTING, company.trim()).then(() => setDone(true))}>
          {t('taskpane.settings.save')}
        </Button>
      )}
      {done && <Caption1 role="status">{t('taskpane.settings.saved')}</Caption1>}
    </section>
  );
}
