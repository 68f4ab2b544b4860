// Keeps the embedded PostgreSQL from outliving the app that started it. Started detached by
// the app right after PostgreSQL (arguments: the app's pid, the cluster's data directory); if
// the app dies without stopping it (kill -9, a crash), this stops PostgreSQL (fast shutdown,
// then immediate if it lingers) and exits. It exits by itself once PostgreSQL is gone.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [appPid, databaseDir] = [Number(process.argv[2]), process.argv[3] ?? ''];
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
};
const postmasterPid = () => {
  try {
    return Number(readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
};

const timer = setInterval(() => {
  const postgres = postmasterPid();
  if (!postgres || !alive(postgres)) return void clearInterval(timer);
  if (alive(appPid)) return;
  clearInterval(timer);
  process.kill(postgres, 'SIGINT');
  const deadline = Date.now() + 10_000;
  const wait = setInterval(() => {
    if (!alive(postgres)) return void clearInterval(wait);
    if (Date.now() > deadline) {
      process.kill(postgres, 'SIGQUIT');
      clearInterval(wait);
    }
  }, 200);
}, 500);
