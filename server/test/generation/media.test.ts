import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpUser } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Captions and images for one item, with the offline generator.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let item: { id: string; version: number };
beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
  const demo = await user.request<any>('mutation { createDemoPersona { recentItems(first: 10) { id version status caption } } }');
  item = demo.data.createDemoPersona.recentItems.find((candidate: any) => candidate.status === 'IDEA' && !candidate.caption);
});
afterAll(() => server.close());

describe('captions and images', () => {
  it("writes a caption in the persona's voice within Instagram's limits and records the run", async () => {
    const result = await user.request<any>(
      `mutation ($id: ID!, $v: Int!) { writeCaption(itemId: $id, expectedVersion: $v) { caption version persona { generationUsage { runs } generationRuns(first: 1) { kind state generator } } } }`,
      { id: item.id, v: item.version },
    );
    const written = result.data.writeCaption;
    expect(written.caption.length).toBeGreaterThan(20);
    expect(written.caption.length).toBeLessThanOrEqual(2200);
    expect(written.caption).not.toMatch(/pesticide|miracle/i);
    expect(written.version).toBe(item.version + 1);
    expect(written.persona.generationRuns[0]).toEqual({ kind: 'CAPTION', state: 'SUCCEEDED', generator: 'OFFLINE' });
    item.version = written.version;
  });

  it('refuses a caption for a stale version, changing nothing', async () => {
    const stale = await user.request<any>(`mutation ($id: ID!) { writeCaption(itemId: $id, expectedVersion: 1) { id } }`, { id: item.id });
    expect(stale.errors?.[0]?.extensions?.code).toBe('STALE_VERSION');
  });

  it('generates an image, stores it as an asset and attaches it', async () => {
    const result = await user.request<any>(
      `mutation ($id: ID!, $v: Int!) { generateImage(itemId: $id, expectedVersion: $v) { version asset { id source mimeType width height url prompt usedBy { id } } } }`,
      { id: item.id, v: item.version },
    );
    const asset = result.data.generateImage.asset;
    expect(asset).toMatchObject({ source: 'GENERATED', mimeType: 'image/jpeg', width: 1080, height: 1350, usedBy: [{ id: item.id }] });
    const file = await fetch(new URL(asset.url, server.url));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
  });
});
