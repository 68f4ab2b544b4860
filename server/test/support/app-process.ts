import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface AppProcess {
  url: string;
  child: ChildProcess;
  output: string[];
  /** Sends `signal` (SIGTERM by default), then resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * DoppelCart's real entry point in its own process. `script` is `server/dist/main.js` (what
 * `npm start` runs) or `server/src/main.ts` (run through tsx, no build needed).
 */
export async function startAppProcess(options: {
  env: Record<string, string | undefined>;
  script?: string;
  readyWithinMs?: number;
  /** Run as this user (a test running as root starts the app as an unprivileged one). */
  user?: { uid: number; gid: number };
}): Promise<AppProcess> {
  const script = options.script ?? 'server/src/main.ts';
  const port = Number(options.env.PORT) || (await freePort());
  const args = script.endsWith('.ts') ? ['--import', 'tsx', script] : [script];
  // Every test signs up from 127.0.0.1; the sign-up limit has tests of its own.
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', SIGN_UP_PER_HOUR: '100000', ...options.env, PORT: String(port) };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'], ...options.user });
  const output: string[] = [];
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyWithinMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited (${child.exitCode}) before it was healthy:\n${output.join('')}`);
    if (await fetch(`${url}/healthz`).then((response) => response.ok, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`app not healthy at ${url} in time:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    child,
    output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
