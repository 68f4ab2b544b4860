import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateVoiceDetector, loadLabelledSet } from './voice-evaluation.js';
import { scoreVoice, type VoiceReference } from './voice-score.js';

const set = loadLabelledSet();
const reference: VoiceReference = { voice: 'Warm, practical and a little nerdy.', personality: 'Patient, curious.', avoid: ['pesticide', 'miracle', 'hack'], posts: set.reference };

describe('the offline voice score', () => {
  it('passes captions in the persona’s voice and flags others, on the labelled set', () => {
    const { precision, recall } = evaluateVoiceDetector(set, 50);
    // Flagging is the detector's positive: an off-voice caption flagged is a true positive.
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('names the words the brief avoids, and caps the score', () => {
    const result = scoreVoice('A miracle mix for tomatoes: 1 part compost, 1 part coir.', reference);
    expect(result.score).toBeLessThanOrEqual(20);
    expect(result.reasons[0]).toEqual({ kind: 'avoid', message: 'Uses "miracle", which the brief says to avoid' });
  });

  it('says which habit strays, with the figures', () => {
    const result = scoreVoice('SO GOOD!!! 🌱🌱🌱🌱 LOVE IT!!! 🔥🔥🔥', reference);
    expect(result.reasons.some((reason) => reason.kind === 'style' && /more emoji than the persona's posts/.test(reason.message))).toBe(true);
    expect(result.score).toBeLessThan(50);
  });

  it('is deterministic, and compares with the voice description when there are no posts yet', () => {
    const caption = set.inVoice[0]!;
    expect(scoreVoice(caption, reference)).toEqual(scoreVoice(caption, reference));
    const bare = scoreVoice(caption, { ...reference, posts: [] });
    expect(bare.reasons[0]?.kind).toBe('reference');
  });

  it('keeps its labelled set in the repository', () => {
    expect(readFileSync(new URL('./labelled/lena-fern.json', import.meta.url), 'utf8')).toContain('inVoice');
  });
});
