import {
  Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Tab, TabList, Text, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { isNewHire } from '../../core/claims';
import type { Locale } from '../../i18n/message';
import { LocaleProvider, useTexts } from '../localeContext';
import type { PaneEnvironment } from '../paneEnvironment';
import { useOpenWorkspace } from '../useOpenWorkspace';
import { useSheetNames } from '../useSheetNames';
import { useWorkspaceVersion } from '../useWorkspace';
import { rosterMember } from '../../app/claimBridge';
import type { RegisterWorkspace } from '../../app/registerWorkspace';
import { AdoptionReportView } from './AdoptionReportView';
import { AdoptSheetView } from './AdoptSheetView';
import { BoardTab } from './BoardTab';
import { CheckTab } from './CheckTab';
import { CollisionsTab } from './CollisionsTab';
import { HistoryGate } from './HistoryGate';
import { MyCustomersTab } from './MyCustomersTab';
import { SettingsTab } from './SettingsTab';
import { ProtectionNotice } from './ProtectionNotice';
import { SummaryTab } from './SummaryTab';
import { SignedInBar } from '../identity/SignedInBar';

const useStyles = makeStyles({
  provider: { height: '100%', backgroundColor: tokens.colorNeutralBackground2 },
  root: { display: 'flex', flexDirection: 'column', height: '100%', minWidth: '300px' },
  header: {
    display: 'flex', alignItems: 'center', columnGap: '8px', padding: '10px 12px 6px',
    backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, flexGrow: 1 },
  // A transparent button turns brand-coloured on hover: on the brand header it would vanish.
  language: {
    color: tokens.colorNeutralForegroundOnBrand,
    minWidth: 'auto',
    ':hover': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundHover },
    ':hover:active': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundPressed },
  },
  userBar: {
    display: 'flex', alignItems: 'center', columnGap: '8px', padding: '6px 12px',
    backgroundColor: tokens.colorNeutralBackground1, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  userSelect: { flexGrow: 1 },
  tabs: {
    display: 'flex', flexWrap: 'wrap', padding: '0 2px', backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Six tabs fit an Office task pane's 350–400 px in one row; narrower panes wrap them.
  tab: { paddingLeft: '5px', paddingRight: '5px', fontSize: tokens.fontSizeBase200 },
  body: { flexGrow: 1, overflowY: 'auto', padding: '12px' },
});

type TabId = 'check' | 'mine' | 'board' | 'summary' | 'collisions' | 'settings';
const TABS: TabId[] = ['check', 'mine', 'board', 'summary', 'collisions', 'settings'];

/** The task pane: the same React tree in Excel, WPS and the sandbox; the environment says where it runs. */
export function TaskPane({ environment }: { environment: PaneEnvironment }) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(environment.preferences.locale());
  const changeLocale = (next: Locale) => {
    environment.preferences.setLocale(next);
    setLocale(next);
  };
  return (
    // The provider's own class is copied onto the mount node of every popup (dropdowns): a full-height
    // background there would cover the page, so the pane's look sits on a box inside it.
    <FluentProvider theme={environment.theme} lang={locale} style={{ height: '100%' }}>
      <LocaleProvider locale={locale}>
        <div className={styles.provider}>
          <PaneBody environment={environment} locale={locale} onLocale={changeLocale} />
        </div>
      </LocaleProvider>
    </FluentProvider>
  );
}

