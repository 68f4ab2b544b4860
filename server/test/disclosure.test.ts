import { describe, expect, it } from 'vitest';
import { createItem, createPersona, expectData, expectError } from './support/fixtures.js';
import { connectSandbox, SANDBOX_FEED, schedule } from './support/publishing.js';
import { useSignedInPersona } from './support/signed-in-persona.js';

// The disclosure policy (issue 15 §5): the persona's line is added to the caption DoppelCart
// publishes (by default when the image is AI-made), shown in the preview, counted toward the
// platform's limits from READY on, and sent as recorded.

const scene = useSignedInPersona();
const GENERATE = `mutation ($id: ID!, $v: Int!) { generateImage(itemId: $id, expectedVersion: $v) { version } }`;
const ITEM = `query ($id: ID!) { contentItem(id: $id) { status version caption publishedCaption } }`;
const MOVE = `mutation ($id: ID!, $to: ContentItemStatus!, $expectedVersion: Int!) { moveContentItem(id: $id, to: $to, expectedVersion: $expectedVersion) { status version } }`;

async function readyWithGeneratedImage(personaId: string, caption: string) {
  const item = await createItem(scene.user.request, personaId, { title: 'Basil', caption, platform: 'SANDBOX', status: 'DRAFT' });
  const { version } = expectData(await scene.user.request<any>(GENERATE, { id: item.id, v: item.version })).generateImage;
  return { id: item.id as string, version: version as number };
}

describe('the disclosure policy', () => {
  it('adds the line to posts with an AI-made image, shows it in the preview, and publishes it', async () => {
    const persona = await createPersona(scene.user.request);
    const item = await readyWithGeneratedImage(persona.id, 'Basil likes it warm.');
    expect(expectData(await scene.user.request<any>(ITEM, { id: item.id })).contentItem).toMatchObject({
      caption: 'Basil likes it warm.',
      publishedCaption: 'Basil likes it warm.\n\nMade with AI.',
    });
    const ready = expectData(await scene.user.request<any>(MOVE, { id: item.id, to: 'READY', expectedVersion: item.version })).moveContentItem;
    const channel = await connectSandbox(scene.user.request, persona.id);
    expectData(await schedule(scene.user.request, { id: item.id, version: ready.version }, channel.id, { now: true }));
    await expect
      .poll(async () => expectData(await scene.user.request<any>(SANDBOX_FEED, { personaId: persona.id })).sandboxFeed.map((post: any) => post.caption), { timeout: 20_000 })
      .toEqual(['Basil likes it warm.\n\nMade with AI.']);
    // The item's own caption is untouched.
    expect(expectData(await scene.user.request<any>(ITEM, { id: item.id })).contentItem.caption).toBe('Basil likes it warm.');
  });

  it('follows the persona’s choice: on every post, or never', async () => {
    const always = await createPersona(scene.user.request, { disclosureMode: 'ALWAYS', disclosureText: '#AIgenerated' });
    const plain = await createItem(scene.user.request, always.id, { caption: 'No image here.' });
    expect(expectData(await scene.user.request<any>(ITEM, { id: plain.id })).contentItem.publishedCaption).toBe('No image here.\n\n#AIgenerated');
    const off = await createPersona(scene.user.request, { disclosureMode: 'OFF' });
    const item = await readyWithGeneratedImage(off.id, 'Basil likes it warm.');
    expect(expectData(await scene.user.request<any>(ITEM, { id: item.id })).contentItem.publishedCaption).toBe('Basil likes it warm.');
    expectError(await scene.user.request(`mutation ($id: ID!) { updatePersona(id: $id, input: { disclosureText: "${'x'.repeat(101)}" }) { id } }`, { id: off.id }), 'BAD_USER_INPUT', 'input.disclosureText');
  });

  it('counts the line toward the caption limit from READY on', async () => {
    const persona = await createPersona(scene.user.request);
    const item = await readyWithGeneratedImage(persona.id, 'a'.repeat(2195));
    const error = expectError(await scene.user.request(MOVE, { id: item.id, to: 'READY', expectedVersion: item.version }), 'ILLEGAL_STATUS_TRANSITION');
    expect(error.extensions?.missing).toEqual(["caption of at most 2200 characters with the persona's disclosure line added (2210 with it)"]);
    expect(expectData(await scene.user.request<any>(ITEM, { id: item.id })).contentItem).toMatchObject({ status: 'DRAFT', version: item.version });
  });
});
