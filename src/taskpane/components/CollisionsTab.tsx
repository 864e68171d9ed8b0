import { Badge, Body1, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { isSurplusHandover } from '../../core/claims';
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
  const kind = entryKind(entry);
  const params = { actor: entry.actor, from: entry.previousRep, rep: entry.rep };
  const line = kind === 'collision' ? t('taskpane.collisions.line', params)
    : kind === 'transfer' ? t('taskpane.collisions.transferLine', params)
      : kind === 'surplus' ? t('rules.history.surplusLine', params)
        : kind === 'primary' ? t('rules.history.primaryLine', params)
          : t('taskpane.collisions.forceLine', params);
  const badge = kind === 'surplus' || kind === 'primary' ? t(`rules.history.${kind}`) : t(`taskpane.collisions.${kind}`);
  return (
    <li className={styles.entry} data-kind={kind}>
      <div className={styles.head}>
        <Badge color={kind === 'collision' ? 'danger' : 'important'} appearance="tint">{badge}</Badge>
        <Text weight="semibold">{entry.customerName}</Text>
        <Caption1 className={styles.date}>{entry.date}</Caption1>
      </div>
      <Caption1>{line}</Caption1>
      {entry.detail && <Caption1 className={styles.detail}>{entry.detail}</Caption1>}
    </li>
  );
}

function entryKind(entry: Activity): 'collision' | 'transfer' | 'surplus' | 'primary' | 'force' {
  if (entry.kind === 'collision' || entry.kind === 'primary') return entry.kind;
  if (entry.kind === 'transfer') return isSurplusHandover(entry.detail) ? 'surplus' : 'transfer';
  return 'force';
}
