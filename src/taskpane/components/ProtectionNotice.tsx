import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { RegisterWorkspace } from '../../app/registerWorkspace';
import { useTexts } from '../localeContext';
import { useWorkspaceVersion } from '../useWorkspace';

/** Above every tab while the register cannot be written (a protected sheet without a usable password). */
export function ProtectionNotice({ workspace }: { workspace: RegisterWorkspace }) {
  const { say } = useTexts();
  useWorkspaceVersion(workspace);
  const notice = workspace.protection.notice;
  if (!notice) return null;
  return (
    <MessageBar intent="warning" role="status" data-testid="protection-notice">
      <MessageBarBody>{say(notice)}</MessageBarBody>
    </MessageBar>
  );
}
