import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { countRows } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { useSignedInPersona } from '../support/signed-in-persona.js';

const scene = useSignedInPersona();

async function upload(bytes: Buffer, filename: string, type: string, token = scene.user.token, persona = scene.personaId) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), filename);
  const response = await fetch(`${scene.server.url}/api/assets?personaId=${persona}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('image uploads', () => {
  it('stores a JPEG, lists it, and serves it through its signed URL', async () => {
    const jpeg = await sharp({ create: { width: 800, height: 1000, channels: 3, background: '#c8643c' } }).jpeg().toBuffer();
    const { status, body } = await upload(jpeg, 'balcony.jpg', 'image/jpeg');
    expect(status).toBe(201);
    expect(body).toMatchObject({ mimeType: 'image/jpeg', width: 800, height: 1000 });
    const listed = await scene.user.request<any>(`query ($personaId: ID) { assets(personaId: $personaId) { nodes { id source url width usedBy { id } } } }`, { personaId: scene.personaId });
    expect(listed.data.assets.nodes).toEqual([expect.objectContaining({ id: body.id, source: 'UPLOADED', width: 800, usedBy: [] })]);
    const file = await fetch(new URL(listed.data.assets.nodes[0].url, scene.server.url));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect((await sharp(Buffer.from(await file.arrayBuffer())).metadata()).width).toBe(800);
    const forged = new URL(listed.data.assets.nodes[0].url, scene.server.url);
    forged.searchParams.set('signature', 'x'.repeat(43));
    expect((await fetch(forged)).status).toBe(403);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'empty.png', 'image/png', /empty/],
    ['HTML named .png', Buffer.from('<html><script>alert(1)</script></html>'), 'evil.png', 'image/png', /not an image/],
  ])('rejects %s with a clear reason and stores nothing', async (_name, bytes, filename, type, reason) => {
    const before = await countRows(scene.server, 'assets');
    const { status, body } = await upload(bytes, filename, type);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(body.error.message).toMatch(reason);
    expect(await countRows(scene.server, 'assets')).toBe(before);
  });

  it('rejects a file over the size cap while it streams', async () => {
    const { status, body } = await upload(Buffer.alloc(16 * 1024 * 1024, 1), 'huge.png', 'image/png');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/larger than 15 MB/);
  });

  it("answers another user's persona like a missing one, and refuses anonymous uploads", async () => {
    const other = await signUpUser(scene.server.url);
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).png().toBuffer();
    const foreign = await upload(png, 'x.png', 'image/png', other.token);
    const missing = await upload(png, 'x.png', 'image/png', other.token, '00000000-0000-4000-8000-000000000000');
    expect(foreign.status).toBe(404);
    expect({ ...foreign.body.error, requestId: undefined }).toEqual({ ...missing.body.error, requestId: undefined });
    expect((await upload(png, 'x.png', 'image/png', 'not-a-token')).status).toBe(401);
  });
});
