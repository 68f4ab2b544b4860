import { describe, expect, it } from 'vitest';
import { renderPortrait } from '../src/ai/offline-portrait.js';
import { fingerprintStoredImages } from '../src/modules/look/look.service.js';
import { createAssetStorage } from '../src/storage/create-storage.js';
import { countRows, createItem, createPersona, expectData, expectError } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { useSignedInPersona } from './support/signed-in-persona.js';

// The visual identity lock (issue 15 §2), offline: reference portraits drawn from the written
// look, image generation built from the references, every image scored against them, and a
// flagged image kept from READY unless overridden with a reason, recorded with who and why.

const scene = useSignedInPersona();
const LOOK = 'auburn hair in a bun, freckled fair skin, green eyes, linen shirt';
const STRANGER = { look: 'long black hair, brown skin, brown eyes, mustard blouse', name: 'Priya Sol', handle: 'priya.cooks' };

const PORTRAIT = `mutation ($personaId: ID!) { generateReferencePortrait(personaId: $personaId) { id source prompt digitalSourceType likeness { score } } }`;
const SET_REFERENCES = `mutation ($personaId: ID!, $assetIds: [ID!]!) { setReferenceImages(personaId: $personaId, assetIds: $assetIds) { id referenceImages { id } } }`;
const PERSONA = `query ($id: ID!) { persona(id: $id) { look imageThreshold briefVersion referenceImages { id } briefVersions(first: 1) { version changedFields } } }`;
const GENERATE = `mutation ($id: ID!, $v: Int!) { generateImage(itemId: $id, expectedVersion: $v) {
  version asset { id generatedFrom { id } likeness { score threshold flagged reasons { kind message } closestReference { id } } }
} }`;
const ITEM = `query ($id: ID!) { contentItem(id: $id) {
  status version assetId: asset { id }
  imageCheck { score flagged reasons { kind message } }
  overrides { kind score threshold caption image { id } reason by { kind name } }
  provenance { likeness { score flagged } image { generatedFrom { id } } }
} }`;
const MOVE = `mutation ($id: ID!, $to: ContentItemStatus!, $expectedVersion: Int!, $overrideReason: String) {
  moveContentItem(id: $id, to: $to, expectedVersion: $expectedVersion, overrideReason: $overrideReason) { id status version }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { status version asset { id } } }`;

async function upload(personaId: string, bytes: Buffer): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'photo.jpg');
  const response = await fetch(`${scene.server.url}/api/assets?personaId=${personaId}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${scene.user.token}` },
    body: form,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A persona with a written look, locked to three portraits drawn from it. */
async function lockedPersona() {
  const persona = await createPersona(scene.user.request, { look: LOOK });
  const portraits: string[] = [];
  for (let index = 0; index < 3; index += 1) {
    portraits.push(expectData(await scene.user.request<any>(PORTRAIT, { personaId: persona.id })).generateReferencePortrait.id);
  }
  expectData(await scene.user.request(SET_REFERENCES, { personaId: persona.id, assetIds: portraits }));
  return { persona, portraits };
}

