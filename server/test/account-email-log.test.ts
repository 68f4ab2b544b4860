import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from './support/app-process.js';
import { expectData } from './support/fixtures.js';
import { graphqlClient, signUpUser } from './support/graphql-client.js';
import { eventually } from './support/live-subscription.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

// A laptop install has no mail server: the link a reset needs is in the server's log, with a
// warning that says why, and it works.

let db: TestDatabase;
let app: AppProcess;
beforeAll(async () => {
  db = await createTestDatabase();
  app = await startAppProcess({ env: { DATABASE_URL: db.url, SMTP_URL: undefined, LOG_LEVEL: 'warn' } });
});
afterAll(async () => {
  await app?.stop();
  await db?.drop();
});

it('writes the reset link to the log with a warning when SMTP_URL is not set', async () => {
  const user = await signUpUser(app.url);
  const anonymous = graphqlClient(app.url);
  expectData(await anonymous(`mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }`, { email: user.email }));

  const line = await eventually(async () => {
    const found = app.output.join('').split('\n').find((entry) => entry.includes('/reset-password?token='));
    if (!found) throw new Error('no reset link in the log yet');
    return JSON.parse(found) as { level: number; msg: string; to: string; link: string };
  }, 10_000);
  expect(line.level).toBe(40);
  expect(line.msg).toMatch(/SMTP_URL is not set, so this email was not sent/);
  expect(line.to).toBe(user.email);
  // The app's own address: PUBLIC_URL is not set, so the listening URL.
  expect(new URL(line.link).port).toBe(new URL(app.url).port);
  expect(new URL(line.link).pathname).toBe('/reset-password');

  const token = new URL(line.link).searchParams.get('token');
  const reset = await anonymous<any>(`mutation ($token: String!) { resetPassword(input: { token: $token, newPassword: "a new long passphrase" }) { token } }`, { token });
  expect(expectData(reset).resetPassword.token).toBeTruthy();
});
