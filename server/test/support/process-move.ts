import { loadConfig } from '../../src/config.js';
import { createDatabase } from '../../src/db/database.js';
import { moveContentItemAsProcess } from '../../src/modules/content-item/content-item-edit.service.js';
import { CONTENT_ITEM_STATUSES, type ContentItemStatus } from '../../src/modules/shared/domain.js';

// A worker-style process that moves one item the way the publisher does, then exits:
//   node --import tsx server/test/support/process-move.ts <databaseUrl> <itemId> <to> <process> [reason]
// It prints { movingAt, status, version }: movingAt is Date.now() just before the move, so a
// test can time how long the change takes to reach subscribers of another process.

const [databaseUrl, itemId, to, processName, reason] = process.argv.slice(2);
if (!databaseUrl || !itemId || !processName || !CONTENT_ITEM_STATUSES.includes(to as ContentItemStatus)) {
  console.error('usage: process-move.ts <databaseUrl> <itemId> <to> <process> [reason]');
  process.exit(2);
}
const handle = createDatabase(databaseUrl, { poolSize: 1 });
try {
  const movingAt = Date.now();
  const item = await moveContentItemAsProcess(handle.db, loadConfig({ DATABASE_URL: databaseUrl }), itemId, {
    to: to as ContentItemStatus,
    process: processName,
    reason: reason ?? null,
    publishedAt: to === 'posted' ? new Date() : undefined,
  });
  process.stdout.write(JSON.stringify({ movingAt, status: item.status, version: item.version }));
} finally {
  await handle.destroy();
}
