import { startAppProcess } from '../../../server/test/support/app-process.js';
import { createTestDatabase } from '../../../server/test/support/test-database.js';

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

/** The built app (server/dist + web/dist), as `npm start` runs it, on a fresh database. */
export async function startBuiltApp(): Promise<RunningApp> {
  const database = await createTestDatabase();
  try {
    const app = await startAppProcess({
      script: 'server/dist/main.js',
      env: { NODE_ENV: 'production', DATABASE_URL: database.url },
    });
    return {
      url: app.url,
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
