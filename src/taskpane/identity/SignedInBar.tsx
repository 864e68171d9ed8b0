import { Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { RosterEntry } from '../../store/claimStore';
import { useTexts } from '../localeContext';
import type { PaneEnvironment } from '../paneEnvironment';
import type { TeamModeControls } from '../teamMode/teamMode';
import type { RegisterWorkspace } from '../../app/registerWorkspace';

/**
 * Team mode's answer to 我是: no picker — the signed-in Microsoft account is the rep, through the roster. An
 * account the roster does not know may look names up but is told to ask a manager before registering.
 */
export function SignedInBar({ workspace, environment, team }: { workspace: RegisterWorkspace; environment: PaneEnvironment; team: TeamModeControls }) {
  const { t } = useTexts();
  const [who, setWho] = useState<{ account: string; entry: RosterEntry | null } | null>(null);
  useEffect(() => {
    let gone = false;
    team.signedIn().then((signedIn) => {
      if (gone || !signedIn) return;
      setWho(signedIn);
      const user = signedIn.entry?.name ?? null;
      // Remembered so that the pane opens as the same rep offline; the server checks every edit anyway.
      if (user) environment.preferences.setUser(user);
      workspace.setCurrentUser(user ?? '');
    }, (error: unknown) => console.error('claim register: reading the signed-in account failed', error));
    return () => {
      gone = true;
    };
  }, [team, workspace, environment]);
  if (!who) return null;
  if (!who.entry) {
    return <MessageBar intent="warning" data-testid="not-on-roster"><MessageBarBody>{t('identity.notOnRoster', { account: who.account })}</MessageBarBody></MessageBar>;
  }
  return <Caption1 data-testid="signed-in-as" style={{ padding: '6px 12px' }}>{t('identity.signedInAs', { name: who.entry.name, account: who.account })}</Caption1>;
}
