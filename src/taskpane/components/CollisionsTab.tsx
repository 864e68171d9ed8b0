import { Badge, Body1, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Activity } from '../../store/claimStore';
import { useTexts } from '../localeContext';
import { useWorkspaceVersion } from '../useWorkspace';
import { collisionLog } from '../../app/collisionLog';
import type { RegisterWorkspace } from '../../app/registerWorkspace';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '8px', margin: 0, padding: 0, listStyleType: 'none' },
  entry: {
    display: 'flex', flexDirection: 'column', rowGap: '2px', padding: '8px 10px', borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', alignItems: 'center', columnGap: '8px' },
  date: { marginLeft: 'auto', color: tokens.colorNeutralForeground3 },
  detail: { color: tokens.colorNeutralForeground2 },
});

/** 撞单记录: every blocked registration and every manager override, newest first. */
export function CollisionsTab({ workspace }: { workspace: RegisterWorkspace }) {
  const styles = useStyles();
  const { t } = useTexts();
  const version = useWorkspaceVersion(workspace);
  const entries = useMemo(() => collisionLog(workspace.activities(), (key) => workspace.recordOf(key)?.name), [workspace, version]);
  if (entries.length === 0) return <Body1>{t('taskpane.collisions.empty')}</Body1>;
  return (
    <ul className={styles.root} data-testid="collisions">
      {entries.map((entry) => <Entry key={entry.id} entry={entry} />)}
    </ul>
  );
}

function Entry({ entry }: { entry: Activity }) {
  const styles = useStyles();
  const { t } = useTexts();
  const kind = entry.kind === 'collision' ? 'collision' : entry.kind === 'transfer' ? 'transfer' : 'force';
  const line = kind === 'collision'
    ? t('taskpane.collisions.line', { actor: entry.actor, rep: entry.rep })
    : kind === 'transfer'
      ? t('taskpane.collisions.transferLine', { actor: entry.actor, from: entry.previousRep, rep: entry.rep })
      : t('taskpane.collisions.forceLine', { actor: entry.actor, rep: entry.rep });
  return (
    <li className={styles.entry}>
      <div className={styles.head}>
        <Badge color={kind === 'collision' ? 'danger' : 'important'} appearance="tint">{t(`taskpane.collisions.${kind}`)}</Badge>
        <Text weight="semibold">{entry.customerName}</Text>
        <Caption1 className={styles.date}>{entry.date}</Caption1>
      </div>
      <Caption1>{line}</Caption1>
      {entry.detail && <Caption1 className={styles.detail}>{entry.detail}</Caption1>}
    </li>
  );
}
