import express, { type Router } from 'express';
import { resolveViewer, type ContextDeps } from '../graphql/build-context.js';
import type { Viewer } from '../modules/shared/service-context.js';
import { completeVideoUpload, receiveUploadChunk, startVideoUpload, uploadState, type UploadState } from '../modules/asset/video-upload.service.js';
import { assetJson, sendError, sendFailure } from './asset-routes.js';

// The resumable upload protocol for videos (modules/asset/video-upload.service.ts):
//   POST  /api/uploads                 {personaId, fileName, byteSize, digitalSourceType?} -> 201 the upload
//   HEAD  /api/uploads/:id             Upload-Offset: where to send the next chunk from
//   GET   /api/uploads/:id             the upload as JSON
//   PATCH /api/uploads/:id             Upload-Offset: n, body: the chunk's bytes -> 200 the upload (409 with the offset when n is not it)
//   POST  /api/uploads/:id/complete    -> 201 the asset (a video, probed, its transcode queued if needed)

function withOffsetHeaders(res: express.Response, state: UploadState) {
  res.setHeader('Upload-Offset', String(state.receivedBytes));
  res.setHeader('Upload-Length', String(state.byteSize));
  res.setHeader('Cache-Control', 'no-store');
}

export function uploadRoutes(deps: ContextDeps): Router {
  const router = express.Router();
  const signedIn = async (authorization: string | undefined): Promise<Viewer | null> => resolveViewer(deps, authorization);
  const ctxFor = (viewer: Viewer) => ({ ...deps, viewer });
  const chunkLimit = deps.config.UPLOAD_CHUNK_KB * 1024;

  router.post('/api/uploads', express.json({ limit: '16kb' }), async (req, res) => {
    try {
      const viewer = await signedIn(req.headers.authorization);
      if (!viewer) return sendError(res, 401, 'UNAUTHENTICATED', 'Sign in to continue');
      const state = await startVideoUpload(ctxFor(viewer), req.body);
      withOffsetHeaders(res, state);
      res.setHeader('Location', `/api/uploads/${state.id}`);
      res.status(201).json(state);
    } catch (error) {
      sendFailure(res, deps, error);
    }
  });

  router.head('/api/uploads/:id', async (req, res) => {
    try {
      const viewer = await signedIn(req.headers.authorization);
      if (!viewer) return void res.status(401).end();
      withOffsetHeaders(res, await uploadState(ctxFor(viewer), req.params.id));
      res.status(200).end();
    } catch {
      res.status(404).end();
    }
  });

  router.get('/api/uploads/:id', async (req, res) => {
    try {
      const viewer = await signedIn(req.headers.authorization);
      if (!viewer) return sendError(res, 401, 'UNAUTHENTICATED', 'Sign in to continue');
      const state = await uploadState(ctxFor(viewer), req.params.id);
      withOffsetHeaders(res, state);
      res.json(state);
    } catch (error) {
      sendFailure(res, deps, error);
    }
  });

  // A chunk may be one byte over the limit only if it is wrong; raw() refuses past that with 413.
  router.patch('/api/uploads/:id', express.raw({ type: () => true, limit: chunkLimit }), async (req, res) => {
    try {
      const viewer = await signedIn(req.headers.authorization);
      if (!viewer) return sendError(res, 401, 'UNAUTHENTICATED', 'Sign in to continue');
      const offsetHeader = req.headers['upload-offset'];
      const offset = typeof offsetHeader === 'string' && /^\d+$/.test(offsetHeader) ? Number(offsetHeader) : NaN;
      if (Number.isNaN(offset)) return sendError(res, 400, 'BAD_USER_INPUT', 'Upload-Offset: must be the byte offset the chunk starts at', 'Upload-Offset');
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const state = await receiveUploadChunk(ctxFor(viewer), req.params.id, offset, bytes);
      withOffsetHeaders(res, state);
      res.json(state);
    } catch (error) {
      const received = (error as { receivedBytes?: number }).receivedBytes;
      if (received !== undefined) res.setHeader('Upload-Offset', String(received));
      sendFailure(res, deps, error);
    }
  });

  router.post('/api/uploads/:id/complete', async (req, res) => {
    try {
      const viewer = await signedIn(req.headers.authorization);
      if (!viewer) return sendError(res, 401, 'UNAUTHENTICATED', 'Sign in to continue');
      const asset = await completeVideoUpload(ctxFor(viewer), req.params.id);
      res.status(201).json(await assetJson(deps, asset));
    } catch (error) {
      sendFailure(res, deps, error);
    }
  });

  // A chunk over the limit: say so with the limit, as the other refusals do.
  router.use('/api/uploads', ((error, _req, res, next) => {
    if ((error as { status?: number }).status === 413) return sendError(res, 413, 'BAD_USER_INPUT', `a chunk may be at most ${chunkLimit} bytes`, 'chunk');
    next(error);
  }) as express.ErrorRequestHandler);
  return router;
}