describe('the visual identity lock', () => {
  it('draws reference portraits from the look, and keeps the look in the versioned brief', async () => {
    const persona = await createPersona(scene.user.request, { look: LOOK });
    const portrait = expectData(await scene.user.request<any>(PORTRAIT, { personaId: persona.id })).generateReferencePortrait;
    expect(portrait).toMatchObject({ source: 'GENERATED', prompt: expect.stringContaining(LOOK), likeness: null });
    expect(portrait.digitalSourceType).toMatch(/trainedAlgorithmicMedia$/);
    const updated = expectData(await scene.user.request<any>(`mutation ($id: ID!) { updatePersona(id: $id, input: { look: "auburn hair, loose" }) { briefVersion } }`, { id: persona.id }));
    const { persona: read } = expectData(await scene.user.request<any>(PERSONA, { id: persona.id }));
    expect(read).toMatchObject({ look: 'auburn hair, loose', imageThreshold: 70, briefVersion: updated.updatePersona.briefVersion, referenceImages: [] });
    expect(read.briefVersions[0]).toEqual({ version: updated.updatePersona.briefVersion, changedFields: ['LOOK'] });
  });

  it('locks the look to 3 to 8 of the persona’s own images, and refuses anything else changing nothing', async () => {
    const { persona, portraits } = await lockedPersona();
    const other = await createPersona(scene.user.request);
    const foreign = await upload(other.id, await renderPortrait({ ...STRANGER }, 0));
    const before = await countRows(scene.server, 'persona_reference_images');
    const attempts: Array<[string[], string]> = [
      [portraits.slice(0, 2), 'assetIds'],
      [[portraits[0]!, portraits[0]!, portraits[1]!], 'assetIds'],
      [[portraits[0]!, portraits[1]!, foreign], 'assetIds.2'],
      [[portraits[0]!, portraits[1]!, 'not-an-id'], 'assetIds.2'],
    ];
    for (const [assetIds, field] of attempts) {
      expectError(await scene.user.request(SET_REFERENCES, { personaId: persona.id, assetIds }), 'BAD_USER_INPUT', field);
    }
    expect(await countRows(scene.server, 'persona_reference_images')).toBe(before);
    const { persona: read } = expectData(await scene.user.request<any>(PERSONA, { id: persona.id }));
    expect(read.referenceImages.map((image: { id: string }) => image.id)).toEqual(portraits);
    // Someone else cannot lock (or read) this persona's look.
    const stranger = await signUpUser(scene.server.url);
    expectError(await stranger.request(SET_REFERENCES, { personaId: persona.id, assetIds: [] }), 'NOT_FOUND');
    // None unlocks it.
    expect(expectData(await scene.user.request<any>(SET_REFERENCES, { personaId: persona.id, assetIds: [] })).setReferenceImages.referenceImages).toEqual([]);
  });

  it('generates images from the references, which score as the persona; a stranger’s photo scores below them', async () => {
    const { persona, portraits } = await lockedPersona();
    const item = await createItem(scene.user.request, persona.id, { title: 'Morning coffee on the balcony' });
    const generated = expectData(await scene.user.request<any>(GENERATE, { id: item.id, v: item.version })).generateImage;
    expect(generated.asset.generatedFrom.map((image: { id: string }) => image.id)).toEqual(portraits);
    expect(generated.asset.likeness).toMatchObject({ threshold: 70, flagged: false });
    expect(portraits).toContain(generated.asset.likeness.closestReference.id);
    const strangerId = await upload(persona.id, await renderPortrait(STRANGER, 0));
    const { asset: stranger } = expectData(await scene.user.request<any>(`query ($id: ID!) { asset(id: $id) { likeness { score flagged reasons { kind message } } } }`, { id: strangerId }));
    expect(stranger.likeness.flagged).toBe(true);
    expect(stranger.likeness.score).toBeLessThan(generated.asset.likeness.score);
    expect(stranger.likeness.reasons.at(-1).message).toMatch(/^Most like reference image [123]: layout \d+% alike, colours \d+% alike\.$/);
  });

  it('keeps an item with a flagged image from READY unless overridden, and records who and why', async () => {
    const { persona } = await lockedPersona();
    const strangerId = await upload(persona.id, await renderPortrait(STRANGER, 1));
    const item = await createItem(scene.user.request, persona.id, { caption: 'Balcony morning.', status: 'DRAFT' });
    const attached = expectData(await scene.user.request<any>(UPDATE, { id: item.id, input: { expectedVersion: item.version, assetId: strangerId } })).updateContentItem;
    const refused = expectError(await scene.user.request(MOVE, { id: item.id, to: 'READY', expectedVersion: attached.version }), 'ILLEGAL_STATUS_TRANSITION');
    expect(refused.extensions?.missing).toEqual([expect.stringMatching(/^image: score \d+ is below the persona's threshold 70 \(.+\); choose another image or give an override reason$/)]);
    let read = expectData(await scene.user.request<any>(ITEM, { id: item.id })).contentItem;
    expect(read).toMatchObject({ status: 'DRAFT', version: attached.version, imageCheck: { flagged: true }, overrides: [] });

    const moved = expectData(
      await scene.user.request<any>(MOVE, { id: item.id, to: 'READY', expectedVersion: attached.version, overrideReason: 'Guest post: her friend Priya, agreed with the client' }),
    ).moveContentItem;
    expect(moved.status).toBe('READY');
    read = expectData(await scene.user.request<any>(ITEM, { id: item.id })).contentItem;
    expect(read.overrides).toEqual([
      {
        kind: 'IMAGE', score: read.imageCheck.score, threshold: 70, caption: '', image: { id: strangerId },
        reason: 'Guest post: her friend Priya, agreed with the client', by: { kind: 'USER', name: expect.any(String) },
      },
    ]);
    expect(read.provenance.likeness).toEqual({ score: read.imageCheck.score, flagged: true });

    // Swapping a Ready item's image for another flagged one is refused on the image field.
    const another = await upload(persona.id, await renderPortrait(STRANGER, 2));
    expectError(await scene.user.request(UPDATE, { id: item.id, input: { expectedVersion: moved.version, assetId: another } }), 'BAD_USER_INPUT', 'input.assetId');
  });

  it('fingerprints images stored before fingerprints were taken', async () => {
    const { persona } = await lockedPersona();
    const id = await upload(persona.id, await renderPortrait(STRANGER, 3));
    await scene.server.handle.pool.query(`UPDATE assets_with_trash SET fingerprint = NULL WHERE id = $1`, [id]);
    const pending = `query ($id: ID!) { asset(id: $id) { likeness { score reasons { message } } } }`;
    expect(expectData(await scene.user.request<any>(pending, { id })).asset.likeness).toEqual({ score: null, reasons: [{ message: 'Not compared yet: the image is still being read.' }] });
    expect(await fingerprintStoredImages(scene.server.handle.db, await createAssetStorage(scene.server.config))).toBeGreaterThanOrEqual(1);
    expect(expectData(await scene.user.request<any>(pending, { id })).asset.likeness.score).toEqual(expect.any(Number));
  });
});
