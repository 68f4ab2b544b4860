import type { Database } from '../../db/database.js';
import { colourSimilarity, isImageFingerprint, shapeSimilarity, type ImageFingerprint } from '../../storage/image-fingerprint.js';
import { findImageThresholds, findReferenceImagesByPersonaIds } from './look.repository.js';

// An image against its persona's locked look: the best likeness to any reference image, from
// the perceptual fingerprints (storage/image-fingerprint.ts), with the reasons in words. A
// persona with fewer than MIN_REFERENCES images has no locked look, and nothing is judged.

export const MIN_REFERENCES = 3;
export const MAX_REFERENCES = 8;

export interface ImageReason {
  kind: 'LIKENESS' | 'SHAPE' | 'COLOUR' | 'REFERENCE' | 'JUDGEMENT';
  message: string;
}

export interface ImageCheck {
  /** 0 to 100, null when the image could not be compared (no fingerprint yet). */
  score: number | null;
  threshold: number;
  flagged: boolean;
  reasons: ImageReason[];
  /** The reference image the image is most like. */
  closestReferenceId: string | null;
}

export interface PersonaLook {
  threshold: number;
  references: ReadonlyArray<{ assetId: string; fingerprint: ImageFingerprint | null }>;
}

/** A vision model's judgement kept on an asset (look.service's judgeImageLikeness). */
interface StoredJudgement {
  referencesKey: string;
  score: number;
  reasons: string[];
  model: string;
}

/** The key of a set of references, in order: a judgement applies only while the set is the same. */
export function referencesKey(ids: readonly string[]): string {
  return ids.join(',');
}

function judgementFor(value: unknown, look: PersonaLook): StoredJudgement | null {
  const judgement = value as StoredJudgement | null;
  if (!judgement || typeof judgement !== 'object' || typeof judgement.score !== 'number' || !Array.isArray(judgement.reasons)) return null;
  return judgement.referencesKey === referencesKey(look.references.map((reference) => reference.assetId)) ? judgement : null;
}

const percent = (share: number) => Math.round(share * 100);

/** The image's likeness, or null when the persona's look is not locked. */
export function checkImage(asset: { id: string; fingerprint: unknown; likenessJudgement?: unknown }, look: PersonaLook | undefined): ImageCheck | null {
  if (!look || look.references.length < MIN_REFERENCES) return null;
  const { threshold } = look;
  const position = look.references.findIndex((reference) => reference.assetId === asset.id);
  if (position >= 0) {
    return { score: 100, threshold, flagged: false, reasons: [{ kind: 'REFERENCE', message: `This is reference image ${position + 1}.` }], closestReferenceId: asset.id };
  }
  // A model's judgement against these very references wins over the perceptual comparison.
  const judged = judgementFor(asset.likenessJudgement, look);
  if (judged) {
    const reasons = judged.reasons.map((message): ImageReason => ({ kind: 'JUDGEMENT', message }));
    return { score: judged.score, threshold, flagged: judged.score < threshold, reasons: [...reasons, { kind: 'REFERENCE', message: `Judged by ${judged.model} against the ${look.references.length} reference images.` }], closestReferenceId: null };
  }
  if (!isImageFingerprint(asset.fingerprint)) {
    return { score: null, threshold, flagged: false, reasons: [{ kind: 'REFERENCE', message: 'Not compared yet: the image is still being read.' }], closestReferenceId: null };
  }
  const fingerprint = asset.fingerprint;
  const compared = look.references
    .map((reference, index) => {
      if (!reference.fingerprint) return null;
      const shape = shapeSimilarity(fingerprint, reference.fingerprint);
      const colour = colourSimilarity(fingerprint, reference.fingerprint);
      return { index, assetId: reference.assetId, shape, colour, likeness: (shape + colour) / 2 };
    })
    .filter((entry) => entry !== null)
    .sort((a, b) => b.likeness - a.likeness);
  const best = compared[0];
  if (!best) return { score: null, threshold, flagged: false, reasons: [{ kind: 'REFERENCE', message: 'The reference images are still being read.' }], closestReferenceId: null };
  const score = percent(best.likeness);
  const flagged = score < threshold;
  const reasons: ImageReason[] = [
    { kind: 'LIKENESS', message: `Most like reference image ${best.index + 1}: layout ${percent(best.shape)}% alike, colours ${percent(best.colour)}% alike.` },
  ];
  if (flagged) {
    const bestShape = Math.max(...compared.map((entry) => entry.shape));
    const bestColour = Math.max(...compared.map((entry) => entry.colour));
    if (bestShape < 0.5) reasons.unshift({ kind: 'SHAPE', message: `The figure and layout match no reference image (best ${percent(bestShape)}%).` });
    if (bestColour < 0.5) reasons.unshift({ kind: 'COLOUR', message: `The colours (skin, hair, clothes, setting) match no reference image (best ${percent(bestColour)}%).` });
  }
  return { score, threshold, flagged, reasons, closestReferenceId: best.assetId };
}

/** Each persona's locked look (threshold and references), in two statements whatever the number. */
export async function personaLooks(db: Database, personaIds: readonly string[]): Promise<Map<string, PersonaLook>> {
  const ids = [...new Set(personaIds)];
  const [thresholds, references] = await Promise.all([findImageThresholds(db, ids), findReferenceImagesByPersonaIds(db, ids)]);
  return new Map(
    thresholds.map((persona) => [
      persona.id,
      {
        threshold: persona.imageThreshold,
        references: references
          .filter((reference) => reference.referencePersonaId === persona.id)
          .map((reference) => ({ assetId: reference.id, fingerprint: isImageFingerprint(reference.fingerprint) ? reference.fingerprint : null })),
      },
    ]),
  );
}

/** The sentence a refusal names, as the voice lock's does. */
export function imageMissing(check: ImageCheck): string {
  const why = check.reasons[0] ? ` (${check.reasons[0].message.replace(/\.$/, '')})` : '';
  return `image: score ${check.score} is below the persona's threshold ${check.threshold}${why}; choose another image or give an override reason`;
}
