import { describe, expect, it } from 'vitest';
import { createPersona, createPlan, expectData, expectError, expectNothingWritten, fieldErrorFields } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { eventually } from './support/live-subscription.js';
import { useSignedInPersona } from './support/signed-in-persona.js';

// The persona bible, versioned (issue 15 §1): every brief version kept whole, with what
// changed, who changed it and when; restoring an old version as a new one; and the items still
// to be published that were written for an older version.

const scene = useSignedInPersona();

const VERSIONS = `query ($id: ID!) {
  persona(id: $id) {
    briefVersion
    briefVersions(first: 50) {
      version changedFields restoredFrom createdAt
      changedBy { kind name }
      brief { name handle voice topics avoid platformStrategy { platforms postsPerWeek } }
    }
  }
}`;
const VERSION_AT = `query ($id: ID!, $version: Int!) { persona(id: $id) { briefVersionAt(version: $version) { version brief { voice } } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdatePersonaInput!) { updatePersona(id: $id, input: $input) { briefVersion voice } }`;
const RESTORE = `mutation ($personaId: ID!, $version: Int!) { restorePersonaBriefVersion(personaId: $personaId, version: $version) { briefVersion voice topics } }`;
const OUTDATED = `query ($id: ID!) { persona(id: $id) { briefVersion outdatedItems { id briefVersion status } } }`;
const PLAN_ITEMS = `query ($id: ID!) { contentPlan(id: $id) { items(first: 100) { id version caption briefVersion } } }`;

async function versionsOf(personaId: string, request = scene.user.request) {
  return expectData(await request<any>(VERSIONS, { id: personaId })).persona;
}

