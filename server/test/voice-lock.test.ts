import { describe, expect, it } from 'vitest';
import { createItem, createPersona, expectData, expectError, fieldErrorFields } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { connectSandbox } from './support/publishing.js';
import { useSignedInPersona } from './support/signed-in-persona.js';

// The voice lock (issue 15 §3), offline: captions scored against the brief and the persona's
// posts; a flagged caption reaches READY only with an override, recorded with who and why.

const scene = useSignedInPersona();

const LENA = {
  voice: 'Warm, practical and a little nerdy. Short sentences, concrete numbers.',
  personality: 'Patient, curious.',
  avoid: ['pesticide', 'miracle', 'hack'],
  examplePosts: [
    'Soil first. Always. A cheap bag of compost beats an expensive plant in bad soil.',
    'Three weeks, one tomato. I am still counting it as a win.',
    'I killed two basil plants last summer. Too much water, too little sun. This year: 6 hours of light and a finger test before every watering.',
    'My compost bin is 40 litres and sits under the bench. Kitchen scraps in, brown cardboard on top, a stir every Sunday.',
    'Small win: the first cherry tomato turned red today. 68 days from seed. I ate it standing on the balcony.',
  ],
};
const IN_VOICE = 'Watering rule on my balcony: finger in the soil up to the first knuckle. Dry? Water. Damp? Wait a day.';
const OFF_VOICE = 'OMG you guys!!! 🌱🌱🌱 This AMAZING plant food changed EVERYTHING 😍😍 Link in bio NOW!!! 🔥🔥 #ad #plantmom #blessed';

const VOICE_CHECK = `query ($personaId: ID!, $caption: String!) { voiceCheck(personaId: $personaId, caption: $caption) { score threshold flagged reasons { kind message } } }`;
const MOVE = `mutation ($id: ID!, $to: ContentItemStatus!, $expectedVersion: Int!, $overrideReason: String) {
  moveContentItem(id: $id, to: $to, expectedVersion: $expectedVersion, overrideReason: $overrideReason) { id status version }
}`;
const ITEM = `query ($id: ID!) { contentItem(id: $id) {
  status version caption
  voiceCheck { score flagged }
  overrides { kind score threshold caption reason by { kind name } createdAt }
} }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { status version caption } }`;

async function lena() {
  return createPersona(scene.user.request, LENA);
}

