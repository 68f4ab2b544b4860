import { describe, expect, it } from 'vitest';
import { chatCompletion, embeddingsResult, refusal } from '../support/fake-openai.js';
import { createItem, createPersona, expectData, expectError } from '../support/fixtures.js';
import { useModelScene } from '../support/model-scene.js';
import { checkCaption, personaVoice } from '../../src/modules/voice/voice-check.js';

// The identity lock with an API key (issue 15 §3 and §4): a caption's meaning against the
// persona's posts (the embeddings endpoint) joins the voice score, and a model's reading of the
// caption against the canon joins the continuity rules, asked before the write; refusals and
// malformed answers leave the offline checks alone.

const scene = useModelScene();

const VOICE = `query ($personaId: ID!, $caption: String!) { voiceCheck(personaId: $personaId, caption: $caption) { score reasons { kind message } } }`;
const MOVE = `mutation ($id: ID!, $to: ContentItemStatus!, $expectedVersion: Int!) { moveContentItem(id: $id, to: $to, expectedVersion: $expectedVersion) { status } }`;
const POSTS = ['Soil first. Always.', 'Three weeks, one tomato.', 'My compost bin is 40 litres.'];

describe('the model-backed identity checks', () => {
  it('sends the posts and the caption to the embeddings endpoint, and counts the meaning in the voice score', async () => {
    const persona = await createPersona(scene.user.request, { examplePosts: POSTS });
    scene.fake.script(
      { path: '/v1/embeddings', body: embeddingsResult([[1, 0, 0], [0.9, 0.1, 0], [1, 0, 0.1]]) },
      { path: '/v1/embeddings', body: embeddingsResult([[0, 1, 0]]) },
    );
    const caption = 'Compost: 1 part scraps, 2 parts cardboard.';
    const { voiceCheck } = expectData(await scene.user.request<any>(VOICE, { personaId: persona.id, caption }));
    expect(scene.fake.requests.map((request) => [request.path, request.body.input, request.body.encoding_format])).toEqual([
      ['/v1/embeddings', POSTS, 'float'],
      ['/v1/embeddings', [caption], 'float'],
    ]);
    // Orthogonal to the posts: meaning 0, so the score is half the offline one.
    expect(voiceCheck.reasons.at(-1)).toEqual({ kind: 'MEANING', message: "Meaning 0% like the persona's posts (text-embedding-3-small embeddings)" });
    const offline = checkCaption(caption, personaVoice({ voice: '', personality: '', avoid: [], examplePosts: POSTS, voiceThreshold: 50 }, []));
    expect(voiceCheck.score).toBe(Math.round(offline.score / 2));
    // The posts' centroid is kept: a second check embeds the caption alone.
    scene.fake.script({ path: '/v1/embeddings', body: embeddingsResult([[0, 1, 0]]) });
    expectData(await scene.user.request(VOICE, { personaId: persona.id, caption }));
    expect(scene.fake.requests.slice(2).map((request) => request.body.input)).toEqual([[caption]]);
  });

  it('leaves the offline score when the embeddings come back malformed', async () => {
    const persona = await createPersona(scene.user.request, { examplePosts: [...POSTS, 'A fourth post, to be embedded afresh.'] });
    scene.fake.script({ path: '/v1/embeddings', body: embeddingsResult([[1, 0]]) });
    const { voiceCheck } = expectData(await scene.user.request<any>(VOICE, { personaId: persona.id, caption: 'Soil first.' }));
    expect(voiceCheck.reasons.map((reason: any) => reason.kind)).not.toContain('MEANING');
  });

  it('refuses Ready for a contradiction only the model finds, naming the fact; a refusal leaves the rules alone', async () => {
    const persona = await createPersona(scene.user.request, { timeZone: 'UTC' });
    const ana = expectData(
      await scene.user.request<any>(`mutation ($input: CreateCanonFactInput!) { createCanonFact(input: $input) { id } }`, {
        input: { personaId: persona.id, kind: 'PERSON', subject: 'Ana', descriptor: 'sister', statement: 'Her sister Ana lives in Lisbon', validFrom: '2020-01-01' },
      }),
    ).createCanonFact;
    const item = await createItem(scene.user.request, persona.id, { caption: 'Dinner with Ana, home for a week from Tokyo.', status: 'DRAFT' });
    scene.fake.script({ path: '/v1/chat/completions', body: chatCompletion({ contradictions: [{ factId: ana.id, explanation: 'Ana lives in Lisbon, not Tokyo.' }, { factId: 'made-up', explanation: 'Not a fact.' }] }) });
    const refused = expectError(await scene.user.request(MOVE, { id: item.id, to: 'READY', expectedVersion: item.version }), 'ILLEGAL_STATUS_TRANSITION');
    expect(refused.extensions?.missing).toEqual(['canon: Ana lives in Lisbon, not Tokyo; change the caption or the canon, or give an override reason']);
    const prompt = JSON.stringify(scene.fake.requests[0]?.body.messages);
    expect(prompt).toContain(ana.id);
    expect(prompt).toContain('Her sister Ana lives in Lisbon');

    scene.fake.script({ path: '/v1/chat/completions', body: refusal('I cannot help with that.') });
    expect(expectData(await scene.user.request<any>(MOVE, { id: item.id, to: 'READY', expectedVersion: item.version })).moveContentItem.status).toBe('READY');
  });
});
