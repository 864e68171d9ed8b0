import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { findBreaches, type Breach } from '../../core/claims/breaches';
import { followKeyMoves } from '../../store/keyMoves';
import { useTexts } from '../localeContext';
import type { RegisterWorkspace } from '../../app/registerWorkspace';
import { breachMessage } from './breachText';

/** The manager's list of what the server could not refuse (over quota, unjustified protection, forged lines). */
export function BreachesView({ workspace }: { workspace: RegisterWorkspace }) {
  const { t, say } = useTexts();
  const [breaches, setBreaches] = useState<Breach[] | null>(null);
  const check = useCallback(() => {
    const { store } = workspace;
    Promise.all([store.listCustomers(), store.listActivities()]).then(
      ([customers, log]) => setBreaches(findBreaches(customers.map((c) => c.record), followKeyMoves(log), workspace.policy, workspace.today)),
      (error: unknown) => console.error('claim register: reading for breaches failed', error),
    );
  }, [workspace]);
  useEffect(check, [check]);
  return (
    <section aria-label={t('identity.breaches.title')} data-testid="breaches">
      <Subtitle2>{t('identity.breaches.title')}</Subtitle2>
      {breaches?.length === 0 && <Caption1>{t('identity.breaches.none')}</Caption1>}
      {breaches?.map((breach, n) => (
        <MessageBar key={n} intent="warning"><MessageBarBody>{say(breachMessage(breach))}</MessageBarBody></MessageBar>
      ))}
      <Button size="small" onClick={check}>{t('identity.breaches.refresh')}</Button>
    </section>
  );
}
