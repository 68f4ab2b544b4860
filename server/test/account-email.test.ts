import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/app-process.js';
import { expectData } from './support/fixtures.js';
import { linkToken, startFakeSmtp, type FakeSmtp } from './support/fake-smtp.js';
import { graphqlClient, signUpUser } from './support/graphql-client.js';
import { eventually, subscribe, within } from './support/live-subscription.js';
import { overSocket, socketClient } from './support/socket-client.js';
import { STATUS_CHANGED } from './support/documents.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// Password resets and address confirmation over real SMTP: the app's nodemailer client sends
// to a loopback SMTP server, and the tests follow the links in the messages it received.

let smtp: FakeSmtp;
let server: TestServer;
const sockets: Client[] = [];
beforeAll(async () => {
  smtp = await startFakeSmtp();
  server = await startTestServer({ SMTP_URL: smtp.url, MAIL_FROM: 'DoppelCart <hello@doppelcart.test>', PUBLIC_URL: 'https://app.doppelcart.test' });
});
afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }`;
const RESET = `mutation ($token: String!, $password: String!) {
  resetPassword(input: { token: $token, newPassword: $password }) { token viewer { email emailVerified } }
}`;
const VERIFY = `mutation ($token: String!) { verifyEmail(input: { token: $token }) }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { token } }`;
const VIEWER = `{ viewer { id emailVerified activeSessions } }`;

const anonymous = () => graphqlClient(server.url);

async function resetLinkFor(email: string): Promise<string> {
  const after = smtp.received.length;
  expect(expectData(await anonymous()(REQUEST_RESET, { email })).requestPasswordReset).toBe(true);
  return linkToken(await smtp.waitForMail(email, { after, subject: /reset/i }), '/reset-password');
}

async function signInAgain(email: string, password: string): Promise<string> {
  return expectData(await anonymous()<any>(SIGN_IN, { email, password })).signIn.token;
}

describe('email verification', () => {
  it('mails a confirmation link at sign-up that confirms the address once, with or without a session', async () => {
    const after = smtp.received.length;
    const user = await signUpUser(server.url);
    const mail = await smtp.waitForMail(user.email, { after });
    expect(mail.from).toBe('hello@doppelcart.test');
    expect(mail.subject).toMatch(/confirm your email/i);
    expect(mail.text).toContain('https://app.doppelcart.test/verify-email?token=');
    expect(expectData(await user.request<any>(VIEWER)).viewer.emailVerified).toBe(false);

    const token = linkToken(mail, '/verify-email');
    expect(expectData(await anonymous()<any>(VERIFY, { token })).verifyEmail).toBe(true);
    expect(expectData(await user.request<any>(VIEWER)).viewer.emailVerified).toBe(true);

    const again = await anonymous()(VERIFY, { token });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
    expect(again.errors?.[0]?.message).toBe('input.token: This confirmation link was already used');
    expect(expectData(await user.request<any>('mutation { resendVerificationEmail }')).resendVerificationEmail).toBe(false);
  });

  it('sends the link again on request, and stores only hashes of link tokens', async () => {
    const user = await signUpUser(server.url);
    await smtp.waitForMail(user.email);
    const after = smtp.received.length;
    expect(expectData(await user.request<any>('mutation { resendVerificationEmail }')).resendVerificationEmail).toBe(true);
    const token = linkToken(await smtp.waitForMail(user.email, { after }), '/verify-email');
    const { rows } = await server.handle.pool.query(`SELECT token_hash FROM account_tokens WHERE user_id = $1`, [user.userId]);
    expect(rows).toHaveLength(2);
    const stored = rows.map((row) => Buffer.from(row.token_hash).toString('base64url'));
    expect(stored).not.toContain(token);
    const dump = await server.handle.pool.query(`SELECT row_to_json(t)::text AS row FROM account_tokens t`);
    expect(dump.rows.map((row) => row.row).join('\n')).not.toContain(token);

    // Past its lifetime (48 hours) the link is refused with the reason, and the address stays unconfirmed.
    await server.handle.pool.query(`UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [user.userId]);
    const expired = await anonymous()(VERIFY, { token });
    expect(expired.errors?.[0]?.message).toBe('input.token: This confirmation link has expired (links work for 2 days); send a new one from your profile');
    expect(expectData(await user.request<any>(VIEWER)).viewer.emailVerified).toBe(false);
  });
});

