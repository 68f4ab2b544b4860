import { proseOf } from './style-stats.js';

// Character trigrams: a fingerprint of wording (favourite words, spelling, punctuation habits)
// that needs no model and no vocabulary, and gives the same answer on every machine.

export type NgramProfile = Map<string, number>;

export function ngramProfile(text: string, n = 3): NgramProfile {
  const normalized = ` ${proseOf(text).toLowerCase()} `;
  const profile: NgramProfile = new Map();
  for (let index = 0; index + n <= normalized.length; index += 1) {
    const gram = normalized.slice(index, index + n);
    profile.set(gram, (profile.get(gram) ?? 0) + 1);
  }
  return profile;
}

/** The average of several profiles, each first scaled to length 1 so long posts do not dominate. */
export function centroid(profiles: readonly NgramProfile[]): NgramProfile {
  const sum: NgramProfile = new Map();
  for (const profile of profiles) {
    const norm = Math.sqrt([...profile.values()].reduce((total, count) => total + count * count, 0)) || 1;
    for (const [gram, count] of profile) sum.set(gram, (sum.get(gram) ?? 0) + count / norm / profiles.length);
  }
  return sum;
}

export function cosine(a: NgramProfile, b: NgramProfile): number {
  let dot = 0;
  for (const [gram, count] of a) dot += count * (b.get(gram) ?? 0);
  const norm = (profile: NgramProfile) => Math.sqrt([...profile.values()].reduce((total, count) => total + count * count, 0));
  const denominator = norm(a) * norm(b);
  return denominator ? dot / denominator : 0;
}
