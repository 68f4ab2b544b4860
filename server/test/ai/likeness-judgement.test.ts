import { describe, expect, it } from 'vitest';
import { renderPortrait } from '../../src/ai/offline-portrait.js';
import { chatCompletion, refusal } from '../support/fake-openai.js';
import { createPersona, expectData } from '../support/fixtures.js';
import { uploadImage } from '../support/publishing.js';
import { useModelScene } from '../support/model-scene.js';

// The visual identity lock with an API key (issue 15 §2): a vision model judges each image
// stored for a persona with a locked look (the references and the image go to it as data URLs),
// and its structured judgement is the likeness; a refusal or malformed answer leaves the
// perceptual comparison, and a judgement stops applying once the references change.

const scene = useModelScene();

const LENA = { name: 'Lena Fern', handle: 'lena.grows', look: 'auburn hair in a bun, freckled fair skin, green eyes, linen shirt' };
const STRANGER = { name: 'Priya Sol', handle: 'priya.cooks', look: 'long black hair, brown skin, brown eyes, mustard blouse' };
const LIKENESS = `query ($id: ID!) { asset(id: $id) { likeness { score flagged reasons { kind message } } } }`;

async function lockedPersona() {
  const persona = await createPersona(scene.user.request, { look: LENA.look });
  const references: string[] = [];
  for (const variant of [0, 1, 2]) references.push(await uploadImage(scene.server.url, scene.user.token, persona.id, await renderPortrait(LENA, variant)));
  expectData(await scene.user.request(`mutation ($p: ID!, $ids: [ID!]!) { setReferenceImages(personaId: $p, assetIds: $ids) { id } }`, { p: persona.id, ids: references }));
  scene.fake.requests.length = 0;
  return { persona, references };
}

describe('the likeness judgement of a vision model', () => {
  it('sends the references and the image, and takes its structured judgement as the likeness', async () => {
    const { persona, references } = await lockedPersona();
    scene.fake.script({ body: chatCompletion({ score: 22, reasons: ['Black hair, not auburn', 'No freckles'] }) });
    const id = await uploadImage(scene.server.url, scene.user.token, persona.id, await renderPortrait(STRANGER, 0));
    const [sent] = scene.fake.requests;
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'likeness', strict: true } });
    const parts = sent!.body.messages[1].content as Array<{ type: string; image_url?: { url: string } }>;
    expect(parts.filter((part) => part.type === 'image_url')).toHaveLength(references.length + 1);
    expect(parts.every((part) => part.type === 'text' || part.image_url!.url.startsWith('data:image/jpeg;base64,'))).toBe(true);
    const { likeness } = expectData(await scene.user.request<any>(LIKENESS, { id })).asset;
    expect(likeness).toEqual({
      score: 22,
      flagged: true,
      reasons: [
        { kind: 'JUDGEMENT', message: 'Black hair, not auburn' },
        { kind: 'JUDGEMENT', message: 'No freckles' },
        { kind: 'REFERENCE', message: 'Judged by gpt-4o-mini-2024-07-18 against the 3 reference images.' },
      ],
    });

    // New references: the judgement was of the old ones, so the perceptual comparison stands in.
    const another = await uploadImage(scene.server.url, scene.user.token, persona.id, await renderPortrait(LENA, 3));
    expectData(await scene.user.request(`mutation ($p: ID!, $ids: [ID!]!) { setReferenceImages(personaId: $p, assetIds: $ids) { id } }`, { p: persona.id, ids: [...references.slice(1), another] }));
    expect(expectData(await scene.user.request<any>(LIKENESS, { id })).asset.likeness.reasons.map((reason: any) => reason.kind)).not.toContain('JUDGEMENT');
  });

  it('keeps the perceptual comparison when the model refuses or answers out of schema, and stores the image all the same', async () => {
    const { persona } = await lockedPersona();
    for (const answer of [{ body: refusal('I cannot identify people.') }, { body: chatCompletion({ score: 640, reasons: [] }) }, { status: 503, body: { error: { message: 'down' } } }]) {
      scene.fake.script(answer);
      const id = await uploadImage(scene.server.url, scene.user.token, persona.id, await renderPortrait(STRANGER, 1));
      const { likeness } = expectData(await scene.user.request<any>(LIKENESS, { id })).asset;
      expect(likeness.score).toEqual(expect.any(Number));
      expect(likeness.reasons.map((reason: any) => reason.kind)).toContain('LIKENESS');
    }
  });
});
