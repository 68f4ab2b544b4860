import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Task } from 'graphile-worker';
import { GenerationError } from '../../ai/generator.js';
import { renderOfflineVideo } from '../../ai/offline-video.js';
import { generateOpenAiVideo } from '../../ai/openai-video.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import { mediaTools, runTool } from '../../media/media-tools.js';
import { probeVideo } from '../../media/video-probe.js';
import type { Notifier } from '../../realtime/notifier.js';
import type { AssetStorage } from '../../storage/asset-storage.js';
import { digitalSourceTypeUri } from '../../storage/digital-source.js';
import { saveVideoAsset } from '../asset/video.service.js';
import { findContentItemsByIds, findMediaWithAssetsOfItems } from '../content-item/content-item.repository.js';
import { referenceImagesOf } from '../look/look.service.js';
import { personaBrief } from '../persona/persona-brief.js';
import { findPersonasByIds } from '../persona/persona.repository.js';
import { findGenerationRunById } from './generation.repository.js';
import { saveRun, startRun } from './generation.service.js';

// Makes the video of a 'video' run (video-generation.service.ts) in the persona's look: with an
// API key through the video model, starting from the persona's image; offline as slides of the
// persona's images with motion (offline-video.ts). Progress is written as it goes (every 5
// points at most); cancelling the run aborts the work and keeps nothing. The video is stored
// with the same provenance as generated images: source GENERATED, the IPTC digital source type
// (also in the file's metadata), the prompt and the images it was made from.

export interface VideoTaskDeps {
  db: Database;
  config: Config;
  logger: Logger;
  notifier: Notifier;
  storage: AssetStorage;
}

const GENERATED = 'trainedAlgorithmicMedia' as const;
const PROGRESS_STEP = 5;

export function itemVideoTask(deps: VideoTaskDeps): Task {
  return async (payload) => {
    const { runId } = payload as { runId: string };
    const run = await startRun(deps.db, runId);
    if (!run?.contentItemId || !run.requestedBy) return;
    const started = Date.now();
    const abort = new AbortController();
    const stopListening = deps.notifier.subscribe((event) => {
      if (event.type !== 'generation_updated' || event.runId !== runId) return;
      void findGenerationRunById(deps.db, runId).then((current) => current?.state === 'cancelled' && abort.abort());
    });
    const dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-video-'));
    try {
      const [[item], [persona]] = await Promise.all([findContentItemsByIds(deps.db, [run.contentItemId]), findPersonasByIds(deps.db, [run.personaId])]);
      if (!item || !persona) throw new GenerationError('The item no longer exists', 'unavailable');
      const brief = personaBrief(persona);
      // The item's own images first; the persona's reference images when it has none.
      const own = (await findMediaWithAssetsOfItems(deps.db, [item.id])).filter((media) => media.kind === 'image');
      const ownStills = (await Promise.all(own.map((media) => deps.storage.get(media.storageKey)))).flatMap((stored) => (stored ? [stored] : []));
      const references = ownStills.length ? { ids: [], images: [] } : await referenceImagesOf(deps.db, deps.storage, persona.id);
      const stills = ownStills.length ? ownStills.map((stored) => ({ bytes: stored.bytes, mimeType: stored.contentType })) : references.images;
      const madeFrom = ownStills.length ? own.map((media) => media.id) : references.ids;
      // What the post says matters as much as its title: the model sees both, then the persona.
      const subject = item.imagePrompt || [item.title, item.caption.slice(0, 300)].filter(Boolean).join(': ') || persona.niche;
      const prompt = [subject, brief.look && `The person: ${brief.look}`, brief.aesthetic && `Style: ${brief.aesthetic}`]
        .filter(Boolean)
        .join('. ');
      let reported = 0;
      const onProgress = (fraction: number) => {
        const percent = Math.min(95, Math.floor(fraction * 95));
        if (percent < reported + PROGRESS_STEP) return;
        reported = percent;
        void saveRun(deps.db, runId, { progress: percent }).catch(() => undefined);
      };
      const tools = mediaTools(deps.config);
      const provenance = `DigitalSourceType: ${digitalSourceTypeUri(GENERATED)}`;
      let file: string;
      let model = 'offline';
      if (deps.config.OPENAI_API_KEY) {
        const made = await generateOpenAiVideo(deps.config, { prompt, reference: stills[0] ?? null }, { onProgress, signal: abort.signal });
        model = made.model;
        const raw = path.join(dir, 'model.mp4');
        await writeFile(raw, made.bytes);
        // The provider's file gets the same provenance in its metadata as the offline one.
        file = path.join(dir, 'video.mp4');
        await runTool(tools.ffmpeg, ['-hide_banner', '-nostdin', '-y', '-i', raw, '-c', 'copy', '-movflags', '+faststart', '-metadata', `comment=${provenance}`, file], { signal: abort.signal });
      } else {
        file = await renderOfflineVideo(tools, dir, { stills: stills.map((still) => still.bytes), caption: item.caption || item.title, brief, provenance }, { onProgress, signal: abort.signal });
      }
      const facts = await probeVideo(tools, file);
      const asset = await saveVideoAsset(deps, { userId: run.requestedBy, personaId: persona.id }, file, facts, {
        source: 'generated',
        prompt,
        digitalSourceType: GENERATED,
        referenceIds: madeFrom,
      });
      await saveRun(deps.db, runId, { state: 'succeeded', progress: 100, finishedAt: new Date(), assetId: asset.id, model, latencyMs: Date.now() - started });
    } catch (error) {
      // A cancelled run is already marked so (cancelGeneration); nothing it made is kept.
      if (abort.signal.aborted) return;
      deps.logger.warn({ err: error, runId }, 'video generation failed');
      const message = error instanceof GenerationError ? error.message : `The video could not be made: ${(error as Error).message}`;
      await saveRun(deps.db, runId, { state: 'failed', finishedAt: new Date(), error: message, latencyMs: Date.now() - started });
    } finally {
      stopListening();
      await rm(dir, { recursive: true, force: true });
    }
  };
}
