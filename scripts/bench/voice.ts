/**
 * `pnpm bench:voice`: the offline voice detector (server/src/modules/voice) on its labelled set
 * (server/src/modules/voice/labelled/: captions in and out of the demo persona's voice, written
 * by hand), against a baseline in the same run that flags only the brief's words to avoid.
 * Flagging is the positive: precision is the share of flagged captions that were off voice,
 * recall the share of off-voice captions flagged. Also the time to score one caption.
 *
 * Options: --write puts the results into docs/benchmarks.md, --json prints the raw figures.
 */
import { performance } from 'node:perf_hooks';
import { evaluateVoiceDetector, loadLabelledSet } from '../../server/src/modules/voice/voice-evaluation.js';
import { prepareVoice, scoreVoice } from '../../server/src/modules/voice/voice-score.js';
import { blockHead, describeMachine, docMarkers, flag, formatNumber as fmt, median, runBench, writeDocBlock } from './common.js';

const markers = docMarkers('voice');
const AVOID = ['pesticide', 'miracle', 'hack'];

/** The baseline: what a check of the avoid list alone flags. */
function avoidListOnly(set: ReturnType<typeof loadLabelledSet>) {
  const flags = (caption: string) => AVOID.some((term) => caption.toLowerCase().includes(term));
  const truePositives = set.offVoice.filter(flags).length;
  const falsePositives = set.inVoice.filter(flags).length;
  return { precision: truePositives + falsePositives ? truePositives / (truePositives + falsePositives) : 1, recall: truePositives / set.offVoice.length };
}

async function main() {
  const set = loadLabelledSet();
  const rows = [40, 50, 60].map((threshold) => evaluateVoiceDetector(set, threshold));
  const baseline = avoidListOnly(set);
  const prepared = prepareVoice({ voice: set.persona, personality: '', avoid: AVOID, posts: set.reference });
  const captions = [...set.inVoice, ...set.offVoice];
  const times: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    const start = performance.now();
    for (const caption of captions) scoreVoice(caption, prepared);
    times.push((performance.now() - start) / captions.length);
  }
  const at50 = rows.find((row) => row.threshold === 50)!;
  const pct = (value: number) => `${fmt(value * 100)}%`;
  const report = [
    ...blockHead(markers, 'pnpm bench:voice', describeMachine('not used', 0)),
    `Labelled set: ${set.inVoice.length} captions in the demo persona's voice and ${set.offVoice.length} out of it (hype, corporate, slang, academic, sales, spam), scored against ${set.reference.length} of her posts. Offline detector: character trigrams and style statistics (server/src/modules/voice/voice-score.ts).`,
    '',
    '| detector | threshold | precision | recall | lowest in-voice score | highest off-voice score |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| offline voice score | ${row.threshold} | ${pct(row.precision)} | ${pct(row.recall)} | ${Math.min(...row.inVoiceScores)} | ${Math.max(...row.offVoiceScores)} |`,
    ),
    `| baseline: avoid list only | | ${pct(baseline.precision)} | ${pct(baseline.recall)} | | |`,
    '',
    `Scoring one caption against a prepared voice takes ${fmt(median(times), 3)} ms (median of 20 rounds over the ${captions.length} captions). At the default threshold of 50 the detector flags ${at50.offVoiceScores.filter((score) => score < 50).length} of ${set.offVoice.length} off-voice captions and ${at50.inVoiceScores.filter((score) => score < 50).length} of ${set.inVoice.length} in-voice ones. The set is small and written by the team, so these figures say the detector separates clearly different voices; they do not measure subtle drift.`,
    '',
    markers.end,
  ].join('\n');
  console.log(report);
  if (flag('json')) console.log(JSON.stringify({ rows, baseline, msPerCaption: median(times) }, null, 2));
  if (flag('write')) writeDocBlock(markers, report, { section: '## Voice detector\n\n' });
}

await runBench(main);
