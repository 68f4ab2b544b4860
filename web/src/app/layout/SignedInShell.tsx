import '../../lib/mantine-styles';
import { EmailConfirmationNotice } from '../../features/auth/components/EmailConfirmationNotice';
import { UserMenu } from '../../features/auth/components/UserMenu';
import { RequireSession } from '../../features/auth/routes/RequireSession';
import { AppLayout } from './AppLayout';
import { ScheduleDialogSlot } from './ScheduleDialogSlot';

// Features never import each other; the app composes them: the session guard hands the viewer
// to the layout's user menu and email reminder, the persona page hosts the plans feature's
// section, and the layout hosts the scheduling dialog that the board, the editor and the
// calendar open.
export function SignedInShell() {
  return (
    <RequireSession>
      {(viewer) => (
        <AppLayout
          userMenu={<UserMenu viewer={viewer} />}
          notice={<EmailConfirmationNotice viewer={viewer} />}
          overlays={<ScheduleDialogSlot />}
        />
      )}
    </RequireSession>
  );
}
