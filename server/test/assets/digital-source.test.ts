import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readDigitalSourceType } from '../../src/storage/digital-source.js';
import { countRows, createItem, expectData } from '../support/fixtures.js';
import { useSignedInPersona } from '../support/signed-in-persona.js';

// Provenance in the file (issue 15 §5): the IPTC digital source type in each image's XMP, for
// generated images and for uploads that declare one.

const scene = useSignedInPersona();
const IPTC = 'http://cv.iptc.org/newscodes/digitalsourcetype/';

async function upload(bytes: Buffer, declared?: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'photo.png');
  const query = declared === undefined ? '' : `&digitalSourceType=${declared}`;
  const response = await fetch(`${scene.server.url}/api/assets?personaId=${scene.personaId}${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${scene.user.token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function fileOf(assetId: string): Promise<Buffer> {
  const { asset } = expectData(await scene.user.request<any>(`query ($id: ID!) { asset(id: $id) { url } }`, { id: assetId }));
  return Buffer.from(await (await fetch(new URL(asset.url, scene.server.url))).arrayBuffer());
}

const png = () => sharp({ create: { width: 320, height: 320, channels: 3, background: '#8c643c' } }).png().toBuffer();

describe('the digital source type', () => {
  it('is written into an upload as declared, and shown on the asset', async () => {
    const { status, body } = await upload(await png(), 'digitalCapture');
    expect(status).toBe(201);
    expect(body.digitalSourceType).toBe('digitalCapture');
    expect(await readDigitalSourceType(await fileOf(body.id))).toBe('digitalCapture');
    const { asset } = expectData(await scene.user.request<any>(`query ($id: ID!) { asset(id: $id) { digitalSourceType } }`, { id: body.id }));
    expect(asset.digitalSourceType).toBe(`${IPTC}digitalCapture`);
  });

  it('is absent from an upload that declares none, and a wrong one is refused before anything is stored', async () => {
    const plain = await upload(await png());
    expect(plain.body.digitalSourceType).toBeNull();
    expect(await readDigitalSourceType(await fileOf(plain.body.id))).toBeNull();
    const before = await countRows(scene.server, 'assets_with_trash');
    const refused = await upload(await png(), 'madeUp');
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'digitalSourceType' } });
    expect(await countRows(scene.server, 'assets_with_trash')).toBe(before);
  });

  it('says trainedAlgorithmicMedia in every generated image', async () => {
    const item = await createItem(scene.user.request, scene.personaId, { title: 'Basil on the windowsill' });
    const generated = expectData(
      await scene.user.request<any>(`mutation ($id: ID!, $v: Int!) { generateImage(itemId: $id, expectedVersion: $v) { asset { id source digitalSourceType } } }`, {
        id: item.id,
        v: item.version,
      }),
    ).generateImage.asset;
    expect(generated).toMatchObject({ source: 'GENERATED', digitalSourceType: `${IPTC}trainedAlgorithmicMedia` });
    expect(await readDigitalSourceType(await fileOf(generated.id))).toBe('trainedAlgorithmicMedia');
  });
});
