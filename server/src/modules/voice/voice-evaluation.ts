import { readFileSync } from 'node:fs';
import { scoreVoice } from './voice-score.js';

// The voice detector measured on a labelled set (labelled/: captions in and out of a persona's
// voice, written by hand): the unit test holds it to a floor, `pnpm bench:voice` writes the
// figures to docs/benchmarks.md.

export interface LabelledSet {
  persona: string;
  reference: string[];
  inVoice: string[];
  offVoice: string[];
}

export function loadLabelledSet(name = 'lena-fern'): LabelledSet {
  return JSON.parse(readFileSync(new URL(`./labelled/${name}.json`, import.meta.url), 'utf8')) as LabelledSet;
}

export interface VoiceEvaluation {
  threshold: number;
  /** Of the captions flagged, the share that were off voice. */
  precision: number;
  /** Of the off-voice captions, the share flagged. */
  recall: number;
  inVoiceScores: number[];
  offVoiceScores: number[];
}

export function evaluateVoiceDetector(set: LabelledSet, threshold: number): VoiceEvaluation {
  const reference = { voice: set.persona, personality: '', avoid: ['pesticide', 'miracle', 'hack'], posts: set.reference };
  const inVoiceScores = set.inVoice.map((caption) => scoreVoice(caption, reference).score);
  const offVoiceScores = set.offVoice.map((caption) => scoreVoice(caption, reference).score);
  const truePositives = offVoiceScores.filter((score) => score < threshold).length;
  const falsePositives = inVoiceScores.filter((score) => score < threshold).length;
  return {
    threshold,
    precision: truePositives + falsePositives ? truePositives / (truePositives + falsePositives) : 1,
    recall: truePositives / set.offVoice.length,
    inVoiceScores,
    offVoiceScores,
  };
}
