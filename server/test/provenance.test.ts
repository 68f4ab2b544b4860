import { describe, expect, it } from 'vitest';
import { createPersona, createPlan, expectData } from './support/fixtures.js';
import { eventually } from './support/live-subscription.js';
import { postThroughSandbox } from './support/real-outcomes.js';
import { useSignedInPersona } from './support/signed-in-persona.js';

// The provenance ledger (issue 15 §5): everything about where an item came from, in one field.

const scene = useSignedInPersona();

const PROVENANCE = `query ($id: ID!) { contentItem(id: $id) { provenance {
  generationRuns { kind generator model briefVersion state }
  briefVersion
  image { source digitalSourceType prompt }
  voice { score threshold flagged }
  overrides { reason }
  approval { to actor { kind } }
  publications { state publishedAt channel { platform } }
} } }`;

describe('the provenance ledger', () => {
  it('lists the runs that created and rewrote an item, its brief, image origin, voice and approval', async () => {
    const persona = await createPersona(scene.user.request);
    const plan = await createPlan(scene.user.request, persona.id, { startDate: '2027-05-01', endDate: '2027-05-01', frequency: { count: 1, period: 'DAY' } });
    expectData(await scene.user.request(`mutation ($planId: ID!) { generatePlanIdeas(planId: $planId) { id } }`, { planId: plan.id }));
    const [item] = await eventually(async () => {
      const found = expectData(await scene.user.request<any>(`query ($id: ID!) { contentPlan(id: $id) { items { id version } } }`, { id: plan.id })).contentPlan.items;
      if (found.length !== 1) throw new Error('no idea yet');
      return found;
    }, 20_000);
    const proposal = expectData(await scene.user.request<any>(`mutation ($id: ID!) { proposeCaption(itemId: $id) { caption run { id } } }`, { id: item.id })).proposeCaption;
    const withImage = expectData(
      await scene.user.request<any>(`mutation ($id: ID!, $v: Int!) { generateImage(itemId: $id, expectedVersion: $v) { version } }`, { id: item.id, v: item.version }),
    ).generateImage;
    const drafted = expectData(
      await scene.user.request<any>(`mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { version } }`, {
        id: item.id,
        input: { expectedVersion: withImage.version, caption: proposal.caption, captionRunId: proposal.run.id, status: 'DRAFT' },
      }),
    ).updateContentItem;
    expectData(await scene.user.request(`mutation ($id: ID!, $v: Int!) { moveContentItem(id: $id, to: READY, expectedVersion: $v) { id } }`, { id: item.id, v: drafted.version }));

    const { provenance } = expectData(await scene.user.request<any>(PROVENANCE, { id: item.id })).contentItem;
    expect(provenance.generationRuns.map((run: any) => run.kind)).toEqual(['PLAN_IDEAS', 'CAPTION', 'IMAGE']);
    expect(provenance.generationRuns.every((run: any) => run.generator === 'OFFLINE' && run.briefVersion === 1 && run.state === 'SUCCEEDED')).toBe(true);
    expect(provenance).toMatchObject({
      briefVersion: 1,
      image: { source: 'GENERATED', digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia' },
      voice: { threshold: 50, flagged: false },
      overrides: [],
      approval: { to: 'READY', actor: { kind: 'USER' } },
      publications: [],
    });
  });

  it('says when and where an item went out', async () => {
    const persona = await createPersona(scene.user.request);
    const posted = await postThroughSandbox(scene.user.request, persona.id);
    const { provenance } = expectData(await scene.user.request<any>(PROVENANCE, { id: posted.id })).contentItem;
    expect(provenance.publications).toEqual([{ state: 'PUBLISHED', publishedAt: expect.any(String), channel: { platform: 'SANDBOX' } }]);
    expect(provenance.generationRuns).toEqual([]);
    expect(provenance.approval).toMatchObject({ to: 'READY' });
  });
});