describe('the persona bible', () => {
  it('keeps every brief version whole, with the fields that changed and who changed them', async () => {
    const persona = await createPersona(scene.user.request, { voice: 'Warm and practical', topics: ['compost'] });
    const first = await versionsOf(persona.id);
    expect(first.briefVersion).toBe(1);
    expect(first.briefVersions).toHaveLength(1);
    expect(first.briefVersions[0]).toMatchObject({ version: 1, restoredFrom: null, changedBy: { kind: 'USER' } });
    expect(first.briefVersions[0].changedFields).toContain('VOICE');
    expect(first.briefVersions[0].brief).toMatchObject({ voice: 'Warm and practical', topics: ['compost'] });

    expectData(await scene.user.request(UPDATE, { id: persona.id, input: { voice: 'Dry and exact', topics: ['compost', 'seeds'] } }));
    // A field outside the brief makes no version.
    expectData(await scene.user.request(UPDATE, { id: persona.id, input: { timeZone: 'Europe/Berlin' } }));
    const after = await versionsOf(persona.id);
    expect(after.briefVersion).toBe(2);
    expect(after.briefVersions.map((v: any) => v.version)).toEqual([2, 1]);
    expect(after.briefVersions[0]).toMatchObject({ changedFields: ['VOICE', 'TOPICS'], brief: { voice: 'Dry and exact', topics: ['compost', 'seeds'] } });
    // The old version is still there as it was.
    expect(after.briefVersions[1].brief).toMatchObject({ voice: 'Warm and practical', topics: ['compost'] });
    const atOne = expectData(await scene.user.request<any>(VERSION_AT, { id: persona.id, version: 1 })).persona.briefVersionAt;
    expect(atOne).toEqual({ version: 1, brief: { voice: 'Warm and practical' } });
    expect(expectData(await scene.user.request<any>(VERSION_AT, { id: persona.id, version: 9 })).persona.briefVersionAt).toBeNull();
  });

  it('restores an old version as a new one that says where it came from', async () => {
    const persona = await createPersona(scene.user.request, { voice: 'One', topics: ['a'] });
    expectData(await scene.user.request(UPDATE, { id: persona.id, input: { voice: 'Two', topics: ['b'] } }));
    const restored = expectData(await scene.user.request<any>(RESTORE, { personaId: persona.id, version: 1 })).restorePersonaBriefVersion;
    expect(restored).toEqual({ briefVersion: 3, voice: 'One', topics: ['a'] });
    const versions = (await versionsOf(persona.id)).briefVersions;
    expect(versions[0]).toMatchObject({ version: 3, restoredFrom: 1, changedFields: ['VOICE', 'TOPICS'] });
    // Restoring what the brief already says changes nothing.
    expect(expectData(await scene.user.request<any>(RESTORE, { personaId: persona.id, version: 3 })).restorePersonaBriefVersion.briefVersion).toBe(3);
    expect((await versionsOf(persona.id)).briefVersions).toHaveLength(3);
  });

  it('refuses a version that does not exist and another user’s persona, changing nothing', async () => {
    const persona = await createPersona(scene.user.request);
    await expectNothingWritten(scene.server, ['persona_brief_versions', 'personas'], async () => {
      expectError(await scene.user.request(RESTORE, { personaId: persona.id, version: 7 }), 'NOT_FOUND', 'version');
      const stranger = await signUpUser(scene.server.url);
      expectError(await stranger.request(RESTORE, { personaId: persona.id, version: 1 }), 'NOT_FOUND', 'personaId');
      expect(expectData(await stranger.request<any>(VERSIONS, { id: persona.id })).persona).toBeNull();
    });
  });

  it('lists items still to publish that were written for an older brief, until a rewrite brings them up to date', async () => {
    const persona = await createPersona(scene.user.request, { voice: 'Cheerful', topics: ['tomatoes'] });
    const plan = await createPlan(scene.user.request, persona.id, { startDate: '2027-03-01', endDate: '2027-03-07', frequency: { count: 1, period: 'DAY' } });
    expectData(await scene.user.request(`mutation ($planId: ID!) { generatePlanIdeas(planId: $planId) { id } }`, { planId: plan.id }));
    const items = await eventually(async () => {
      const found = expectData(await scene.user.request<any>(PLAN_ITEMS, { id: plan.id })).contentPlan.items;
      if (found.length !== 7) throw new Error(`${found.length} ideas so far`);
      return found;
    }, 20_000);
    expect(items.every((item: any) => item.briefVersion === 1)).toBe(true);
    expect(expectData(await scene.user.request<any>(OUTDATED, { id: persona.id })).persona.outdatedItems).toEqual([]);

    expectData(await scene.user.request(UPDATE, { id: persona.id, input: { voice: 'Calm and precise' } }));
    const outdated = expectData(await scene.user.request<any>(OUTDATED, { id: persona.id })).persona;
    expect(outdated.briefVersion).toBe(2);
    expect(outdated.outdatedItems.map((item: any) => item.id).sort()).toEqual(items.map((item: any) => item.id).sort());

    // The rewrite: a proposal in the current voice, kept with its run, records the brief it was written for.
    const [item] = items;
    const proposal = expectData(
      await scene.user.request<any>(`mutation ($itemId: ID!) { proposeCaption(itemId: $itemId) { caption run { id briefVersion } } }`, { itemId: item.id }),
    ).proposeCaption;
    expect(proposal.run.briefVersion).toBe(2);
    const saved = expectData(
      await scene.user.request<any>(
        `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { briefVersion caption } }`,
        { id: item.id, input: { expectedVersion: item.version, caption: proposal.caption, captionRunId: proposal.run.id } },
      ),
    ).updateContentItem;
    expect(saved).toEqual({ briefVersion: 2, caption: proposal.caption });
    const left = expectData(await scene.user.request<any>(OUTDATED, { id: persona.id })).persona.outdatedItems;
    expect(left.map((entry: any) => entry.id)).not.toContain(item.id);
    expect(left).toHaveLength(6);
  });

  it('refuses a caption run that is not this item’s finished proposal, or sent without its caption', async () => {
    const persona = await createPersona(scene.user.request);
    const plan = await createPlan(scene.user.request, persona.id, { startDate: '2027-04-01', endDate: '2027-04-02', frequency: { count: 1, period: 'DAY' } });
    expectData(await scene.user.request(`mutation ($planId: ID!) { generatePlanIdeas(planId: $planId) { id } }`, { planId: plan.id }));
    const [first, second] = await eventually(async () => {
      const found = expectData(await scene.user.request<any>(PLAN_ITEMS, { id: plan.id })).contentPlan.items;
      if (found.length !== 2) throw new Error(`${found.length} ideas so far`);
      return found;
    }, 20_000);
    const proposal = expectData(
      await scene.user.request<any>(`mutation ($itemId: ID!) { proposeCaption(itemId: $itemId) { caption run { id } } }`, { itemId: first.id }),
    ).proposeCaption;
    const UPDATE_ITEM = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id } }`;
    expectError(
      await scene.user.request(UPDATE_ITEM, { id: second.id, input: { expectedVersion: second.version, caption: 'x', captionRunId: proposal.run.id } }),
      'NOT_FOUND',
      'input.captionRunId',
    );
    const withoutCaption = await scene.user.request(UPDATE_ITEM, { id: first.id, input: { expectedVersion: first.version, captionRunId: proposal.run.id } });
    expectError(withoutCaption, 'BAD_USER_INPUT');
    expect(fieldErrorFields(withoutCaption)).toEqual(['input.captionRunId']);
    // Both items are as they were.
    const after = expectData(await scene.user.request<any>(PLAN_ITEMS, { id: plan.id })).contentPlan.items;
    expect(after).toEqual(expect.arrayContaining([first, second]));
  });
});
