import {
  Badge, Button, Caption1, makeStyles, MessageBar, MessageBarBody, SpinButton, Subtitle2, Switch, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { cleanLineList, validatePolicy, type ClaimPolicy } from '../../core/claims';
import type { Message, MessageKey } from '../../i18n/message';
import { useTexts } from '../localeContext';
import type { RegisterWorkspace } from '../../app/registerWorkspace';
import { RuleDetails, type RuleName } from './RuleDetails';

const useStyles = makeStyles({
  block: {
    display: 'flex', flexDirection: 'column', rowGap: '6px', padding: '12px', borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  rule: {
    display: 'flex', flexDirection: 'column', rowGap: '2px', paddingBottom: '6px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  head: { display: 'grid', gridTemplateColumns: '1fr auto auto', alignItems: 'center', columnGap: '6px' },
  explain: { color: tokens.colorNeutralForeground3, paddingLeft: '44px' },
  number: { width: '84px' },
});

/** Each rule's switch, the number a manager may tune (none for on/off rules), and its one-line explanation. */
const RULES: { name: RuleName; label: MessageKey; number?: string }[] = [
  { name: 'protection', label: 'taskpane.settings.rule.protection', number: 'protectDays' },
  { name: 'dealProtection', label: 'taskpane.settings.rule.dealProtection' },
  { name: 'phoneWarning', label: 'taskpane.settings.rule.phoneWarning' },
  { name: 'reminders', label: 'taskpane.settings.rule.reminders', number: 'remindDays' },
  { name: 'followUps', label: 'taskpane.settings.rule.followUps' },
  { name: 'quota', label: 'taskpane.settings.rule.quota', number: 'closeQuota' },
  { name: 'newHire', label: 'taskpane.settings.rule.newHire', number: 'newHireMonths' },
  { name: 'gradeA', label: 'taskpane.settings.rule.gradeA', number: 'gradeATenureMonths' },
  { name: 'rotation', label: 'taskpane.settings.rule.rotation', number: 'rotateMonths' },
  { name: 'branch', label: 'taskpane.settings.rule.branch' },
  { name: 'productLines', label: 'taskpane.settings.rule.productLines' },
  { name: 'overrides', label: 'taskpane.settings.rule.overrides' },
  { name: 'contactPrivacy', label: 'taskpane.settings.rule.contactPrivacy' },
];

/** 认领规则: every rule with its switch, explanation and the settings that belong to it, saved together. */
export function PolicyEditor({ workspace, readOnly }: { workspace: RegisterWorkspace; readOnly: boolean }) {
  const styles = useStyles();
  const { t, say } = useTexts();
  const [policy, setPolicy] = useState<ClaimPolicy>(workspace.policy);
  const [result, setResult] = useState<{ ok: boolean; messages: Message[] } | null>(null);
  const set = (name: RuleName, change: Record<string, unknown>) => {
    setPolicy({ ...policy, [name]: { ...policy[name], ...change } });
    setResult(null);
  };
  const save = async () => {
    const cleaned = { ...policy, productLines: { ...policy.productLines, lines: cleanLineList(policy.productLines.lines) } };
    const problems = validatePolicy(cleaned);
    if (problems.length > 0) return setResult({ ok: false, messages: problems });
    const refused = await workspace.savePolicy(cleaned);
    setResult(refused ? { ok: false, messages: [refused] } : { ok: true, messages: [] });
  };
  return (
    <section className={styles.block} aria-label={t('taskpane.settings.policy')}>
      <Subtitle2>{t('taskpane.settings.policy')}</Subtitle2>
      {RULES.map(({ name, label, number }) => {
        const rule = policy[name] as { enabled: boolean } & Record<string, unknown>;
        return (
          <div key={name} className={styles.rule} data-rule={name}>
            <div className={styles.head}>
              <Switch checked={rule.enabled} disabled={readOnly} label={t(label)} onChange={(_e, d) => set(name, { enabled: d.checked })} />
              {number
                ? <SpinButton className={styles.number} size="small" value={rule[number] as number} disabled={readOnly}
                    aria-label={t(label)} min={0} onChange={(_e, d) => set(name, { [number]: d.value ?? Number(d.displayValue) })} />
                : <span />}
              <Badge appearance="tint" color={rule.enabled ? 'success' : 'subtle'}>
                {rule.enabled ? t('taskpane.settings.active') : t('taskpane.settings.dormant')}
              </Badge>
            </div>
            <Caption1 className={styles.explain}>{t(`rules.explain.${name}` as MessageKey)}</Caption1>
            {rule.enabled && <RuleDetails name={name} policy={policy} readOnly={readOnly} set={set} />}
          </div>
        );
      })}
      {result && (
        <MessageBar intent={result.ok ? 'success' : 'error'} role={result.ok ? 'status' : 'alert'}>
          <MessageBarBody>{result.ok ? t('taskpane.settings.saved') : result.messages.map(say).join(' ')}</MessageBarBody>
        </MessageBar>
      )}
      {!readOnly && <Button appearance="primary" onClick={() => void save()}>{t('taskpane.settings.save')}</Button>}
    </section>
  );
}
