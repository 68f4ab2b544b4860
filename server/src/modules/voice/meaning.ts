import { createHash } from 'node:crypto';
import type { ContentGenerator } from '../../ai/generator.js';

// The voice score's online part (with an API key): how close a caption's meaning is to the
// persona's posts, as the cosine similarity of its embedding to the centroid of theirs. The
// posts' centroid is kept per process, by a hash of the posts and model, so an editor typing
// costs one embedding per check.

export interface Meaning {
  /** 0 to 100: the caption's closeness to the posts' centroid on the scale below. */
  score: number;
  model: string;
}

/** Cosine similarities below this are unrelated text; above the upper one, the persona's own. */
const UNRELATED = 0.2;
const OWN = 0.8;
const CACHE_LIMIT = 200;
const centroids = new Map<string, { vector: number[]; model: string }>();

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let index = 0; index < a.length; index += 1) {
    dot += a[index]! * b[index]!;
    normA += a[index]! ** 2;
    normB += b[index]! ** 2;
  }
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}

async function centroidOf(generator: ContentGenerator, posts: readonly string[]) {
  const key = createHash('sha256').update(posts.join('\u0000')).digest('hex');
  const cached = centroids.get(key);
  if (cached) return cached;
  const embedded = await generator.embed(posts);
  if (!embedded) return null;
  const vector = embedded.value[0]!.map((_, dimension) => embedded.value.reduce((sum, row) => sum + row[dimension]!, 0) / embedded.value.length);
  if (centroids.size >= CACHE_LIMIT) centroids.delete(centroids.keys().next().value!);
  const entry = { vector, model: embedded.usage.model };
  centroids.set(key, entry);
  return entry;
}

/** The caption's meaning against the posts; null offline, without posts, or when the model fails. */
export async function meaningOf(generator: ContentGenerator, caption: string, posts: readonly string[]): Promise<Meaning | null> {
  if (!posts.length || !caption.trim()) return null;
  try {
    const centroid = await centroidOf(generator, posts);
    const embedded = centroid && (await generator.embed([caption]));
    if (!centroid || !embedded || embedded.value[0]!.length !== centroid.vector.length) return null;
    const similarity = cosine(embedded.value[0]!, centroid.vector);
    return { score: Math.round(100 * Math.min(1, Math.max(0, (similarity - UNRELATED) / (OWN - UNRELATED)))), model: centroid.model };
  } catch {
    return null;
  }
}
