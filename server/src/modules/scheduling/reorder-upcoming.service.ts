import { z } from 'zod';
import type { ContentItemRow } from '../../db/rows.js';
import { invalid, ValidationError, type FieldError } from '../../errors.js';
import { writeItemChanges } from '../content-item/item-writes.js';
import { requirePersona } from '../persona/persona.service.js';
import { userActor } from '../shared/actor.js';
import { bulkIds } from '../shared/bulk.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { parseInput } from '../shared/validation.js';
import { lockItemsWithActivePost } from './scheduled-post.repository.js';

// Reordering what is coming, as the Instagram grid does by drag and drop: the items keep the
// set of times they hold between them and trade them, so the first item named goes out at the
// earliest of those times, the second at the next, and so on. A scheduled item's post moves
// with it; a planned one (Idea, Draft, Ready) gets the new planned time. One transaction: the
// whole order is applied or, if any item cannot take part, nothing changes.

/** A time closer than this is the publisher's already; trading it could make a post late. */
const MIN_LEAD_MS = 60_000;
const TRADABLE = new Set(['idea', 'draft', 'ready', 'scheduled']);

const reorderSchema = z.object({ personaId: z.string(), itemIds: z.array(z.string()) });

type LockedItem = Awaited<ReturnType<typeof lockItemsWithActivePost>>[number];

function whyNotTradable(item: LockedItem | undefined, personaId: string, now: number): string | null {
  if (!item || item.personaId !== personaId) return "is not one of the persona's items";
  if (!TRADABLE.has(item.status)) return `is ${item.status.toUpperCase()}: only items still to go out can be reordered`;
  if (item.beingPublished) return 'is being published';
  if (!item.scheduledAt) return 'has no planned time: give it one first';
  if (item.scheduledAt.getTime() < now + MIN_LEAD_MS) return 'goes out within the minute';
  return null;
}

export async function reorderUpcomingPosts(ctx: ServiceContext, input: unknown): Promise<ContentItemRow[]> {
  const viewer = requireViewer(ctx);
  const args = parseInput(reorderSchema, input);
  const ids = bulkIds(args.itemIds, 'input.itemIds');
  if (ids.length !== args.itemIds.length) throw invalid('input.itemIds', 'names an item more than once');
  if (ids.length < 2) throw invalid('input.itemIds', 'give at least two items to reorder');
  const persona = await requirePersona(ctx, args.personaId, 'input.personaId');

  return ctx.db.transaction().execute(async (trx) => {
    const locked = new Map((await lockItemsWithActivePost(trx, ids)).map((item) => [item.id, item]));
    const now = Date.now();
    const problems: FieldError[] = ids.flatMap((id, index) => {
      const reason = whyNotTradable(locked.get(id), persona.id, now);
      return reason ? [{ field: `input.itemIds.${index}`, message: reason }] : [];
    });
    if (problems.length) throw new ValidationError(problems);

    const times = ids.map((id) => locked.get(id)!.scheduledAt!).sort((a, b) => a.getTime() - b.getTime());
    // Items that keep their time are left alone; the rest move in one write, whose guard
    // moves their pending posts too and announces them for live calendars.
    const moving = ids.flatMap((id, index) => (locked.get(id)!.scheduledAt!.getTime() === times[index]!.getTime() ? [] : [{ itemId: id, values: { scheduledAt: times[index]! } }]));
    const moved = new Map(
      (await writeItemChanges(trx, moving, { config: ctx.config, actor: userActor(viewer.userId), guard: ctx.itemWriteGuard })).map((item) => [item.id, item]),
    );
    const reordered = ids.map((id) => {
      const { beingPublished: _publishing, ...item } = locked.get(id)!;
      return moved.get(id) ?? item;
    });
    return reordered;
  });
}