function PaneBody({ environment, locale, onLocale }: { environment: PaneEnvironment; locale: Locale; onLocale: (l: Locale) => void }) {
  const styles = useStyles();
  const { t } = useTexts();
  const state = useOpenWorkspace(environment);
  const workspace = state.status === 'ready' ? state.workspace : null;
  const [tab, setTab] = useState<TabId>('check');
  const [reportClosed, setReportClosed] = useState(false);
  const adoption = state.status === 'ready' && !reportClosed ? state.adoption : null;
  const sheetName = useSheetNames(workspace);
  const other: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Text className={styles.title} as="h1">{t('taskpane.title')}</Text>
        <Button appearance="transparent" size="small" className={styles.language} onClick={() => onLocale(other)}
          aria-label={t('taskpane.language')} data-testid="language-switch" lang={other}>
          {t(other === 'en' ? 'taskpane.language.en' : 'taskpane.language.zh')}
        </Button>
      </header>
      {workspace && <UserBar workspace={workspace} environment={environment} />}
      {workspace && <ProtectionNotice workspace={workspace} />}
      {state.status !== 'adopt' && <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as TabId)}>
        {TABS.map((id) => <Tab key={id} value={id} className={styles.tab} data-testid={`tab-${id}`}>{t(`taskpane.tab.${id}`)}</Tab>)}
      </TabList>}
      <main className={styles.body}>
        {state.status === 'adopt' && <AdoptSheetView proposal={state.proposal} choice={state.choice} />}
        {adoption && <AdoptionReportView report={adoption} onClose={() => setReportClosed(true)} />}
        {state.status === 'failed' && (
          <MessageBar intent="error" role="alert"><MessageBarBody>{t('taskpane.openFailed', { reason: state.error })}</MessageBarBody></MessageBar>
        )}
        {state.status !== 'adopt' && tab === 'check' && <CheckTab workspace={workspace} sheetName={sheetName} />}
        {tab !== 'check' && !workspace && state.status === 'loading' && <Spinner size="small" label={t('taskpane.loading')} />}
        {workspace && tab === 'mine' && <HistoryGate workspace={workspace}><MyCustomersTab workspace={workspace} /></HistoryGate>}
        {workspace && tab === 'board' && <HistoryGate workspace={workspace}><BoardTab workspace={workspace} /></HistoryGate>}
        {workspace && tab === 'summary' && <SummaryTab workspace={workspace} />}
        {workspace && tab === 'collisions' && <CollisionsTab workspace={workspace} />}
        {workspace && tab === 'settings' && <SettingsTab workspace={workspace} environment={environment} />}
      </main>
    </div>
  );
}

/** "我是 [刘洋（销售一部，新人）]": local mode has no sign-in, so the rep says who they are once per computer. */
function UserBar({ workspace, environment }: { workspace: RegisterWorkspace; environment: PaneEnvironment }) {
  const styles = useStyles();
  const { t } = useTexts();
  useWorkspaceVersion(workspace);
  const today = workspace.today;
  const label = (name: string) => {
    const entry = workspace.roster.find((m) => m.name === name)!;
    const tags = [entry.department];
    if (entry.isManager) tags.push(t('taskpane.user.manager'));
    if (isNewHire(rosterMember(entry), workspace.policy, today)) tags.push(t('taskpane.user.newHire'));
    return `${name}（${tags.join('，')}）`;
  };
  // Team mode: who you are is the signed-in account, not a choice (no 我是 picker).
  if (workspace.store.kind === 'sharepoint' && environment.teamMode?.available) {
    return <SignedInBar workspace={workspace} environment={environment} team={environment.teamMode} />;
  }
  if (workspace.roster.length === 0) {
    return <MessageBar intent="warning"><MessageBarBody>{t('taskpane.user.emptyRoster')}</MessageBarBody></MessageBar>;
  }
  return (
    <div className={styles.userBar}>
      <label htmlFor="pane-user">{t('taskpane.user.label')}</label>
      <Select id="pane-user" className={styles.userSelect} size="small" value={workspace.currentUser?.name ?? ''}
        data-testid="current-user"
        onChange={(_e, d) => {
          environment.preferences.setUser(d.value);
          workspace.setCurrentUser(d.value);
        }}>
        {!workspace.currentUser && <option value="">{t('taskpane.user.placeholder')}</option>}
        {workspace.roster.map((m) => <option key={m.name} value={m.name}>{label(m.name)}</option>)}
      </Select>
    </div>
  );
}
