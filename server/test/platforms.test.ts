import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// What the SPA shows as connectable or planning-only comes from the server's own settings.

const PLATFORMS = `{ platforms { platform label canPublish canConnect connectUnavailableReason } }`;

describe('platform capabilities', () => {
  let plain: TestServer;
  let withInstagram: TestServer;
  beforeAll(async () => {
    [plain, withInstagram] = await Promise.all([
      startTestServer(),
      startTestServer({ INSTAGRAM_APP_ID: 'app-id', INSTAGRAM_APP_SECRET: 'app-secret' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([plain?.close(), withInstagram?.close()]);
  });

  it('says Instagram cannot be connected without a Meta app, and why', async () => {
    const { platforms } = expectData(await (await signUpUser(plain.url)).request<any>(PLATFORMS));
    const byName = Object.fromEntries(platforms.map((entry: any) => [entry.platform, entry]));
    expect(byName.INSTAGRAM).toMatchObject({ canPublish: true, canConnect: false });
    expect(byName.INSTAGRAM.connectUnavailableReason).toMatch(/INSTAGRAM_APP_ID and INSTAGRAM_APP_SECRET/);
    expect(byName.SANDBOX).toMatchObject({ canPublish: true, canConnect: true, connectUnavailableReason: null });
    expect(byName.FACEBOOK).toMatchObject({ label: 'Facebook', canPublish: false, canConnect: false });
    expect(platforms.filter((entry: any) => !entry.canPublish).map((entry: any) => entry.platform)).toEqual(['FACEBOOK']);
    // X publishes once an app is registered in its developer portal.
    expect(byName.X).toMatchObject({ label: 'X', canPublish: true, canConnect: false });
    expect(byName.X.connectUnavailableReason).toMatch(/X_CLIENT_ID/);
    // Bluesky needs no app registered: it can always be connected.
    expect(byName.BLUESKY).toMatchObject({ label: 'Bluesky', canPublish: true, canConnect: true, connectUnavailableReason: null });
  });

  it('says what a post may hold on each platform and how an account is connected, from the connectors', async () => {
    const { platforms } = expectData(
      await (await signUpUser(plain.url)).request<any>(`{ platforms { platform captionMaxCharacters maxHashtags auth } }`),
    );
    const byName = Object.fromEntries(platforms.map((entry: any) => [entry.platform, entry]));
    expect(byName.INSTAGRAM).toEqual({ platform: 'INSTAGRAM', captionMaxCharacters: 2200, maxHashtags: 30, auth: 'OAUTH2' });
    expect(byName.SANDBOX).toEqual({ platform: 'SANDBOX', captionMaxCharacters: 2200, maxHashtags: null, auth: 'NONE' });
    // Planning-only platforms still say what a caption may hold there; nothing connects.
    expect(byName.FACEBOOK).toEqual({ platform: 'FACEBOOK', captionMaxCharacters: 63206, maxHashtags: null, auth: null });
    expect(byName.X).toEqual({ platform: 'X', captionMaxCharacters: 280, maxHashtags: null, auth: 'OAUTH2_PKCE' });
    expect(byName.BLUESKY).toEqual({ platform: 'BLUESKY', captionMaxCharacters: 300, maxHashtags: null, auth: 'APP_PASSWORD' });
  });

  it('offers Instagram once the app is configured', async () => {
    const { platforms } = expectData(await (await signUpUser(withInstagram.url)).request<any>(PLATFORMS));
    expect(platforms.find((entry: any) => entry.platform === 'INSTAGRAM')).toMatchObject({ canConnect: true, connectUnavailableReason: null });
  });
});
