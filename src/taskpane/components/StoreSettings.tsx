import {
  Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Message } from '../../i18n/message';
import { useTexts } from '../localeContext';
import type { PaneEnvironment } from '../paneEnvironment';
import type { RegisterWorkspace } from '../workspace/registerWorkspace';

const useStyles = makeStyles({
  block: {
    display: 'flex', flexDirection: 'column', rowGap: '6px', padding: '12px', borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: 'flex', columnGap: '6px', flexWrap: 'wrap' },
});

/** 数据存储: 本地 (default) or the team's SharePoint list — connect, create the lists, migrate. */
export function StoreSettings({ workspace, environment, readOnly }: {
  workspace: RegisterWorkspace; environment: PaneEnvironment; readOnly: boolean;
}) {
  const styles = useStyles();
  const { t, say } = useTexts();
  const [siteUrl, setSiteUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ ok: boolean; message: Message } | null>(null);
  const team = environment.teamMode;
  const kind = workspace.store.kind === 'local' ? t('taskpane.settings.store.local') : t('taskpane.settings.store.sharepoint');
  const run = async (work: () => Promise<{ ok: boolean; message: Message }>) => {
    setBusy(true);
    try {
      setAnswer(await work());
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={styles.block} aria-label={t('taskpane.settings.store')}>
      <Subtitle2>{t('taskpane.settings.store')}</Subtitle2>
      <Caption1>{t('taskpane.settings.store.current', { kind })}</Caption1>
      {!team && <Caption1>{t('taskpane.settings.store.unavailable')}</Caption1>}
      {team && !readOnly && (
        <>
          <Field label={t('taskpane.settings.store.siteUrl')} size="small">
            <Input size="small" type="url" value={siteUrl} placeholder="https://contoso.sharepoint.com/sites/sales"
              onChange={(_e, d) => setSiteUrl(d.value)} />
          </Field>
          <div className={styles.buttons}>
            <Button disabled={busy || !siteUrl.trim()} onClick={() => void run(() => team.connect(siteUrl.trim(), false))}>
              {t('taskpane.settings.store.connect')}
            </Button>
            <Button disabled={busy || !siteUrl.trim()} onClick={() => void run(() => team.connect(siteUrl.trim(), true))}>
              {t('taskpane.settings.store.provision')}
            </Button>
            <Button disabled={busy || workspace.store.kind !== 'sharepoint'} onClick={() => void run(() => team.migrate())}>
              {t('taskpane.settings.store.migrate')}
            </Button>
          </div>
        </>
      )}
      {answer && (
        <MessageBar intent={answer.ok ? 'success' : 'error'} role={answer.ok ? 'status' : 'alert'}>
          <MessageBarBody>{say(answer.message)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
