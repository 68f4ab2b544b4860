import type { Database } from '../../db/database.js';
import type { AssetRow, PersonaRow } from '../../db/rows.js';
import type { ReferenceImage } from '../../ai/generator.js';
import { GenerationError } from '../../ai/generator.js';
import { invalid } from '../../errors.js';
import type { AssetStorage } from '../../storage/asset-storage.js';
import { fingerprintImage } from '../../storage/image-fingerprint.js';
import { processImageUpload } from '../../storage/image-upload.js';
import { findAssetsByIds } from '../asset/asset.repository.js';
import { saveImageAsset, type MediaContext } from '../asset/asset.service.js';
import { recordedRun, type GenerationContext } from '../generation/item-generation-runs.js';
import { personaBrief } from '../persona/persona-brief.js';
import { requirePersona } from '../persona/persona.service.js';
import { isId } from '../shared/ids.js';
import { MAX_REFERENCES, MIN_REFERENCES, referencesKey } from './image-check.js';
import {
  countPortraits,
  findImagesWithoutFingerprint,
  findReferenceImagesByPersonaIds,
  replaceReferenceImages,
  updateAssetFingerprint,
  updateAssetJudgement,
} from './look.repository.js';

// The visual identity lock: which images a persona's look is locked to, reference portraits
// drawn from its written look, and the reference bytes image generation sends to the model.

const GENERATED = 'trainedAlgorithmicMedia' as const;
/** Portraits are told apart by their prompt (look.repository's countPortraits matches it). */
const PORTRAIT_PROMPT_PREFIX = 'Reference portrait of ';

/** Locks the persona's look to `assetIds` (3 to 8 of its images, in order), or unlocks it (none). */
export async function setReferenceImages(ctx: MediaContext, personaId: string, assetIds: readonly string[]): Promise<PersonaRow> {
  const persona = await requirePersona(ctx, personaId, 'personaId');
  if (assetIds.length && (assetIds.length < MIN_REFERENCES || assetIds.length > MAX_REFERENCES)) {
    throw invalid('assetIds', `choose ${MIN_REFERENCES} to ${MAX_REFERENCES} reference images, or none to unlock the look (${assetIds.length} given)`);
  }
  if (new Set(assetIds).size !== assetIds.length) throw invalid('assetIds', 'must not repeat an image');
  const valid = assetIds.filter(isId);
  const found = valid.length ? await findAssetsByIds(ctx.db, valid) : [];
  const byId = new Map(found.map((asset) => [asset.id, asset]));
  assetIds.forEach((id, index) => {
    const asset = byId.get(id);
    if (!asset || asset.personaId !== persona.id || asset.userId !== persona.userId) {
      throw invalid(`assetIds.${index}`, "must be one of the persona's images");
    }
    if (asset.kind !== 'image') throw invalid(`assetIds.${index}`, 'must be an image');
  });
  // Images stored before fingerprints were taken get theirs now, before they judge others.
  await Promise.all(found.filter((asset) => asset.fingerprint === null).map((asset) => fingerprintStored(ctx.db, ctx.storage, asset)));
  await ctx.db.transaction().execute((trx) => replaceReferenceImages(trx, persona.id, assetIds));
  return persona;
}

/** Draws another reference portrait from the persona's written look and stores it as a generated image. */
export async function generateReferencePortrait(ctx: GenerationContext, personaId: string) {
  const persona = await requirePersona(ctx, personaId, 'personaId');
  const brief = personaBrief(persona);
  // Each portrait is the next pose of the same person: deterministic offline, whatever was deleted.
  const variant = await countPortraits(ctx.db, persona.id);
  const { value: image } = await recordedRun(ctx, { kind: 'image', item: { personaId: persona.id, id: null }, briefVersion: brief.version }, async () => {
    const result = await ctx.generator.generatePortrait(brief, variant);
    const checked = await processImageUpload(result.value.bytes, GENERATED).catch((error: Error) => {
      throw new GenerationError(`The generated portrait was not usable: ${error.message}`, 'malformed');
    });
    return { value: checked, usage: result.usage };
  });
  return saveImageAsset(ctx, persona.id, image, { source: 'generated', prompt: `${PORTRAIT_PROMPT_PREFIX}${persona.name}: ${persona.look || persona.aesthetic}`, digitalSourceType: GENERATED });
}

