import { Checkbox, Field, makeStyles, Radio, RadioGroup, Select, Textarea } from '@fluentui/react-components';
import { cleanLineList, type ClaimPolicy, type NewHireConflict } from '../../core/claims';
import { useTexts } from '../localeContext';

export type RuleName = Exclude<keyof ClaimPolicy, 'timeZone'>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '4px', paddingLeft: '44px' },
});

/**
 * The settings that belong to one rule, shown under its switch while it is on: how the parent/branch rule
 * acts, what a veteran meets on a new hire's customer, the team's product lines and default line.
 */
export function RuleDetails({ name, policy, readOnly, set }: {
  name: RuleName;
  policy: ClaimPolicy;
  readOnly: boolean;
  set: (name: RuleName, change: Record<string, unknown>) => void;
}) {
  const styles = useStyles();
  const { t } = useTexts();
  if (name === 'branch') {
    return (
      <div className={styles.root}>
        <Checkbox checked={policy.branch.mode === 'block'} disabled={readOnly} label={t('taskpane.settings.rule.branchBlock')}
          data-testid="branch-block" onChange={(_e, d) => set('branch', { mode: d.checked ? 'block' : 'warn' })} />
      </div>
    );
  }
  if (name === 'newHire') {
    return (
      <div className={styles.root}>
        <RadioGroup layout="horizontal" value={policy.newHire.conflict} disabled={readOnly} aria-label={t('rules.settings.newHireConflict')}
          onChange={(_e, d) => set('newHire', { conflict: d.value as NewHireConflict })}>
          <Radio value="block" label={t('rules.settings.newHireConflict.block')} />
          <Radio value="manager" label={t('rules.settings.newHireConflict.manager')} />
        </RadioGroup>
      </div>
    );
  }
  if (name === 'productLines') {
    const lines = cleanLineList(policy.productLines.lines);
    return (
      <div className={styles.root}>
        <Field label={t('rules.settings.lines')} size="small" hint={t('rules.settings.linesHint')}>
          <Textarea value={policy.productLines.lines.join('\n')} disabled={readOnly} resize="vertical" data-testid="product-lines"
            onChange={(_e, d) => set('productLines', { lines: d.value.split('\n') })} />
        </Field>
        <Field label={t('rules.settings.defaultLine')} size="small" hint={t('rules.settings.defaultLineHint')}>
          <Select size="small" value={policy.productLines.defaultLine} disabled={readOnly || lines.length === 0} data-testid="default-line"
            onChange={(_e, d) => set('productLines', { defaultLine: d.value })}>
            <option value="">—</option>
            {lines.map((line) => <option key={line} value={line}>{line}</option>)}
          </Select>
        </Field>
      </div>
    );
  }
  return null;
}
