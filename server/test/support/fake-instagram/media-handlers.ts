import {
  CONTAINER_LIFE_MS, PROCESSING_FAILED, STATUS_TEXT, graphError, metaTimestamp, missingObject, pick, secret, type Handler, type Reply,
} from './common.js';
import { inspectImage } from './image-check.js';
import type { Container, ContainerMediaType, FakeState } from './state.js';
import { inspectVideo } from './video-check.js';

// Publishing: containers for images, Reels, Stories and carousels (children, then the parent),
// media_publish, permalink, recent media, the quota.

const MEDIA_TYPES = new Set<ContainerMediaType>(['IMAGE', 'VIDEO', 'REELS', 'STORIES', 'CAROUSEL']);

type MediaEndpoint = 'container_create' | 'container_status' | 'media_publish' | 'permalink' | 'recent_media' | 'recent_stories' | 'publishing_limit';

const newPermalink = () => `https://www.instagram.com/p/${secret('C', 8).slice(0, 11)}/`;

export function mediaHandlers(state: FakeState): Record<MediaEndpoint, Handler> {
  const { options, containers, media, now, nextId, quotaTotal, quotaDuration, publishedWithin } = state;
  /** A carousel parent: 2 to 10 children, each a FINISHED carousel item not used by a published post. */
  async function createCarousel(params: Record<string, string>, caption: string): Promise<Reply> {
    const ids = (params.children ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    if (ids.length < 2 || ids.length > 10) return graphError(400, { code: 100, message: `(#100) A carousel takes 2 to 10 children; ${ids.length} were given.` });
    for (const id of ids) {
      const child = containers.get(id);
      if (!child?.isCarouselItem) return graphError(400, { code: 100, message: `(#100) ${id} is not a carousel item container.` });
      await child.processing;
      if (child.state === 'ERROR') return graphError(400, { code: 100, error_subcode: 2207001, message: `(#100) The carousel item ${id} failed to process.` });
      if (child.state === 'PUBLISHED') return graphError(400, { code: 100, message: `(#100) The carousel item ${id} has been published already.` });
      if (child.state !== 'FINISHED') return graphError(400, { code: 9007, error_subcode: 2207027, message: 'Media ID is not available', error_user_msg: `The carousel item ${id} is not ready; check its status_code until it is FINISHED` });
    }
    const container: Container = {
      id: nextId('1790'), caption, imageUrl: '', createdAt: now(), state: 'IN_PROGRESS', message: null,
      pollsLeft: options.inProgressPolls ?? 1, processing: Promise.resolve(), mediaType: 'CAROUSEL', children: ids,
    };
    containers.set(container.id, container);
    return { status: 200, json: { id: container.id } };
  }

  return {
    async container_create(params, _ids, injected) {
      const mediaType = (params.media_type ?? 'IMAGE') as ContainerMediaType;
      if (!MEDIA_TYPES.has(mediaType)) return graphError(400, { code: 100, message: `(#100) The media_type ${mediaType} is not supported.` });
      const isCarouselItem = params.is_carousel_item === 'true';
      const caption = isCarouselItem ? '' : (params.caption ?? '');
      if ([...caption].length > 2200) return graphError(400, { code: 100, message: 'The caption is too long: at most 2200 characters are allowed.' });
      const hashtags = caption.match(/#[\p{L}\p{N}_]+/gu)?.length ?? 0;
      if (hashtags > (options.maxHashtags ?? 30)) return graphError(400, { code: 100, message: `The caption has ${hashtags} hashtags; at most ${options.maxHashtags ?? 30} are allowed.` });
      if (mediaType === 'CAROUSEL') return createCarousel(params, caption);
      if (mediaType === 'VIDEO' && !isCarouselItem) return graphError(400, { code: 100, message: '(#100) VIDEO containers are carousel items; use media_type=REELS for a video post.' });
      const video = mediaType === 'VIDEO' || mediaType === 'REELS' || (mediaType === 'STORIES' && !params.image_url);
      if (video && !params.video_url) return graphError(400, { code: 100, message: 'The parameter video_url is required.' });
      if (!video && !params.image_url) return graphError(400, { code: 100, message: 'The parameter image_url is required.' });
      const container: Container = {
        id: nextId('1790'), caption, imageUrl: params.image_url ?? '', createdAt: now(), state: 'IN_PROGRESS',
        message: null, pollsLeft: video ? (options.videoPolls ?? 3) : (options.inProgressPolls ?? 1), processing: Promise.resolve(),
        readyAt: now() + (video ? (options.videoProcessingMs ?? 0) : 0),
        mediaType, isCarouselItem, videoUrl: params.video_url, coverUrl: params.cover_url, altText: params.alt_text,
      };
      // Processing runs after the answer, as on Meta; status and publish wait for it so
      // outcomes never depend on timing.
      const checks = [
        video ? inspectVideo(params.video_url!, mediaType, state.shutdown.signal) : inspectImage(container.imageUrl, state.shutdown.signal, mediaType === 'STORIES'),
        ...(params.cover_url ? [inspectImage(params.cover_url, state.shutdown.signal, true).then((reason) => reason && `cover: ${reason}`)] : []),
      ];
      const problem = injected?.containerError ? Promise.resolve(PROCESSING_FAILED) : Promise.all(checks).then((reasons) => reasons.find(Boolean) ?? null);
      container.processing = problem.then((reason) => {
        if (reason) Object.assign(container, { state: 'ERROR', message: `Error: ${reason}` });
      });
      containers.set(container.id, container);
      return { status: 200, json: { id: container.id } };
    },

    async container_status(params, [id], injected) {
      const container = containers.get(id!)!;
      await container.processing;
      if (injected?.containerError && container.state !== 'PUBLISHED') Object.assign(container, { state: 'ERROR', message: `Error: ${PROCESSING_FAILED}` });
      if (container.state === 'IN_PROGRESS' && now() - container.createdAt >= CONTAINER_LIFE_MS) container.state = 'EXPIRED';
      else if (container.state === 'IN_PROGRESS' && container.pollsLeft > 0) container.pollsLeft -= 1;
      else if (container.state === 'IN_PROGRESS' && now() >= (container.readyAt ?? 0)) container.state = 'FINISHED';
      if (container.state === 'FINISHED' && now() - container.createdAt >= CONTAINER_LIFE_MS) container.state = 'EXPIRED';
      const status = container.state === 'ERROR' ? container.message : STATUS_TEXT[container.state];
      return { status: 200, json: pick(params.fields, { id, status_code: container.state, status }) };
    },

    async media_publish(params) {
      const container = params.creation_id ? containers.get(params.creation_id) : undefined;
      if (!container) return missingObject(params.creation_id ?? '');
      await container.processing;
      // From here to the state change nothing awaits: two concurrent publishes cannot both pass.
      if (container.state === 'PUBLISHED') return graphError(400, { code: 9007, message: 'The media has already been published', error_user_title: 'Media already published' });
      if (container.state !== 'ERROR' && now() - container.createdAt >= CONTAINER_LIFE_MS) container.state = 'EXPIRED';
      if (container.state === 'EXPIRED') {
        return graphError(400, { code: -2, error_subcode: 2207020, message: 'The media you are trying to access has expired. Please try to upload again.' });
      }
      if (container.isCarouselItem) return graphError(400, { code: 100, message: '(#100) A carousel item is published through its carousel container.' });
      if (container.state === 'ERROR' || container.pollsLeft > 0 || now() < (container.readyAt ?? 0)) {
        return graphError(400, { code: 9007, error_subcode: 2207027, message: 'Media ID is not available', error_user_msg: 'The media is not ready for publishing, please wait for a moment' });
      }
      if (publishedWithin(quotaDuration * 1000) >= quotaTotal) {
        return graphError(400, { code: 9, error_subcode: 2207042, message: 'You reached maximum number of posts that is allowed to be published by Content Publishing API.' });
      }
      const mediaId = nextId('1801');
      const children = (container.children ?? []).map((id) => containers.get(id)!);
      state.addMedia({
        mediaId, containerId: container.id, caption: container.caption, imageUrl: container.imageUrl,
        permalink: newPermalink(), timestamp: metaTimestamp(now()), publishedAt: now(),
        mediaType: container.mediaType === 'CAROUSEL' ? 'CAROUSEL_ALBUM' : container.videoUrl ? 'VIDEO' : 'IMAGE',
        productType: container.mediaType === 'REELS' ? 'REELS' : container.mediaType === 'STORIES' ? 'STORY' : 'FEED',
        ...(container.videoUrl && { videoUrl: container.videoUrl }),
        ...(container.coverUrl && { coverUrl: container.coverUrl }),
        ...(container.altText && { altText: container.altText }),
        ...(children.length && {
          children: children.map((child) => ({ mediaType: child.videoUrl ? 'VIDEO' as const : 'IMAGE' as const, url: child.videoUrl ?? child.imageUrl, ...(child.altText && { altText: child.altText }) })),
        }),
      });
      container.state = 'PUBLISHED';
      for (const child of children) child.state = 'PUBLISHED';
      return { status: 200, json: { id: mediaId } };
    },

    async permalink(params, [id]) {
      const item = media.get(id!)!;
      const fields = { id, permalink: item.permalink, caption: item.caption, timestamp: item.timestamp, media_type: item.mediaType ?? 'IMAGE', media_product_type: item.productType ?? 'FEED', media_url: item.videoUrl ?? item.imageUrl };
      return { status: 200, json: pick(params.fields, fields) };
    },

    async recent_media(params) {
      const limit = Math.min(100, Math.max(1, Number(params.limit) || 25));
      // Newest first; seeded posts may be older than ones published after them.
      // Stories are not listed here (Meta lists them at /stories, and only for 24 hours).
      const newest = [...media.values()].filter((item) => item.productType !== 'STORY').reverse().sort((a, b) => b.publishedAt - a.publishedAt).slice(0, limit);
      const data = newest.map((item) => pick(params.fields, { id: item.mediaId, caption: item.caption, timestamp: item.timestamp, permalink: item.permalink, media_type: item.mediaType ?? 'IMAGE' }));
      return { status: 200, json: { data } };
    },

    async recent_stories(params) {
      // Meta lists a Story here for the 24 hours it lives, newest first.
      const live = [...media.values()].filter((item) => item.productType === 'STORY' && now() - item.publishedAt < 24 * 3600 * 1000);
      const data = live.reverse().sort((a, b) => b.publishedAt - a.publishedAt).map((item) =>
        pick(params.fields, { id: item.mediaId, timestamp: item.timestamp, permalink: item.permalink, media_type: item.mediaType ?? 'IMAGE', media_product_type: 'STORY' }));
      return { status: 200, json: { data } };
    },

    async publishing_limit(params) {
      const limit = { quota_usage: publishedWithin(quotaDuration * 1000), config: { quota_total: quotaTotal, quota_duration: quotaDuration } };
      return { status: 200, json: { data: [pick(params.fields, limit)] } };
    },
  };
}

/** A post as if it had gone out through the API `ageSeconds` ago, without an image fetch. */
export function seedMedia(state: FakeState, input: { caption?: string; ageSeconds?: number; productType?: 'FEED' | 'REELS' | 'STORY' } = {}): string {
  const ageMs = Math.max(0, input.ageSeconds ?? 0) * 1000;
  const caption = input.caption ?? 'Seeded post';
  const container = state.publishedContainer(caption, 'https://cdn.example/seeded.jpg', ageMs);
  const mediaId = state.nextId('1801');
  const publishedAt = state.now() - ageMs;
  state.addMedia({
    mediaId, containerId: container.id, caption, imageUrl: container.imageUrl,
    permalink: newPermalink(), timestamp: metaTimestamp(publishedAt), publishedAt,
    ...(input.productType && input.productType !== 'FEED' && { productType: input.productType, mediaType: input.productType === 'REELS' ? 'VIDEO' : 'IMAGE' }),
  });
  return mediaId;
}
