import { Caption1, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTexts } from '../localeContext';
import { useWorkspaceVersion } from '../useWorkspace';
import { rotationFlags } from '../../app/ruleViews';
import type { RegisterWorkspace } from '../../app/registerWorkspace';

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', rowGap: '4px', padding: '10px', borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderTop: `4px solid ${tokens.colorPaletteBerryBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  line: {
    display: 'grid', gridTemplateColumns: '1fr auto', columnGap: '8px', padding: '3px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  detail: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** How many flags are listed before the rest are counted (the board is read, not scrolled). */
const LIMIT = 30;

/**
 * 轮换评估 (seed 002): customers one rep has held longer than the rotation window, with the owner and since
 * when — all of them for a manager (or one rep's, filtered), a rep's own under 我的客户. Hidden while dormant.
 */
export function RotationReview({ workspace, rep, testId }: { workspace: RegisterWorkspace; rep: string | null; testId: string }) {
  const styles = useStyles();
  const { t } = useTexts();
  const version = useWorkspaceVersion(workspace);
  const flags = useMemo(() => rotationFlags(workspace).filter((f) => !rep || f.owner === rep), [workspace, rep, version]);
  const { rotation, productLines } = workspace.policy;
  if (!rotation.enabled) return null;
  return (
    <section className={styles.root} data-testid={testId} aria-label={t('rules.rotation.heading', { count: flags.length, months: rotation.rotateMonths })}>
      <Subtitle2>{t('rules.rotation.heading', { count: flags.length, months: rotation.rotateMonths })}</Subtitle2>
      {flags.length === 0 && <Caption1 className={styles.hint}>{t('rules.rotation.none')}</Caption1>}
      {flags.slice(0, LIMIT).map((f) => (
        <div key={`${f.customerKey}|${f.productLine}`} className={styles.line}>
          <Text>{f.customerName}</Text>
          <Caption1>{f.owner}</Caption1>
          <span className={styles.detail}>
            {t('rules.rotation.since', { since: f.ownedSince, months: f.monthsOwned })}
            {productLines.enabled && f.productLine ? ` · ${f.productLine}` : ''}
          </span>
        </div>
      ))}
      {flags.length > LIMIT && <Caption1>{t('taskpane.board.more', { count: flags.length - LIMIT })}</Caption1>}
    </section>
  );
}
