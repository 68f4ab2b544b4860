import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import type { PersonaBrief } from '../../ai/generator.js';
import { renderAestheticImage, renderFromReferences } from '../../ai/offline-image.js';
import { renderPortrait } from '../../ai/offline-portrait.js';
import { fingerprintImage, type ImageFingerprint } from '../../storage/image-fingerprint.js';
import { checkImage } from './image-check.js';

// The visual identity lock measured on a labelled set made by the offline generator
// (labelled/characters.json): each character's look draws 3 reference portraits; images of it
// are new poses drawn from the look (not from the references) and the generator's images built
// from the references; images not of it are every other character's, and pictures made without
// references. The unit test holds the detector to a floor; `pnpm bench:look` writes the figures.

interface Character {
  name: string;
  handle: string;
  aesthetic: string;
  look: string;
}

interface CharacterSet {
  characters: Character[];
  prompts: string[];
}

export interface LabelledImage {
  owner: string;
  kind: 'new pose' | 'generated from references' | 'made without references';
  fingerprint: ImageFingerprint;
  bytes: Buffer;
}

export interface LabelledImages {
  references: Map<string, Array<{ assetId: string; fingerprint: ImageFingerprint; bytes: Buffer }>>;
  images: LabelledImage[];
}

const NEW_POSES = [3, 4, 5, 6, 7];

function briefOf(character: Character): PersonaBrief {
  return {
    version: 1, name: character.name, handle: character.handle, niche: '', voice: '', style: '', personality: '', bio: '',
    aesthetic: character.aesthetic, platforms: [], goals: [], topics: [], avoid: [], examplePosts: [], look: character.look,
  };
}

/** Draws the labelled set (about a hundred images; a few seconds). */
export async function drawLabelledImages(): Promise<LabelledImages> {
  const set = JSON.parse(readFileSync(new URL('./labelled/characters.json', import.meta.url), 'utf8')) as CharacterSet;
  const references: LabelledImages['references'] = new Map();
  const images: LabelledImage[] = [];
  const add = async (owner: string, kind: LabelledImage['kind'], bytes: Buffer) => images.push({ owner, kind, bytes, fingerprint: await fingerprintImage(bytes) });
  for (const character of set.characters) {
    const brief = briefOf(character);
    const portraits = await Promise.all([0, 1, 2].map((variant) => renderPortrait(brief, variant)));
    references.set(
      character.handle,
      await Promise.all(portraits.map(async (bytes, index) => ({ assetId: `${character.handle}-reference-${index + 1}`, bytes, fingerprint: await fingerprintImage(bytes) }))),
    );
    for (const variant of NEW_POSES) await add(character.handle, 'new pose', await renderPortrait(brief, variant));
    for (const prompt of set.prompts) await add(character.handle, 'generated from references', await renderFromReferences(prompt, brief, portraits));
    for (const prompt of set.prompts.slice(0, 2)) await add(character.handle, 'made without references', await renderAestheticImage(prompt, brief));
  }
  return { references, images };
}

export interface LookEvaluation {
  threshold: number;
  /** Of the images flagged, the share not of the character. */
  precision: number;
  /** Of the images not of the character, the share flagged. */
  recall: number;
  ofCharacterScores: number[];
  notOfCharacterScores: number[];
}

/** Every image scored against every character's references with `score`; flagged below `threshold`. */
export function evaluateLookDetector(
  labelled: LabelledImages,
  threshold: number,
  score: (image: LabelledImage, references: LabelledImages['references'] extends Map<string, infer R> ? R : never) => number = (image, references) =>
    checkImage({ id: 'candidate', fingerprint: image.fingerprint }, { threshold, references })!.score!,
): LookEvaluation {
  const ofCharacterScores: number[] = [];
  const notOfCharacterScores: number[] = [];
  for (const [handle, references] of labelled.references) {
    for (const image of labelled.images) {
      const value = score(image, references);
      if (image.owner === handle && image.kind !== 'made without references') ofCharacterScores.push(value);
      else notOfCharacterScores.push(value);
    }
  }
  const truePositives = notOfCharacterScores.filter((value) => value < threshold).length;
  const falsePositives = ofCharacterScores.filter((value) => value < threshold).length;
  return {
    threshold,
    precision: truePositives + falsePositives ? truePositives / (truePositives + falsePositives) : 1,
    recall: truePositives / notOfCharacterScores.length,
    ofCharacterScores,
    notOfCharacterScores,
  };
}

/** The benchmark's baseline: a 64-bit difference hash of the whole image, the usual near-duplicate check. */
export async function wholeImageHash(bytes: Buffer): Promise<bigint> {
  const grey = await sharp(bytes).greyscale().resize(9, 8, { fit: 'fill' }).raw().toBuffer();
  let hash = 0n;
  for (let y = 0; y < 8; y += 1) for (let x = 0; x < 8; x += 1) hash = (hash << 1n) | (grey[y * 9 + x]! < grey[y * 9 + x + 1]! ? 1n : 0n);
  return hash;
}
