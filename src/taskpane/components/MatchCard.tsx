import { Badge, Caption1, makeStyles, mergeClasses, Select, Text, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import { visibleContact, type ContactViewer } from '../../core/claims/contactPrivacy';
import type { Verdict } from '../../core/names';
import type { CustomerGrade } from '../../core/register/customerRecord';
import { useTexts } from '../localeContext';
import type { MatchView } from '../../app/registerWorkspace';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
    padding: '10px 12px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  duplicate: { borderLeftColor: tokens.colorPaletteRedBorder2, backgroundColor: tokens.colorPaletteRedBackground1 },
  possible: { borderLeftColor: tokens.colorPaletteMarigoldBorder2, backgroundColor: tokens.colorPaletteYellowBackground1 },
  branch: { borderLeftColor: tokens.colorPaletteBlueBorderActive, backgroundColor: tokens.colorPaletteBlueBackground2 },
  head: { display: 'flex', alignItems: 'center', columnGap: '8px', flexWrap: 'wrap' },
  name: { fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground2 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto 1fr',
    columnGap: '8px',
    rowGap: '2px',
    fontSize: tokens.fontSizeBase200,
  },
  label: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  protectedLine: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
});

const BADGE: Record<Verdict, { color: 'danger' | 'warning' | 'informative' }> = {
  duplicate: { color: 'danger' },
  'possible-duplicate': { color: 'warning' },
  branch: { color: 'informative' },
};

const GRADES: CustomerGrade[] = ['A', 'B', 'C'];

/**
 * One registered look-alike: verdict badge, the reason in one line, who holds it (on which product line, and
 * the customer's 主负责人), how far, until when, the contact (masked for a colleague's customer), and its
 * 客户等级 — which a manager sets right here.
 */
export const MatchCard = memo(function MatchCard({ match, viewer = null, maskColleagues = true, onSetGrade }: {
  match: MatchView;
  viewer?: ContactViewer | null;
  /** The team's 隐藏同事客户的联系方式 setting. */
  maskColleagues?: boolean;
  /** Managers only: sets the customer's grade. */
  onSetGrade?: (key: string, grade: CustomerGrade | null) => void;
}) {
  const styles = useStyles();
  const { t, say } = useTexts();
  const { record } = match;
  // A colleague's contact person and phone stay with the owner and managers (issue 13, privacy).
  const contact = record ? visibleContact(record, viewer, maskColleagues) : null;
  const tone = match.verdict === 'duplicate' ? styles.duplicate : match.verdict === 'branch' ? styles.branch : styles.possible;
  const reason = match.reasons.map(say).join(match.reasons.length > 1 ? '；' : '');
  const dash = '—';
  return (
    <article className={mergeClasses(styles.card, tone)} aria-label={`${t(`taskpane.verdict.${match.verdict}`)} ${match.name}`}>
      <div className={styles.head}>
        <Badge appearance="filled" color={BADGE[match.verdict].color} data-verdict={match.verdict}>
          {t(`taskpane.verdict.${match.verdict}`)}
        </Badge>
        <Text className={styles.name}>{match.name}</Text>
      </div>
      <Caption1 className={styles.reason}>{reason}</Caption1>
      {record && (
        <div className={styles.facts}>
          <span className={styles.label}>{t('taskpane.check.owner')}</span><span>{record.rep || dash}</span>
          <span className={styles.label}>{t('taskpane.check.department')}</span><span>{record.department || dash}</span>
          <span className={styles.label}>{t('taskpane.check.status')}</span><span>{t(`taskpane.status.${record.status}`)}</span>
          <span className={styles.label}>{t('taskpane.check.lastVisit')}</span><span>{record.visitDate ?? dash}</span>
          <span className={styles.label}>{t('taskpane.check.lastSample')}</span>
          <span>{record.sampleDate ? `${record.sampleDate} ${record.sampleModel}` : dash}</span>
          <span className={styles.label}>{t('taskpane.check.protectedUntil')}</span>
          <span>{match.tier === 'deal' ? t('taskpane.check.protectedForever') : match.tier === 'close' ? match.protectedUntil ?? dash : t('taskpane.check.notProtected')}</span>
          <span className={styles.label}>{t('identity.contact.person')}</span>
          <span data-testid="match-contact" title={contact?.masked ? t('identity.maskedWhy') : undefined}>
            {contact?.masked ? t('identity.masked') : contact?.contactPerson || dash}
          </span>
          <span className={styles.label}>{t('identity.contact.phone')}</span>
          <span title={contact?.masked ? t('identity.maskedWhy') : undefined}>{contact?.masked ? t('identity.masked') : contact?.phone || dash}</span>
          {match.productLine && <>
            <span className={styles.label}>{t('rules.pane.productLine')}</span><span data-testid="match-line">{match.productLine}</span>
            <span className={styles.label}>{t('rules.pane.primaryOwner')}</span><span data-testid="match-primary">{match.primaryOwner ?? dash}</span>
          </>}
          <span className={styles.label}>{t('rules.pane.grade')}</span>
          {onSetGrade
            ? <Select size="small" value={record.grade ?? ''} aria-label={`${t('rules.pane.grade')} ${match.name}`} data-testid="match-grade"
                onChange={(_e, d) => onSetGrade(match.key, (d.value || null) as CustomerGrade | null)}>
                <option value="">{dash}</option>
                {GRADES.map((g) => <option key={g} value={g}>{g}</option>)}
              </Select>
            : <span data-testid="match-grade">{record.grade ?? dash}</span>}
        </div>
      )}
      {match.protectedBy && <Text className={styles.protectedLine}>{say(match.protectedBy)}</Text>}
    </article>
  );
}, sameMatch);

/** Typing usually finds the same customers again: a card is redrawn only when what it shows changed. */
type CardProps = { match: MatchView; viewer?: ContactViewer | null; maskColleagues?: boolean; onSetGrade?: unknown };
function sameMatch(before: CardProps, after: CardProps): boolean {
  if (before.viewer?.name !== after.viewer?.name || before.viewer?.isManager !== after.viewer?.isManager) return false;
  if (before.maskColleagues !== after.maskColleagues) return false;
  const a = before.match;
  const b = after.match;
  return a.key === b.key && a.verdict === b.verdict && a.record === b.record && a.tier === b.tier
    && a.primaryOwner === b.primaryOwner && !!before.onSetGrade === !!after.onSetGrade
    && a.protectedUntil === b.protectedUntil && JSON.stringify(a.reasons) === JSON.stringify(b.reasons);
}
