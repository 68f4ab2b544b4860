import type { PersonaRow } from '../../db/rows.js';
import { recordItemsCreated } from '../content-item/content-item-history.js';
import { insertContentItems } from '../content-item/content-item.repository.js';
import { userActor } from '../shared/actor.js';
import { insertContentPlan } from '../content-plan/content-plan.repository.js';
import { parseCalendarDate, targetPostCount } from '../content-plan/target-post-count.js';
import { findProfilesByUserIds } from '../profile/profile.repository.js';
import type { ContentItemStatus } from '../shared/domain.js';
import { isPostgresError, UNIQUE_VIOLATION } from '../shared/postgres-errors.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { recordBriefVersion } from './brief-versions.js';
import { findHandlesStartingWith, findPersonaByIdForUser, insertPersona } from './persona.repository.js';
import { DEMO_IDEAS, DEMO_PERSONA } from './demo-persona.content.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const HANDLE_CONSTRAINT = 'personas_user_handle_key';
const HANDLE_ATTEMPTS = 5;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Demo handles are numbered so a user can create several without a conflict. */
async function freeHandle(ctx: ServiceContext, userId: string): Promise<string> {
  const taken = await findHandlesStartingWith(ctx.db, userId, DEMO_PERSONA.handle);
  const used = new Set(taken.map((handle) => handle.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const handle = n === 1 ? DEMO_PERSONA.handle : `${DEMO_PERSONA.handle}${n}`;
    if (!used.has(handle.toLowerCase())) return handle;
  }
}

/**
 * A persona with a four-week plan and items in every editable stage, so a new account has
 * something real to explore. Written in one transaction: all of it or nothing.
 */
export async function createDemoPersona(ctx: ServiceContext): Promise<PersonaRow> {
  const viewer = requireViewer(ctx);
  const [profile] = await findProfilesByUserIds(ctx.db, [viewer.userId]);
  const timeZone = profile?.timeZone ?? 'UTC';
  let personaId: string | undefined;
  for (let attempt = 1; personaId === undefined; attempt += 1) {
    const handle = await freeHandle(ctx, viewer.userId);
    personaId = await insertDemoPersona(ctx, viewer.userId, handle, timeZone).catch((error: unknown) => {
      // A concurrent request took the same handle between look-up and insert: look again.
      if (attempt < HANDLE_ATTEMPTS && isPostgresError(error, UNIQUE_VIOLATION, HANDLE_CONSTRAINT)) return undefined;
      throw error;
    });
  }
  return (await findPersonaByIdForUser(ctx.db, personaId, viewer.userId))!;
}

async function insertDemoPersona(ctx: ServiceContext, userId: string, handle: string, timeZone: string): Promise<string> {
  const today = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS);
  const start = isoDate(new Date(today.getTime() + DAY_MS));
  const end = isoDate(new Date(today.getTime() + 28 * DAY_MS));
  return ctx.db.transaction().execute(async (trx) => {
    const persona = await insertPersona(trx, {
      ...DEMO_PERSONA,
      handle,
      userId: userId,
      platformStrategy: JSON.stringify(DEMO_PERSONA.platformStrategy),
      topics: [...DEMO_PERSONA.topics],
      avoid: [...DEMO_PERSONA.avoid],
      examplePosts: [...DEMO_PERSONA.examplePosts],
      timeZone: timeZone,
    });
    await recordBriefVersion(trx, persona, userActor(userId));
    const plan = await insertContentPlan(trx, {
      personaId: persona.id,
      title: 'Spring balcony reset',
      description: 'Four weeks of getting small balconies ready for spring: soil, seeds, containers, first harvest.',
      startDate: start,
      endDate: end,
      frequencyCount: 3,
      frequencyPeriod: 'week',
      platforms: ['instagram'],
      targetPostCount: targetPostCount(parseCalendarDate(start)!, parseCalendarDate(end)!, 3, 'week'),
    });
    const statuses: ContentItemStatus[] = ['ready', 'ready', 'draft', 'draft', 'idea', 'idea'];
    const items = await insertContentItems(
      trx,
      DEMO_IDEAS.map((idea, index) => ({
        personaId: persona.id,
        planId: plan.id,
        title: idea.title,
        caption: idea.caption,
        platform: 'instagram',
        status: statuses[index] ?? 'idea',
        scheduledAt: new Date(today.getTime() + (index * 2 + 1) * DAY_MS + 17 * 60 * 60 * 1000),
      })),
    );
    await recordItemsCreated(trx, items, userId, userActor(userId));
    return persona.id;
  });
}
