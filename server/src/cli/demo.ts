import { keepPostsInStep } from '../modules/scheduling/keep-posts-in-step.js';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { createLogger } from '../logger.js';
import { createMailer } from '../mail/mailer.js';
import { signUp } from '../modules/auth/auth.service.js';
import { findUserByEmail } from '../modules/auth/auth.repository.js';
import { createDemoPersona } from '../modules/persona/demo-persona.service.js';

// `npm run demo [-- --email you@example.com]`: adds the demo persona, plan and items to an
// account, creating the account (with a printed password) when it does not exist yet.

const { values } = parseArgs({ options: { email: { type: 'string', default: 'demo@doppelcart.local' } } });

try {
  const config = loadConfig();
  const logger = createLogger('warn');
  const database = await openDatabase(config, logger, 'share');
  try {
    const appUrl = () => config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
    const ctx = { db: database.db, config, viewer: null, itemWriteGuard: keepPostsInStep, logger, mailer: createMailer(config, logger), appUrl };
    const email = values.email.trim().toLowerCase();
    let user = await findUserByEmail(database.db, email);
    if (!user) {
      const password = randomBytes(12).toString('base64url');
      await signUp(ctx, { email, password, displayName: 'Demo' }, 'demo script');
      user = await findUserByEmail(database.db, email);
      console.log(`Created account ${email} with password ${password}`);
    }
    const persona = await createDemoPersona({ ...ctx, viewer: { userId: user!.id, sessionId: '' } });
    console.log(`Added demo persona @${persona.handle} (${persona.id}) to ${email}.`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
