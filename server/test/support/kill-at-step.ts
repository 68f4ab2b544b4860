import { expect } from 'vitest';
import { eventually, within } from './live-subscription.js';
import type { TestServer } from './test-server.js';
import { makeDueNow, type WorkerProcess } from './worker-process.js';

// A crash test's one move, the same for every network: a worker is started with a request to
// the fake held at one step; once the request arrives the worker is killed with SIGKILL and the
// request let go (its effect done or not, as the hold says); a fresh worker takes over, and the
// post must end published. The caller then checks the network got it exactly once.

export async function killAtStep(options: {
  server: TestServer;
  held: { arrived: Promise<void>; release(): void };
  step: string;
  spawnWorker(): Promise<WorkerProcess>;
  /** Schedules the post an hour from now; the helper makes it due once the worker runs. */
  schedulePost(): Promise<{ id: string }>;
}): Promise<{ platform_post_id: string }> {
  const [victim, post] = await Promise.all([options.spawnWorker(), options.schedulePost()]);
  await makeDueNow(options.server.handle.db, [post.id]);
  await within(options.held.arrived, 15_000, `${options.step} request`);
  await victim.kill();
  options.held.release();
  await options.spawnWorker();
  return eventually(async () => {
    const { rows } = await options.server.handle.pool.query('SELECT state, platform_post_id, connector_state FROM scheduled_posts WHERE id = $1', [post.id]);
    expect(rows[0].state).toBe('published');
    return rows[0];
  }, 30_000);
}
