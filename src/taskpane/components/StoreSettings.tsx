import {
  Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Subtitle2, tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Message } from '../../i18n/message';
import type { DuplicateGroup } from '../../store/sync/migrateLocalToSharePoint';
import { useTexts } from '../localeContext';
import type { PaneEnvironment } from '../paneEnvironment';
import { storeSettingsView } from '../teamMode/storeSettingsView';
import type { OutboxView, TeamAnswer, TeamModeControls } from '../teamMode/teamMode';
import { useOutbox } from '../teamMode/useOutbox';
import { useWorkspaceVersion } from '../useWorkspace';
import type { RegisterWorkspace } from '../../app/registerWorkspace';

const useStyles = makeStyles({
  block: {
    display: 'flex', flexDirection: 'column', rowGap: '6px', padding: '12px', borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: 'flex', columnGap: '6px', flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: '18px' },
});

/**
 * 数据存储: 本地 (default) or the team's SharePoint list. Managers connect, create the lists, migrate and
 * disconnect; everyone sees the sync state of a connected workbook (edits waiting, edits SharePoint refused).
 * Which parts show is decided by storeSettingsView.
 */
export function StoreSettings({ workspace, environment, readOnly }: {
  workspace: RegisterWorkspace; environment: PaneEnvironment;
  /** Not a manager: sees the state, may change nothing. */
  readOnly: boolean;
}) {
  const styles = useStyles();
  const { t, say } = useTexts();
  const version = useWorkspaceVersion(workspace);
  const team = environment.teamMode;
  const view = storeSettingsView({ storeKind: workspace.store.kind, isManager: !readOnly, teamMode: team });
  const controls = team?.available ? team : null;
  const { outbox, reload } = useOutbox(team, version);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<TeamAnswer | null>(null);
  const [review, setReview] = useState<DuplicateGroup[]>([]);
  const [form, setForm] = useState({ siteUrl: '', clientId: '', tenantId: '' });
  useEffect(() => {
    controls?.connection().then((saved) => setForm({
      siteUrl: saved.location?.siteUrl ?? '', clientId: saved.clientId, tenantId: saved.tenantId,
    }), (error: unknown) => console.error('claim register: reading the team settings failed', error));
  }, [controls]);

  const run = async (work: () => Promise<TeamAnswer>) => {
    setBusy(true);
    try {
      setAnswer(await work());
    } finally {
      setBusy(false);
      reload();
    }
  };
  const connect = (c: TeamModeControls, provision: boolean) => run(() => c.connect({ ...form, provision }));
  const migrate = (c: TeamModeControls, duplicatesReviewed: boolean) => run(async () => {
    const done = await c.migrate({ actor: { name: workspace.currentUser?.name ?? '' }, today: workspace.today, duplicatesReviewed });
    setReview(done.review);
    return done;
  });
  const kind = workspace.store.kind === 'local' ? t('taskpane.settings.store.local') : t('taskpane.settings.store.sharepoint');
  const filled = !!form.siteUrl.trim();
  return (
    <section className={styles.block} aria-label={t('taskpane.settings.store')}>
      <Subtitle2>{t('taskpane.settings.store')}</Subtitle2>
      <Caption1>{t('taskpane.settings.store.current', { kind })}</Caption1>
      {workspace.store.kind === 'sharepoint' && form.siteUrl && <Caption1>{t('team.site', { site: form.siteUrl })}</Caption1>}
      {view.notice && <Caption1 data-testid="store-notice">{say(view.notice)}</Caption1>}
      {controls && view.connect && (
        <>
          <Field label={t('taskpane.settings.store.siteUrl')} size="small">
            <Input size="small" type="url" value={form.siteUrl} placeholder="https://contoso.sharepoint.com/sites/sales"
              onChange={(_e, d) => setForm({ ...form, siteUrl: d.value })} />
          </Field>
          <Field label={t('team.clientId')} size="small">
            <Input size="small" value={form.clientId} onChange={(_e, d) => setForm({ ...form, clientId: d.value })} />
          </Field>
          <Field label={t('team.tenantId')} size="small" hint={t('team.signInHint')}>
            <Input size="small" value={form.tenantId} placeholder="contoso.onmicrosoft.com"
              onChange={(_e, d) => setForm({ ...form, tenantId: d.value })} />
          </Field>
          <div className={styles.buttons}>
            <Button disabled={busy || !filled} onClick={() => void connect(controls, false)}>{t('taskpane.settings.store.connect')}</Button>
            <Button disabled={busy || !filled} onClick={() => void connect(controls, true)}>{t('taskpane.settings.store.provision')}</Button>
            {view.migrate && (
              <Button disabled={busy} onClick={() => void migrate(controls, false)}>{t('taskpane.settings.store.migrate')}</Button>
            )}
            {view.disconnect && <Button disabled={busy} onClick={() => void run(() => controls.disconnect())}>{t('team.disconnect')}</Button>}
          </div>
        </>
      )}
      {controls && review.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t('team.migrate.review')}
            <ul className={styles.list}>
              {review.map((group, i) => <li key={i}>{group.names.join(' / ')}：{say(group.reason)}</li>)}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" disabled={busy} onClick={() => void migrate(controls, true)}>{t('team.migrate.confirm')}</Button>
            <Button size="small" onClick={() => setReview([])}>{t('team.migrate.cancel')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {controls && view.syncStatus && outbox && (
        <SyncStatus outbox={outbox} busy={busy} onSync={() => void run(() => controls.syncNow())}
          onDismiss={(editId) => void controls.dismiss(editId).then(reload)} />
      )}
      {answer && (
        <MessageBar intent={answer.ok ? 'success' : 'error'} role={answer.ok ? 'status' : 'alert'}>
          <MessageBarBody>{say(answer.message)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

function SyncStatus({ outbox, busy, onSync, onDismiss }: {
  outbox: OutboxView; busy: boolean; onSync: () => void; onDismiss: (editId: string) => void;
}) {
  const styles = useStyles();
  const { t, say } = useTexts();
  const waiting: Message | null = outbox.blockedBy;
  return (
    <>
      <Caption1 role="status" data-testid="sync-status">
        {outbox.pending > 0 ? say({ key: 'store.sync.queued', params: { count: outbox.pending } }) : t('team.allSent')}
        {waiting && ` ${t('team.waitingBecause', { reason: say(waiting) })}`}
      </Caption1>
      <div className={styles.buttons}>
        <Button size="small" disabled={busy} onClick={onSync}>{t('team.syncNow')}</Button>
      </div>
      {outbox.rejected.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="sync-rejected">
          <MessageBarBody>
            {t('team.rejected')}
            <ul className={styles.list}>
              {outbox.rejected.map((r) => (
                <li key={r.editId}>
                  {say(r.edit)}：{say(r.reason)}
                  {r.current && `（${t('team.rejected.current', { rep: r.current.rep, status: t(`taskpane.status.${r.current.status}`) })}）`}
                  {' '}
                  <Button size="small" appearance="subtle" onClick={() => onDismiss(r.editId)}>{t('team.rejected.dismiss')}</Button>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