/**
 * Asks a vision model (when the generator has one) how much a newly stored image shows the
 * persona of its locked look, and keeps the judgement on the asset with the references it was
 * judged against. A refusal, malformed answer or outage keeps nothing: the perceptual comparison
 * stands, and the image is stored all the same.
 */
export async function judgeImageLikeness(
  ctx: GenerationContext & { logger?: { warn: (data: object, message: string) => void } },
  asset: AssetRow,
  /** The references when the caller has read them already (image generation has). */
  known?: ReferenceSet,
): Promise<AssetRow> {
  if (ctx.generator.kind !== 'openai' || !asset.personaId || asset.kind !== 'image') return asset;
  const references = known ?? (await referenceImagesOf(ctx.db, ctx.storage, asset.personaId));
  if (!references.ids.length || references.ids.includes(asset.id)) return asset;
  const stored = await ctx.storage.get(asset.storageKey);
  const persona = await requirePersona(ctx, asset.personaId, 'personaId');
  if (!stored) return asset;
  try {
    const judged = await ctx.generator.judgeLikeness({ bytes: stored.bytes, mimeType: asset.mimeType }, references.images, personaBrief(persona));
    if (!judged) return asset;
    const judgement = { referencesKey: referencesKey(references.ids), score: judged.value.score, reasons: judged.value.reasons, model: judged.usage.model };
    return (await updateAssetJudgement(ctx.db, asset.id, judgement)) ?? asset;
  } catch (error) {
    ctx.logger?.warn({ err: error, assetId: asset.id }, 'the likeness judgement failed; the perceptual comparison stands');
    return asset;
  }
}

/** The persona's reference images as image generation sends them, with their ids. */
export interface ReferenceSet {
  ids: string[];
  images: ReferenceImage[];
}

export async function referenceImagesOf(db: Database, storage: AssetStorage, personaId: string): Promise<ReferenceSet> {
  const references = await findReferenceImagesByPersonaIds(db, [personaId]);
  if (references.length < MIN_REFERENCES) return { ids: [], images: [] };
  const stored = await Promise.all(references.map((reference) => storage.get(reference.storageKey)));
  const present = references.flatMap((reference, index) => (stored[index] ? [{ id: reference.id, bytes: stored[index].bytes, mimeType: reference.mimeType }] : []));
  return { ids: present.map((reference) => reference.id), images: present.map(({ bytes, mimeType }) => ({ bytes, mimeType })) };
}

/** Fingerprints one stored image; false when its file is gone. */
async function fingerprintStored(db: Database, storage: AssetStorage, asset: { id: string; storageKey: string }): Promise<boolean> {
  const stored = await storage.get(asset.storageKey);
  if (!stored) return false;
  await updateAssetFingerprint(db, asset.id, await fingerprintImage(stored.bytes));
  return true;
}

/**
 * Fingerprints images stored before fingerprints were taken, a batch at a time, until none is
 * left; run once at start. An unreadable file is skipped (its row keeps no fingerprint).
 */
export async function fingerprintStoredImages(db: Database, storage: AssetStorage, batch = 50): Promise<number> {
  let done = 0;
  const skipped = new Set<string>();
  for (;;) {
    const pending = (await findImagesWithoutFingerprint(db, batch + skipped.size)).filter((asset) => !skipped.has(asset.id));
    if (!pending.length) return done;
    for (const asset of pending) {
      const fingerprinted = await fingerprintStored(db, storage, asset).catch(() => false);
      if (fingerprinted) done += 1;
      else skipped.add(asset.id);
    }
    if (pending.every((asset) => skipped.has(asset.id))) return done;
  }
}
