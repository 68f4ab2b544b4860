import { startAppProcess, type AppProcess } from '../../../server/test/support/app-process.js';
import { createTestDatabase } from '../../../server/test/support/test-database.js';

export interface RunningApp {
  url: string;
  /** The app's own database, for tests that put data in place the way background work would. */
  databaseUrl: string;
  /** Stops the server and starts it again on the same port and database, as a deploy would. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The built app (server/dist + web/dist), as `npm start` runs it, on a fresh database. `env`
 * adds settings; an undefined value removes one the test process has.
 */
export async function startBuiltApp(env: Record<string, string | undefined> = {}): Promise<RunningApp> {
  const database = await createTestDatabase();
  const start = (port?: number) =>
    startAppProcess({
      script: 'server/dist/main.js',
      env: { ...env, NODE_ENV: 'production', DATABASE_URL: database.url, PORT: port ? String(port) : undefined },
    });
  try {
    let app: AppProcess = await start();
    const port = Number(new URL(app.url).port);
    return {
      url: app.url,
      databaseUrl: database.url,
      restart: async () => {
        await app.stop();
        app = await start(port);
      },
      stop: async () => {
        await app.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
