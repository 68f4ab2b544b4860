import { lazy, Suspense, useState } from 'react';
import { loadCode } from '../../lib/code-loading';
import { useScheduleDialog } from '../../lib/schedule-dialog';

const ScheduleDialogHost = lazy(async () => ({
  default: (await loadCode(() => import('../../features/scheduling/components/ScheduleDialogHost'))).ScheduleDialogHost,
}));

/**
 * Hosts the "schedule on a channel" dialog for every signed-in page. Its code loads the first
 * time a page asks for it (`?schedule=<id>`) and stays mounted, so closing it animates.
 */
export function ScheduleDialogSlot() {
  const { scheduleItemId } = useScheduleDialog();
  const [wanted, setWanted] = useState(false);
  if (scheduleItemId !== null && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <ScheduleDialogHost />
    </Suspense>
  );
}
