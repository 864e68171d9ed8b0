import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PasswordAnswer } from '../../app/sheetPassword';
import type { RegisterWorkspace } from '../../app/registerWorkspace';
import { useTexts } from '../localeContext';
import { useWorkspaceVersion } from '../useWorkspace';

/**
 * 设置 → 工作表保护 (managers): the register sheet's protection password, so the add-in can lift the protection
 * around its own writes. The password is never shown back: the field starts empty, the pane says only whether
 * one is saved.
 */
export function SheetProtectionSettings({ workspace, className }: { workspace: RegisterWorkspace; className: string }) {
  const { t, say } = useTexts();
  const version = useWorkspaceVersion(workspace);
  const [saved, setSaved] = useState<boolean | null>(null);
  const [password, setPassword] = useState('');
  const [answer, setAnswer] = useState<PasswordAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => { void workspace.protection.password.isSaved().then(setSaved); }, [workspace, version, answer]);
  const save = async (value: string) => {
    setBusy(true);
    try {
      const result = await workspace.protection.password.save(value);
      setAnswer(result);
      if (result.ok) setPassword('');
      await workspace.protection.refresh();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={className} aria-label={t('taskpane.settings.protection')} data-testid="sheet-protection-settings">
      <Subtitle2>{t('taskpane.settings.protection')}</Subtitle2>
      <Caption1>{t('taskpane.settings.protection.hint')}</Caption1>
      <Caption1 data-testid="sheet-password-state">
        {t(saved ? 'taskpane.settings.protection.saved' : 'taskpane.settings.protection.none')}
      </Caption1>
      <Field label={t('taskpane.settings.protection.password')} size="small">
        <Input size="small" type="password" autoComplete="off" value={password} data-testid="sheet-password"
          onChange={(_e, d) => setPassword(d.value)} />
      </Field>
      <div>
        <Button size="small" appearance="primary" disabled={busy || password === ''} onClick={() => void save(password)}>
          {t('taskpane.settings.protection.save')}
        </Button>
        {saved && (
          <Button size="small" appearance="subtle" disabled={busy} onClick={() => void save('')}>
            {t('taskpane.settings.protection.remove')}
          </Button>
        )}
      </div>
      {answer && (
        <MessageBar intent={answer.ok ? 'success' : 'error'} role={answer.ok ? 'status' : 'alert'}>
          <MessageBarBody>{say(answer.message)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
