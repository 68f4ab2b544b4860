import { describe, expect, it } from 'vitest';
import { countRows, createItem, createPersona, createPlan, expectData, expectError } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { useSignedInPersona } from './support/signed-in-persona.js';

// Canon and life timeline (issue 15 §4), offline: dated facts and story arcs; plan ideas given
// what the persona knows as of their day and arc beats in order; the continuity check refuses a
// caption that contradicts the canon as of its date, until the fact changes or an override.

const scene = useSignedInPersona();

const FACT = `id kind subject descriptor statement validFrom validUntil`;
const CREATE_FACT = `mutation ($input: CreateCanonFactInput!) { createCanonFact(input: $input) { ${FACT} } }`;
const UPDATE_FACT = `mutation ($id: ID!, $input: UpdateCanonFactInput!) { updateCanonFact(id: $id, input: $input) { ${FACT} } }`;
const CREATE_ARC = `mutation ($input: CreateStoryArcInput!) { createStoryArc(input: $input) { id title beats { id title onDate } } }`;
const CHECK = `query ($personaId: ID!, $caption: String!, $date: Date) { continuityCheck(personaId: $personaId, caption: $caption, date: $date) { date contradictions { message fact { id subject } } } }`;
const MOVE = `mutation ($id: ID!, $to: ContentItemStatus!, $expectedVersion: Int!, $overrideReason: String) {
  moveContentItem(id: $id, to: $to, expectedVersion: $expectedVersion, overrideReason: $overrideReason) { id status version }
}`;
const ITEM = `query ($id: ID!) { contentItem(id: $id) { status version continuity { date contradictions { message } } overrides { kind score threshold caption detail reason } } }`;

async function personaWithCanon() {
  const persona = await createPersona(scene.user.request, { timeZone: 'Europe/Berlin' });
  const miso = expectData(
    await scene.user.request<any>(CREATE_FACT, {
      input: { personaId: persona.id, kind: 'PET', subject: 'Miso', descriptor: 'dog', statement: 'Adopted Miso, a shiba inu', validFrom: '2025-01-01' },
    }),
  ).createCanonFact;
  const marathon = expectData(
    await scene.user.request<any>(CREATE_FACT, {
      input: { personaId: persona.id, kind: 'EVENT', subject: 'Rotterdam marathon', statement: 'Runs the Rotterdam marathon', validFrom: '2026-04-12' },
    }),
  ).createCanonFact;
  return { persona, miso, marathon };
}