describe('password reset', () => {
  it('resets once: every session ends (live sockets close with 4401), the old password stops working', async () => {
    const user = await signUpUser(server.url);
    const secondDevice = await signInAgain(user.email, user.password);
    const socket = socketClient(server.url, secondDevice);
    sockets.push(socket);
    const live = await subscribe(socket, STATUS_CHANGED);

    const token = await resetLinkFor(user.email);
    const reset = expectData(await anonymous()<any>(RESET, { token, password: 'a brand new passphrase' })).resetPassword;
    expect(reset.viewer).toEqual({ email: user.email, emailVerified: true });
    expect(await within(live.ended, 5_000, 'socket close')).toMatchObject({ closed: { code: 4401 } });

    for (const old of [user.token, secondDevice]) {
      expect(expectData(await graphqlClient(server.url, old)<any>(VIEWER)).viewer).toBeNull();
    }
    const fresh = graphqlClient(server.url, reset.token);
    expect(expectData(await fresh<any>(VIEWER)).viewer).toMatchObject({ id: user.userId, activeSessions: 1 });
    expect((await anonymous()(SIGN_IN, { email: user.email, password: user.password })).errors?.[0]?.message).toMatch(/wrong email or password/i);
    await signInAgain(user.email, 'a brand new passphrase');

    const reused = await anonymous()(RESET, { token, password: 'yet another passphrase' });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
    expect(reused.errors?.[0]?.message).toMatch(/^input\.token: This reset link was already used/);
    await signInAgain(user.email, 'a brand new passphrase');
  });

  it('answers an unknown address exactly like a known one, and sends it nothing', async () => {
    const user = await signUpUser(server.url);
    await smtp.waitForMail(user.email);
    const after = smtp.received.length;
    const unknown = await anonymous()(REQUEST_RESET, { email: 'nobody-here@example.com' });
    const known = await anonymous()(REQUEST_RESET, { email: user.email });
    expect(unknown).toEqual(known);
    // The unknown address was asked for first: had it been sent anything, it would be here by now.
    await smtp.waitForMail(user.email, { after, subject: /reset/i });
    expect(smtp.received.some((mail) => mail.to.includes('nobody-here@example.com'))).toBe(false);
  });

  it('refuses expired and garbled links and a weak password, changing nothing', async () => {
    const user = await signUpUser(server.url);
    const first = await resetLinkFor(user.email);
    const second = await resetLinkFor(user.email);

    const weak = await anonymous()(RESET, { token: second, password: 'short' });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.newPassword' });
    const garbled = await anonymous()(RESET, { token: `${second}x`, password: 'a perfectly fine passphrase' });
    expect(garbled.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
    expect(garbled.errors?.[0]?.message).toMatch(/^input\.token: This reset link is not valid/);
    const cutOff = await anonymous()(RESET, { token: second.slice(0, 10), password: 'a perfectly fine passphrase' });
    expect(cutOff.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
    expect(cutOff.errors?.[0]?.message).toMatch(/^input\.token: This link is not valid \(it may have been cut off\)/);
    await server.handle.pool.query(`UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1 AND purpose = 'password_reset' AND created_at = (SELECT min(created_at) FROM account_tokens WHERE user_id = $1 AND purpose = 'password_reset')`, [user.userId]);
    const expired = await anonymous()(RESET, { token: first, password: 'a perfectly fine passphrase' });
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
    expect(expired.errors?.[0]?.message).toBe('input.token: This reset link has expired (links work for 1 hour); ask for a new one');
    // Nothing changed: the old password and session still work, and the second link still resets.
    expect(expectData(await user.request<any>(VIEWER)).viewer.id).toBe(user.userId);
    await signInAgain(user.email, user.password);
    expectData(await anonymous()(RESET, { token: second, password: 'a perfectly fine passphrase' }));
  });

  it('limits requests per address with a wait in human units', async () => {
    const email = `limited-${Date.now()}@example.com`;
    for (let attempt = 0; attempt < 3; attempt += 1) expectData(await anonymous()(REQUEST_RESET, { email }));
    const limited = await anonymous()(REQUEST_RESET, { email });
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 900 });
    expect(limited.errors?.[0]?.message).toBe('Too many attempts; try again in 15 minutes');
  });
});

describe('credentials of a signed-in person', () => {
  it('changes the password with the current one and signs out the other sessions', async () => {
    const user = await signUpUser(server.url);
    const other = await signInAgain(user.email, user.password);
    const CHANGE = `mutation ($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) }`;

    const wrong = await user.request(CHANGE, { current: 'not my password', next: 'a new long passphrase' });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.currentPassword' });
    expect(expectData(await graphqlClient(server.url, other)<any>(VIEWER)).viewer).not.toBeNull();

    expect(expectData(await user.request<any>(CHANGE, { current: user.password, next: 'a new long passphrase' })).changePassword).toBe(true);
    expect(expectData(await user.request<any>(VIEWER)).viewer).toMatchObject({ id: user.userId, activeSessions: 1 });
    expect(expectData(await graphqlClient(server.url, other)<any>(VIEWER)).viewer).toBeNull();
    await signInAgain(user.email, 'a new long passphrase');
  });

  it('signs out every other session and keeps this one', async () => {
    const user = await signUpUser(server.url);
    const others = [await signInAgain(user.email, user.password), await signInAgain(user.email, user.password)];
    const socket = socketClient(server.url, others[0]);
    sockets.push(socket);
    const live = await subscribe(socket, STATUS_CHANGED);
    expect(expectData(await user.request<any>(VIEWER)).viewer.activeSessions).toBe(3);

    expect(expectData(await user.request<any>('mutation { signOutOtherSessions }')).signOutOtherSessions).toBe(2);
    expect(await within(live.ended, 5_000, 'socket close')).toMatchObject({ closed: { code: 4401 } });
    for (const token of others) expect(expectData(await graphqlClient(server.url, token)<any>(VIEWER)).viewer).toBeNull();
    const mine = socketClient(server.url, user.token);
    sockets.push(mine);
    expect(await overSocket(mine, '{ viewer { id } }')).toEqual({ data: { viewer: { id: user.userId } } });
  });
});

describe('with the mail server down', () => {
  it('still signs up and answers reset requests; the failed send is the operator’s to see in the log', async () => {
    const down = await startTestServer({ SMTP_URL: `smtp://127.0.0.1:${await freePort()}` });
    try {
      const user = await signUpUser(down.url);
      expect(expectData(await graphqlClient(down.url)<any>(REQUEST_RESET, { email: user.email })).requestPasswordReset).toBe(true);
      // Both links were made (and would have worked), only their delivery failed.
      await eventually(async () => {
        const { rows } = await down.handle.pool.query(`SELECT purpose FROM account_tokens WHERE user_id = $1 ORDER BY created_at`, [user.userId]);
        expect(rows.map((row) => row.purpose)).toEqual(['email_verification', 'password_reset']);
      }, 5_000);
    } finally {
      await down.close();
    }
  });
});
