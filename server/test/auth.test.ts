import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from './support/fixtures.js';
import { graphqlClient, signUpUser } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_MAX_FAILURES: '3', TRUST_PROXY: 'loopback' });
});
afterAll(() => server.close());

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token expiresAt viewer { id email profile { displayName timeZone } } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token viewer { email } } }`;
const VIEWER = `{ viewer { id email profile { displayName timeZone } } }`;

/** A request from the client at `ip`, as the reverse proxy in front of the app reports it. */
function from(ip: string, target = () => server) {
  return async <Data = any>(query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${target().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Data; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  };
}

describe('accounts', () => {
  it('lets the owner sign in from elsewhere while someone who knows the email is slowed down', async () => {
    const user = await signUpUser(server.url);
    const attacker = from('203.0.113.9');
    for (let attempt = 0; attempt < 3; attempt += 1) await attacker(SIGN_IN, { input: { email: user.email, password: 'wrong password' } });
    const blocked = await attacker(SIGN_IN, { input: { email: user.email, password: user.password } });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const owner = await from('198.51.100.7')(SIGN_IN, { input: { email: user.email, password: user.password } });
    expect(owner.errors).toBeUndefined();
    expect(owner.data.signIn.viewer.email).toBe(user.email);
  });

  it('signs up, answers viewer with the profile, and stores no plain password or token', async () => {
    const anonymous = graphqlClient(server.url);
    const result = await anonymous<any>(SIGN_UP, {
      input: { email: 'Ada@Example.com', password: 'a long enough password', displayName: 'Ada', timeZone: 'Europe/Berlin' },
    });
    expect(result.errors).toBeUndefined();
    const { token, viewer } = result.data.signUp;
    expect(viewer).toMatchObject({ email: 'ada@example.com', profile: { displayName: 'Ada', timeZone: 'Europe/Berlin' } });
    const me = await graphqlClient(server.url, token)<any>(VIEWER);
    expect(me.data.viewer.id).toBe(viewer.id);

    const { rows } = await server.handle.pool.query(
      `SELECT u.password_hash, s.token_hash FROM users u JOIN sessions s ON s.user_id = u.id WHERE u.id = $1`,
      [viewer.id],
    );
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(Buffer.from(rows[0].token_hash).toString('base64url')).not.toBe(token);
  });

  it('refuses a second account with the same email, in any case', async () => {
    const user = await signUpUser(server.url);
    const again = await graphqlClient(server.url)(SIGN_UP, { input: { email: user.email.toUpperCase(), password: 'another password!' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
  });

  it('validates sign-up input with a field and a reason, writing nothing', async () => {
    const before = await server.handle.pool.query('SELECT count(*)::int AS n FROM users');
    const result = await graphqlClient(server.url)(SIGN_UP, { input: { email: 'not-an-email', password: 'short', timeZone: 'Nowhere/Land' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0]?.extensions?.fieldErrors as Array<{ field: string }>).map((error) => error.field);
    expect(fields).toEqual(['input.email', 'input.password', 'input.timeZone']);
    const after = await server.handle.pool.query('SELECT count(*)::int AS n FROM users');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('gives the same generic error for a wrong password and an unknown email', async () => {
    const user = await signUpUser(server.url);
    const anonymous = graphqlClient(server.url);
    const wrongPassword = await anonymous(SIGN_IN, { input: { email: user.email, password: 'wrong password' } });
    const unknownEmail = await anonymous(SIGN_IN, { input: { email: 'nobody@example.com', password: 'wrong password' } });
    expect(wrongPassword.errors?.[0]?.message).toBe(unknownEmail.errors?.[0]?.message);
    expect(wrongPassword.errors?.[0]?.message).toMatch(/wrong email or password/i);
    const right = await anonymous<any>(SIGN_IN, { input: { email: user.email, password: user.password } });
    expect(right.data.signIn.viewer.email).toBe(user.email);
  });

  it('rate-limits repeated failed sign-ins for an address', async () => {
    const user = await signUpUser(server.url);
    const anonymous = graphqlClient(server.url);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await anonymous(SIGN_IN, { input: { email: user.email, password: 'wrong password' } });
    }
    const limited = await anonymous(SIGN_IN, { input: { email: user.email, password: user.password } });
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBe(900);
    // People read the wait in words; machines read retryAfterSeconds.
    expect(limited.errors?.[0]?.message).toBe('Too many attempts; try again in 15 minutes');
  });

  it('signs out by revoking the token; the token then acts as anonymous', async () => {
    const user = await signUpUser(server.url);
    const out = await user.request<any>('mutation { signOut }');
    expect(out.data.signOut).toBe(true);
    const after = await user.request<any>(VIEWER);
    expect(after.data.viewer).toBeNull();
    const personas = await user.request<any>('{ personas { nodes { id } } }');
    expect(personas.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('edits the profile and refuses a bad time zone', async () => {
    const user = await signUpUser(server.url);
    const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName timeZone } }`;
    const ok = await user.request<any>(UPDATE, { input: { displayName: 'Grace', timeZone: 'America/New_York' } });
    expect(ok.data.updateProfile).toEqual({ displayName: 'Grace', timeZone: 'America/New_York' });
    const bad = await user.request<any>(UPDATE, { input: { timeZone: 'Mars/Olympus' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.timeZone' });
    const me = await user.request<any>(VIEWER);
    expect(me.data.viewer.profile).toEqual({ displayName: 'Grace', timeZone: 'America/New_York' });
  });
});

describe('sign-up limit', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({ SIGN_UP_PER_HOUR: '3', TRUST_PROXY: 'loopback' });
  });
  afterAll(() => limited.close());

  it('limits sign-ups per client address, creating no account past the limit', async () => {
    const client = from('192.0.2.44', () => limited);
    const signUp = (n: number) => client(SIGN_UP, { input: { email: `limit-${n}-${Date.now()}@example.com`, password: 'correct horse battery staple' } });
    for (let n = 0; n < 3; n += 1) expect((await signUp(n)).errors).toBeUndefined();
    const before = await countRows(limited, 'users');
    const refused = await signUp(3);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 3600 });
    expect(refused.errors?.[0]?.message).toBe('Too many attempts; try again in 1 hour');
    expect(await countRows(limited, 'users')).toBe(before);
    // Another client is not affected.
    const other = await from('192.0.2.45', () => limited)(SIGN_UP, { input: { email: `other-${Date.now()}@example.com`, password: 'correct horse battery staple' } });
    expect(other.errors).toBeUndefined();
  });
});