describe('the canon', () => {
  it('keeps dated facts and arcs, refusing bad ones with the field and changing nothing', async () => {
    const { persona, miso } = await personaWithCanon();
    expect(miso).toMatchObject({ kind: 'PET', subject: 'Miso', descriptor: 'dog', validFrom: '2025-01-01', validUntil: null });
    const before = await countRows(scene.server, 'persona_canon_facts');
    // The Date scalar refuses an impossible day before the service sees it (the message names the field).
    const bad: Array<[Record<string, unknown>, string | undefined]> = [
      [{ kind: 'EVENT', subject: 'Launch party', statement: 'Party' }, 'input.validFrom'],
      [{ kind: 'PLACE', subject: 'Berlin', statement: 'Lives in Berlin', validFrom: '2026-03-01', validUntil: '2026-01-01' }, 'input.validUntil'],
      [{ kind: 'PET', subject: ' ', statement: 'Nothing' }, 'input.subject'],
      [{ kind: 'PET', subject: 'Miso', statement: 'x', validFrom: '2026-02-30' }, undefined],
    ];
    for (const [input, field] of bad) expectError(await scene.user.request(CREATE_FACT, { input: { personaId: persona.id, ...input } }), 'BAD_USER_INPUT', field);
    expect(await countRows(scene.server, 'persona_canon_facts')).toBe(before);
    expectError(
      await scene.user.request(CREATE_ARC, { input: { personaId: persona.id, title: 'Training', beats: [{ title: 'Race', onDate: '2026-04-12' }, { title: 'First long run', onDate: '2026-03-01' }] } }),
      'BAD_USER_INPUT',
      'input.beats.1.onDate',
    );
    // Nobody else can read or change the canon.
    const stranger = await signUpUser(scene.server.url);
    expectError(await stranger.request(UPDATE_FACT, { id: miso.id, input: { descriptor: 'cat' } }), 'NOT_FOUND');
    expectError(await stranger.request(CREATE_FACT, { input: { personaId: persona.id, kind: 'PET', subject: 'X', statement: 'X' } }), 'NOT_FOUND');
    const { persona: read } = expectData(
      await scene.user.request<any>(`query ($id: ID!) { persona(id: $id) { canonFacts { subject } canonAsOf(date: "2024-06-01") { subject } } }`, { id: persona.id }),
    );
    expect(read.canonFacts.map((fact: any) => fact.subject)).toEqual(['Miso', 'Rotterdam marathon']);
    expect(read.canonAsOf.map((fact: any) => fact.subject)).toEqual(['Rotterdam marathon']);
  });

  it('refuses READY for a caption that contradicts the canon as of its day, naming the fact, until the fact changes', async () => {
    const { persona, miso } = await personaWithCanon();
    const checked = expectData(await scene.user.request<any>(CHECK, { personaId: persona.id, caption: 'Walk with my cat Miso.', date: '2026-02-01' })).continuityCheck;
    expect(checked.contradictions).toEqual([{ message: expect.stringMatching(/^Miso is the persona's dog since 2025-01-01 .*not a cat$/), fact: { id: miso.id, subject: 'Miso' } }]);

    const item = await createItem(scene.user.request, persona.id, { caption: 'Walk with my cat Miso.', status: 'DRAFT', scheduledAt: '2027-02-01T10:00:00Z' });
    const error = expectError(await scene.user.request(MOVE, { id: item.id, to: 'READY', expectedVersion: item.version }), 'ILLEGAL_STATUS_TRANSITION');
    expect(error.extensions?.missing).toEqual([expect.stringMatching(/^canon: Miso is the persona's dog since 2025-01-01 .*not a cat; change the caption or the canon, or give an override reason$/)]);
    expect(expectData(await scene.user.request<any>(ITEM, { id: item.id })).contentItem).toMatchObject({ status: 'DRAFT', version: item.version, overrides: [] });

    expectData(await scene.user.request(UPDATE_FACT, { id: miso.id, input: { descriptor: 'cat', statement: 'Adopted Miso, a tabby' } }));
    expect(expectData(await scene.user.request<any>(MOVE, { id: item.id, to: 'READY', expectedVersion: item.version })).moveContentItem.status).toBe('READY');
  });

  it('refuses finishing an event before its date; an override records the caption and what it contradicted', async () => {
    const { persona } = await personaWithCanon();
    expectData(
      await scene.user.request(CREATE_FACT, {
        input: { personaId: persona.id, kind: 'EVENT', subject: 'Berlin half marathon', statement: 'Runs the Berlin half marathon', validFrom: '2027-06-01' },
      }),
    );
    const caption = 'I finished the half marathon! Legs are jelly.';
    const dated = expectData(await scene.user.request<any>(CHECK, { personaId: persona.id, caption, date: '2027-03-20' })).continuityCheck;
    expect(dated.contradictions.map((found: any) => found.message)).toEqual([
      'Berlin half marathon is on 2027-06-01 (“Runs the Berlin half marathon”); this post, dated 2027-03-20, speaks of it as done',
    ]);
    // Created straight into READY, dated before the race: refused the same way, nothing stored.
    const before = await countRows(scene.server, 'content_items_with_trash');
    const created = expectError(
      await scene.user.request(`mutation ($input: CreateContentItemInput!) { createContentItem(input: $input) { id } }`, {
        input: { personaId: persona.id, title: 'Race', platform: 'INSTAGRAM', caption, status: 'READY', scheduledAt: '2027-03-20T10:00:00Z' },
      }),
      'ILLEGAL_STATUS_TRANSITION',
    );
    expect(created.extensions?.missing).toEqual([expect.stringMatching(/^canon: Berlin half marathon is on 2027-06-01/)]);
    expect(await countRows(scene.server, 'content_items_with_trash')).toBe(before);

    const item = await createItem(scene.user.request, persona.id, { caption, status: 'DRAFT', scheduledAt: '2027-03-20T10:00:00Z' });
    expectError(await scene.user.request(MOVE, { id: item.id, to: 'READY', expectedVersion: item.version }), 'ILLEGAL_STATUS_TRANSITION');
    const reason = 'Quoting last year’s race report';
    expect(expectData(await scene.user.request<any>(MOVE, { id: item.id, to: 'READY', expectedVersion: item.version, overrideReason: reason })).moveContentItem.status).toBe('READY');
    const read = expectData(await scene.user.request<any>(ITEM, { id: item.id })).contentItem;
    expect(read.continuity).toEqual({ date: '2027-03-20', contradictions: [{ message: expect.stringMatching(/^Berlin half marathon is on 2027-06-01/) }] });
    expect(read.overrides).toEqual([
      { kind: 'CANON', score: null, threshold: null, caption, detail: expect.stringMatching(/^Berlin half marathon is on 2027-06-01/), reason },
    ]);
  });

  it('gives plan ideas the canon as of their day, and tells arc beats in order', async () => {
    const { persona, miso } = await personaWithCanon();
    const arc = expectData(
      await scene.user.request<any>(CREATE_ARC, {
        input: {
          personaId: persona.id,
          title: 'Balcony rebuild',
          beats: [
            { title: 'Tearing out the old boxes', onDate: '2027-03-03' },
            { title: 'The new planters arrive', onDate: '2027-03-10' },
            { title: 'First seedlings in', onDate: '2027-03-20' },
          ],
        },
      }),
    ).createStoryArc;
    const plan = await createPlan(scene.user.request, persona.id, { startDate: '2027-03-01', endDate: '2027-03-28' });
    expectData(await scene.user.request(`mutation ($planId: ID!) { generatePlanIdeas(planId: $planId) { id } }`, { planId: plan.id }));
    const itemsOf = async () =>
      expectData(
        await scene.user.request<any>(`query ($id: ID!) { contentPlan(id: $id) { items(first: 50) { title caption scheduledAt arcBeat { id title onDate } canonFact { id } } } }`, { id: plan.id }),
      ).contentPlan.items as any[];
    await expect.poll(async () => (await itemsOf()).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const items = (await itemsOf()).sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
    const told = items.filter((item) => item.arcBeat);
    expect(told.map((item) => item.arcBeat.id)).toEqual(arc.beats.map((beat: any) => beat.id));
    for (const item of told) {
      expect(item.scheduledAt.slice(0, 10) >= item.arcBeat.onDate).toBe(true);
      expect(item.title).toBe(`Balcony rebuild: ${item.arcBeat.title}`);
    }
    // The other ideas use a fact true on their day: Miso, the one life fact.
    for (const item of items.filter((candidate) => !candidate.arcBeat)) {
      expect(item.canonFact).toEqual({ id: miso.id });
      expect(item.caption.startsWith('Adopted Miso, a shiba inu.')).toBe(true);
    }
  });
});
