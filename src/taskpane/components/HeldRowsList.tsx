import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTexts } from '../localeContext';
import { useWorkspaceVersion } from '../useWorkspace';
import type { RegisterWorkspace } from '../../app/registerWorkspace';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '6px' },
  list: { display: 'flex', flexDirection: 'column', rowGap: '8px', margin: 0, padding: 0, listStyleType: 'none' },
  entry: { display: 'flex', flexDirection: 'column', rowGap: '2px', paddingBottom: '6px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  cell: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', columnGap: '8px', marginTop: '4px' },
});

/**
 * Rows that showed something else than the register when it opened, and it cannot be told which side is
 * newer: left as they are until the user keeps the register's version or (owner, manager) the sheet's.
 */
export function HeldRowsList({ workspace }: { workspace: RegisterWorkspace }) {
  const styles = useStyles();
  const { t } = useTexts();
  useWorkspaceVersion(workspace);
  const [busy, setBusy] = useState<string | null>(null);
  const rows = workspace.heldRows();
  if (rows.length === 0) return null;
  const run = (key: string, action: (key: string) => Promise<void>) => {
    setBusy(key);
    void action(key).catch((error: unknown) => console.error('客户登记册: keeping a listed row failed', error)).finally(() => setBusy(null));
  };
  const blank = (text: string) => text || t('taskpane.held.empty');
  return (
    <section className={styles.root} aria-labelledby="held-rows-title" data-testid="held-rows">
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle id="held-rows-title">{t('taskpane.held.title')}</MessageBarTitle>
          {t('taskpane.held.intro')}
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.list}>
        {rows.map((row) => (
          <li key={row.key} className={styles.entry} data-row={row.row + 1}>
            <Body1>{t('taskpane.held.row', { row: row.row + 1, name: row.name, owner: row.owner })}</Body1>
            {row.cells.map((cell) => (
              <Caption1 key={cell.header} className={styles.cell}>
                {t('taskpane.held.cell', { header: cell.header, sheet: blank(cell.sheet), stored: blank(cell.stored) })}
              </Caption1>
            ))}
            <Caption1 className={styles.cell}>{t(`taskpane.held.why.${row.why}`, { owner: row.owner })}</Caption1>
            <div className={styles.actions}>
              <Button size="small" disabled={busy !== null} onClick={() => run(row.key, (key) => workspace.keepRegisterRow(key))} data-testid="held-keep-register">
                {t('taskpane.held.keepRegister')}
              </Button>
              {row.mayKeepSheet && (
                <Button size="small" appearance="primary" disabled={busy !== null} onClick={() => run(row.key, (key) => workspace.keepSheetRow(key))} data-testid="held-keep-sheet">
                  {t('taskpane.held.keepSheet')}
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
