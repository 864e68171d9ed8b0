import { Badge, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useTexts } from '../localeContext';
import { useWorkspaceVersion } from '../useWorkspace';
import type { RegisterWorkspace } from '../../app/registerWorkspace';
import type { TypedRowStatus } from '../../app/typedRows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '6px' },
  list: { display: 'flex', flexDirection: 'column', rowGap: '6px', margin: 0, padding: 0, listStyleType: 'none' },
  entry: { display: 'flex', flexDirection: 'column', rowGap: '2px', paddingBottom: '4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  reason: { color: tokens.colorNeutralForeground3 },
});

/** The pane shows this many typed rows; a long paste is summarised by its latest rows. */
const SHOWN = 12;

const COLOR: Record<TypedRowStatus, 'success' | 'danger' | 'warning' | 'informative'> = {
  claimed: 'success', blocked: 'danger', refused: 'danger', registered: 'informative', incomplete: 'warning',
};

/** Rows typed or pasted into the register and what became of them: claimed, or why not (SPEC §6). */
export function TypedRowsList({ workspace }: { workspace: RegisterWorkspace }) {
  const styles = useStyles();
  const { t, say } = useTexts();
  useWorkspaceVersion(workspace);
  const rows = workspace.typedRows();
  if (rows.length === 0) return null;
  return (
    <section className={styles.root} aria-label={t('taskpane.typed.title')} data-testid="typed-rows">
      <Subtitle2>{t('taskpane.typed.title')}</Subtitle2>
      <ul className={styles.list}>
        {rows.slice(0, SHOWN).map((row) => (
          <li key={row.row} className={styles.entry} data-status={row.status}>
            <span>
              <Badge appearance="tint" color={COLOR[row.status]}>{t(`taskpane.typed.status.${row.status}`)}</Badge>
              {` ${t('taskpane.typed.row', { row: row.row + 1 })} ${row.name}${row.rep ? `（${row.rep}）` : ''}`}
            </span>
            {row.whileClosed && <Caption1 className={styles.reason}>{t('taskpane.typed.whileClosed')}</Caption1>}
            {row.reasons.map((reason, i) => <Caption1 key={i} className={styles.reason}>{say(reason)}</Caption1>)}
          </li>
        ))}
      </ul>
    </section>
  );
}