describe('the voice lock', () => {
  it('scores a caption as the editor types: in voice passes, off voice is flagged with its reasons', async () => {
    const persona = await lena();
    const inVoice = expectData(await scene.user.request<any>(VOICE_CHECK, { personaId: persona.id, caption: IN_VOICE })).voiceCheck;
    expect(inVoice).toMatchObject({ threshold: 50, flagged: false });
    expect(inVoice.score).toBeGreaterThanOrEqual(50);
    const offVoice = expectData(await scene.user.request<any>(VOICE_CHECK, { personaId: persona.id, caption: OFF_VOICE })).voiceCheck;
    expect(offVoice.flagged).toBe(true);
    expect(offVoice.score).toBeLessThan(50);
    expect(offVoice.reasons.map((reason: any) => reason.message).join('\n')).toMatch(/more emoji than the persona's posts/);
    const avoided = expectData(await scene.user.request<any>(VOICE_CHECK, { personaId: persona.id, caption: 'A miracle mix: 1 part compost.' })).voiceCheck;
    expect(avoided.reasons[0]).toEqual({ kind: 'AVOID', message: 'Uses "miracle", which the brief says to avoid' });
  });

  it('refuses READY for a flagged caption, naming the voice, and changes nothing', async () => {
    const persona = await lena();
    const item = await createItem(scene.user.request, persona.id, { caption: OFF_VOICE, status: 'DRAFT' });
    const refused = await scene.user.request(MOVE, { id: item.id, to: 'READY', expectedVersion: item.version });
    const error = expectError(refused, 'ILLEGAL_STATUS_TRANSITION');
    expect((error.extensions as any).missing).toEqual([expect.stringMatching(/^voice: score \d+ is below the persona's threshold 50 \(.+\); rewrite the caption or give an override reason$/)]);
    const after = expectData(await scene.user.request<any>(ITEM, { id: item.id })).contentItem;
    expect(after).toMatchObject({ status: 'DRAFT', version: item.version, voiceCheck: { flagged: true }, overrides: [] });
  });

  it('moves a flagged caption on with an override, recording who, why and the score', async () => {
    const persona = await lena();
    const item = await createItem(scene.user.request, persona.id, { caption: OFF_VOICE, status: 'DRAFT' });
    const moved = expectData(await scene.user.request<any>(MOVE, { id: item.id, to: 'READY', expectedVersion: item.version, overrideReason: 'Paid partnership: the brand wrote it' })).moveContentItem;
    expect(moved.status).toBe('READY');
    const { overrides, voiceCheck } = expectData(await scene.user.request<any>(ITEM, { id: item.id })).contentItem;
    expect(overrides).toEqual([
      {
        kind: 'VOICE',
        score: voiceCheck.score,
        threshold: 50,
        caption: OFF_VOICE,
        reason: 'Paid partnership: the brand wrote it',
        by: { kind: 'USER', name: expect.any(String) },
        createdAt: expect.any(String),
      },
    ]);
  });

  it('lets a caption in the voice through, and holds an edit of a READY caption to the same rule', async () => {
    const persona = await lena();
    const item = await createItem(scene.user.request, persona.id, { caption: IN_VOICE, status: 'DRAFT' });
    const ready = expectData(await scene.user.request<any>(MOVE, { id: item.id, to: 'READY', expectedVersion: item.version })).moveContentItem;
    expect(ready.status).toBe('READY');
    const refused = await scene.user.request(UPDATE, { id: item.id, input: { expectedVersion: ready.version, caption: OFF_VOICE } });
    expectError(refused, 'BAD_USER_INPUT');
    expect(fieldErrorFields(refused)).toEqual(['input.caption']);
    expect(expectData(await scene.user.request<any>(ITEM, { id: item.id })).contentItem).toMatchObject({ caption: IN_VOICE, version: ready.version });
    const kept = expectData(await scene.user.request<any>(UPDATE, { id: item.id, input: { expectedVersion: ready.version, caption: OFF_VOICE, overrideReason: 'Quoting a reader' } })).updateContentItem;
    expect(kept).toMatchObject({ status: 'READY', caption: OFF_VOICE });
  });

  it('follows the persona’s threshold, checked at the edge', async () => {
    const persona = await lena();
    const UPDATE_PERSONA = `mutation ($id: ID!, $input: UpdatePersonaInput!) { updatePersona(id: $id, input: $input) { voiceThreshold } }`;
    const refused = await scene.user.request(UPDATE_PERSONA, { id: persona.id, input: { voiceThreshold: 101 } });
    expectError(refused, 'BAD_USER_INPUT');
    expect(fieldErrorFields(refused)).toEqual(['input.voiceThreshold']);
    expect(expectData(await scene.user.request<any>(UPDATE_PERSONA, { id: persona.id, input: { voiceThreshold: 0 } })).updatePersona.voiceThreshold).toBe(0);
    const check = expectData(await scene.user.request<any>(VOICE_CHECK, { personaId: persona.id, caption: OFF_VOICE })).voiceCheck;
    expect(check).toMatchObject({ threshold: 0, flagged: false });
  });

  it('answers only for the viewer’s own personas', async () => {
    const persona = await lena();
    const stranger = await signUpUser(scene.server.url);
    expectError(await stranger.request(VOICE_CHECK, { personaId: persona.id, caption: IN_VOICE }), 'NOT_FOUND', 'personaId');
  });
});

describe('the voice lock on new items', () => {
  it('holds an item created READY to the same rule, and records its override', async () => {
    const persona = await lena();
    const CREATE = `mutation ($input: CreateContentItemInput!) { createContentItem(input: $input) { id status } }`;
    const input = { personaId: persona.id, title: 'Launch', caption: OFF_VOICE, platform: 'INSTAGRAM', status: 'READY' };
    const refused = await scene.user.request(CREATE, { input });
    expect((expectError(refused, 'ILLEGAL_STATUS_TRANSITION').extensions as any).missing[0]).toMatch(/^voice: /);
    const created = expectData(await scene.user.request<any>(CREATE, { input: { ...input, overrideReason: 'Brand copy, agreed' } })).createContentItem;
    expect(created.status).toBe('READY');
    const { overrides } = expectData(await scene.user.request<any>(ITEM, { id: created.id })).contentItem;
    expect(overrides).toHaveLength(1);
    expect(overrides[0]).toMatchObject({ kind: 'VOICE', reason: 'Brand copy, agreed', caption: OFF_VOICE });
  });
});

describe('the voice trend', () => {
  it('scores every caption published in the period, against the threshold', async () => {
    const persona = await lena();
    await connectSandbox(scene.user.request, persona.id);
    const posts = expectData(await scene.user.request<any>(`mutation ($id: ID!) { simulateSandboxHistory(personaId: $id) { posts } }`, { id: persona.id }))
      .simulateSandboxHistory.posts;
    const TREND = `query ($id: ID!, $from: DateTime) { persona(id: $id) { analyticsSummary(from: $from) {
      posts voiceTrend { threshold points { publishedAt score item { id caption status } } }
    } } }`;
    const from = new Date(Date.now() - 60 * 86_400_000).toISOString();
    const { voiceTrend } = expectData(await scene.user.request<any>(TREND, { id: persona.id, from })).persona.analyticsSummary;
    expect(voiceTrend.threshold).toBe(50);
    expect(voiceTrend.points).toHaveLength(posts);
    expect(voiceTrend.points.every((point: any) => point.item.status === 'POSTED' && point.score >= 0 && point.score <= 100)).toBe(true);
    const times = voiceTrend.points.map((point: any) => point.publishedAt);
    expect(times).toEqual([...times].sort());
  });
});
