import { startAppProcess, type AppProcess } from '../../../server/test/support/app-process.js';
import { createTestDatabase } from '../../../server/test/support/test-database.js';

export interface RunningApp {
  url: string;
  /** The app's own database, for tests that put data in place the way background work would. */
  databaseUrl: string;
  /** Stops the server and leaves it down (an outage) until `bringBack`; the database stays. */
  takeDown(): Promise<void>;
  /**
   * Starts the server again on the same port and database and resolves once it is healthy.
   * `env` changes settings from then on, e.g. another `WEB_DIST_DIR` to deploy a new build.
   */
  bringBack(env?: Record<string, string | undefined>): Promise<void>;
  /** False between `takeDown` and `bringBack`. */
  isUp(): boolean;
  stop(): Promise<void>;
}

/**
 * The built app (server/dist + web/dist), as `npm start` runs it, on a fresh database. `env`
 * adds settings; an undefined value removes one the test process has.
 */
export async function startBuiltApp(env: Record<string, string | undefined> = {}): Promise<RunningApp> {
  const database = await createTestDatabase();
  let settings = env;
  const start = (port?: number) =>
    startAppProcess({
      script: 'server/dist/main.js',
      // Every test signs up from 127.0.0.1; the sign-up limit has tests of its own. The pages
      // run with trusted documents only, as a locked-down production would.
      env: { SIGN_UP_PER_HOUR: '100000', GRAPHQL_DOCUMENTS: 'trusted', ...settings, NODE_ENV: 'production', DATABASE_URL: database.url, PORT: port ? String(port) : undefined },
    });
  try {
    let app: AppProcess | null = await start();
    const port = Number(new URL(app.url).port);
    const takeDown = async () => {
      await app?.stop();
      app = null;
    };
    const bringBack = async (change: Record<string, string | undefined> = {}) => {
      if (app) throw new Error('the app is already running');
      settings = { ...settings, ...change };
      app = await start(port);
    };
    return {
      url: app.url,
      databaseUrl: database.url,
      takeDown,
      bringBack,
      isUp: () => app !== null,
      stop: async () => {
        await takeDown();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
