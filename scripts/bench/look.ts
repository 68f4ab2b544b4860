/**
 * `pnpm bench:look`: the offline likeness detector of the visual identity lock
 * (server/src/modules/look) on its labelled set (labelled/characters.json: characters drawn by
 * the offline generator), against a baseline in the same run that compares a perceptual hash of
 * the whole image alone (a 64-bit dHash, the usual near-duplicate check). Flagging is the
 * positive: precision is the share of flagged images not of the character, recall the share of
 * such images flagged. Also the time to fingerprint an image and to score one.
 *
 * Options: --write puts the results into docs/benchmarks.md, --json prints the raw figures.
 */
import { performance } from 'node:perf_hooks';
import { checkImage } from '../../server/src/modules/look/image-check.js';
import { drawLabelledImages, evaluateLookDetector, wholeImageHash, type LabelledImages } from '../../server/src/modules/look/look-evaluation.js';
import { fingerprintImage } from '../../server/src/storage/image-fingerprint.js';
import { blockHead, describeMachine, docMarkers, flag, formatNumber as fmt, median, runBench, writeDocBlock } from './common.js';

const markers = docMarkers('look');

function hamming(a: bigint, b: bigint): number {
  let differing = a ^ b;
  let count = 0;
  for (; differing; differing >>= 1n) count += Number(differing & 1n);
  return count;
}

/** The baseline: 100 for an identical hash down to 0 at 32 differing bits, best over the references. */
async function baseline(labelled: LabelledImages, threshold: number) {
  const hashes = new Map<Buffer, bigint>();
  const hashOf = async (bytes: Buffer) => hashes.get(bytes) ?? hashes.set(bytes, await wholeImageHash(bytes)).get(bytes)!;
  for (const image of labelled.images) await hashOf(image.bytes);
  for (const references of labelled.references.values()) for (const reference of references) await hashOf(reference.bytes);
  return evaluateLookDetector(labelled, threshold, (image, references) =>
    Math.max(...references.map((reference) => Math.round(100 * Math.max(0, 1 - hamming(hashes.get(image.bytes)!, hashes.get(reference.bytes)!) / 32)))),
  );
}

async function main() {
  const labelled = await drawLabelledImages();
  const thresholds = [60, 70, 80];
  const rows = thresholds.map((threshold) => evaluateLookDetector(labelled, threshold));
  const baselines = await Promise.all(thresholds.map((threshold) => baseline(labelled, threshold)));
  const fingerprintTimes: number[] = [];
  for (const image of labelled.images.slice(0, 30)) {
    const start = performance.now();
    await fingerprintImage(image.bytes);
    fingerprintTimes.push(performance.now() - start);
  }
  const look = { threshold: 70, references: labelled.references.values().next().value! };
  const scoreTimes: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    const start = performance.now();
    for (const image of labelled.images) checkImage({ id: 'candidate', fingerprint: image.fingerprint }, look);
    scoreTimes.push((performance.now() - start) / labelled.images.length);
  }
  const pct = (value: number) => `${fmt(value * 100)}%`;
  const characters = labelled.references.size;
  const perCharacter = labelled.images.length / characters;
  const report = [
    ...blockHead(markers, 'pnpm bench:look', describeMachine('not used', 0)),
    `Labelled set: ${characters} characters drawn by the offline generator from their written looks, 3 reference portraits each; ${perCharacter} images per character (5 new poses drawn from the look, 5 images the generator built from the references, 2 made without references), each scored against every character's references: ${rows[0]!.ofCharacterScores.length} pairs of an image and its own character, ${rows[0]!.notOfCharacterScores.length} of an image and another. Offline detector: a difference hash and a colour histogram of the subject region (server/src/storage/image-fingerprint.ts, server/src/modules/look/image-check.ts).`,
    '',
    '| detector | threshold | precision | recall | lowest score of the character | highest score of another |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| offline likeness | ${row.threshold} | ${pct(row.precision)} | ${pct(row.recall)} | ${Math.min(...row.ofCharacterScores)} | ${Math.max(...row.notOfCharacterScores)} |`,
    ),
    ...baselines.map(
      (row) =>
        `| baseline: whole-image dHash | ${row.threshold} | ${pct(row.precision)} | ${pct(row.recall)} | ${Math.min(...row.ofCharacterScores)} | ${Math.max(...row.notOfCharacterScores)} |`,
    ),
    '',
    `Fingerprinting a 1080x1350 image takes ${fmt(median(fingerprintTimes), 1)} ms (median of 30; done once, when the image is stored); scoring one against a look takes ${fmt(median(scoreTimes), 3)} ms (median of 20 rounds). The default threshold is 70. The set is drawn by the team's own generator, so these figures say the detector tells its characters apart and keeps the images built from a look's references; they do not measure likeness across real photographs, where lighting and setting move the colours (lower a persona's threshold for those, or set an API key for a vision model's judgement).`,
    '',
    markers.end,
  ].join('\n');
  console.log(report);
  if (flag('json')) console.log(JSON.stringify({ rows, baselines, fingerprintMs: median(fingerprintTimes), scoreMs: median(scoreTimes) }, null, 2));
  if (flag('write')) writeDocBlock(markers, report, { section: '## Likeness detector\n\n' });
}

await runBench(main);
