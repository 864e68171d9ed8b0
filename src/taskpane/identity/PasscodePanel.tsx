import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ManagerPasscode, PasscodeAnswer } from '../../app/identity/managerPasscode';
import { useTexts } from '../localeContext';

/** Local mode: set the manager passcode (first manager), or unlock / lock manager powers for this session. */
export function PasscodePanel({ passcode, onChange }: { passcode: ManagerPasscode; onChange?: () => void }) {
  const { t, say } = useTexts();
  const [isSet, setIsSet] = useState<boolean | null>(null);
  const [unlocked, setUnlocked] = useState(passcode.isUnlocked);
  const [first, setFirst] = useState('');
  const [repeat, setRepeat] = useState('');
  const [answer, setAnswer] = useState<PasscodeAnswer | null>(null);
  useEffect(() => {
    passcode.isSet().then(setIsSet, (error: unknown) => console.error('claim register: reading the passcode failed', error));
  }, [passcode]);
  const done = (result: PasscodeAnswer) => {
    setAnswer(result);
    setUnlocked(passcode.isUnlocked);
    setFirst('');
    setRepeat('');
    if (result.ok) setIsSet(true);
    onChange?.();
  };
  const settingUp = isSet === false || (isSet && unlocked);
  return (
    <section aria-label={t('identity.passcode.title')} data-testid="passcode">
      <Subtitle2>{t('identity.passcode.title')}</Subtitle2>
      <Caption1>{t('identity.passcode.explain')}</Caption1>
      {!unlocked && isSet && <MessageBar intent="info"><MessageBarBody>{t('identity.passcode.locked')}</MessageBarBody></MessageBar>}
      <Field label={t('identity.passcode.label')}>
        <Input type="password" value={first} onChange={(_e, d) => setFirst(d.value)} />
      </Field>
      {settingUp && (
        <Field label={t('identity.passcode.repeat')}>
          <Input type="password" value={repeat} onChange={(_e, d) => setRepeat(d.value)} />
        </Field>
      )}
      {settingUp && <Button onClick={() => void passcode.set(first, repeat).then(done)}>{t('identity.passcode.set')}</Button>}
      {isSet && !unlocked && <Button appearance="primary" onClick={() => void passcode.unlock(first).then(done)}>{t('identity.passcode.unlock')}</Button>}
      {unlocked && <Button onClick={() => { passcode.lock(); setUnlocked(false); onChange?.(); }}>{t('identity.passcode.lock')}</Button>}
      {answer && <MessageBar intent={answer.ok ? 'success' : 'error'}><MessageBarBody>{say(answer.message)}</MessageBarBody></MessageBar>}
    </section>
  );
}
