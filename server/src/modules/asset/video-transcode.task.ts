import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Task } from 'graphile-worker';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import { mediaTools } from '../../media/media-tools.js';
import { posterFrame, transcodeVideo } from '../../media/video-encode.js';
import { probeVideo } from '../../media/video-probe.js';
import type { AssetStorage } from '../../storage/asset-storage.js';
import { findAssetById, updateAssetById } from './media-upload.repository.js';

// Brings a stored video to the publishing spec (media/video-encode.ts) in the background:
// progress is written as it goes (at most every 5 points), the new file replaces the old one
// only once it is stored, and an asset put in the trash meanwhile stops the work. A failure
// is kept on the asset with FFmpeg's reason; the job tries again (3 attempts) before that.

export interface TranscodeDeps {
  db: Database;
  config: Config;
  logger: Logger;
  storage: AssetStorage;
}

const PROGRESS_STEP = 5;

export function videoTranscodeTask(deps: TranscodeDeps): Task {
  return async (payload, helpers) => {
    const { assetId } = payload as { assetId: string };
    const asset = await findAssetById(deps.db, assetId);
    if (!asset || asset.kind !== 'video' || asset.processing === 'ready') return;
    const tools = mediaTools(deps.config);
    const dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-transcode-'));
    const abort = new AbortController();
    try {
      const input = path.join(dir, 'input');
      const output = path.join(dir, 'output.mp4');
      if (!(await deps.storage.download(asset.storageKey, input))) throw new Error('the stored video is missing');
      const facts = await probeVideo(tools, input);
      let reported = 0;
      let writing = Promise.resolve();
      await transcodeVideo(tools, input, output, facts, {
        signal: abort.signal,
        onProgress: (fraction) => {
          const percent = Math.min(99, Math.floor(fraction * 100));
          if (percent < reported + PROGRESS_STEP) return;
          reported = percent;
          writing = writing.then(async () => {
            const still = await updateAssetById(deps.db, assetId, { processingProgress: percent });
            if (!still || still.deletedAt) abort.abort();
          });
        },
      });
      await writing;
      const result = await probeVideo(tools, output);
      const key = asset.storageKey.replace(/\.[a-z0-9]+$/, '') + '.h264.mp4';
      const posterKey = asset.posterKey ?? key.replace(/\.mp4$/, '.poster.jpg');
      await deps.storage.putFile(key, output, 'video/mp4');
      await deps.storage.put(posterKey, await posterFrame(tools, output, result.durationMs), 'image/jpeg');
      await updateAssetById(deps.db, assetId, {
        storageKey: key,
        posterKey,
        mimeType: 'video/mp4',
        byteSize: (await stat(output)).size,
        width: result.width,
        height: result.height,
        durationMs: result.durationMs,
        frameRate: result.frameRate,
        bitRate: result.bitRate,
        container: result.container,
        videoCodec: result.videoCodec,
        audioCodec: result.audioCodec,
        processing: 'ready',
        processingProgress: 100,
        processingError: null,
      });
      if (key !== asset.storageKey) await deps.storage.delete(asset.storageKey).catch(() => undefined);
    } catch (error) {
      if (abort.signal.aborted) return;
      const message = (error as Error).message;
      deps.logger.warn({ err: error, assetId, detail: (error as { detail?: string }).detail }, 'video transcode failed');
      const lastAttempt = helpers.job.attempts >= helpers.job.max_attempts;
      if (lastAttempt) await updateAssetById(deps.db, assetId, { processing: 'failed', processingError: `The video could not be converted: ${message}` });
      throw error;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
}
