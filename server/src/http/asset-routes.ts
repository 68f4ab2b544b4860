import busboy from 'busboy';
import express, { type Request, type Response, type Router } from 'express';
import { AppError } from '../errors.js';
import { resolveViewer, type ContextDeps } from '../graphql/build-context.js';
import type { AssetRow } from '../db/rows.js';
import { uploadMedia } from '../modules/asset/video-upload.service.js';
import { judgeImageLikeness } from '../modules/look/look.service.js';
import { MAX_UPLOAD_BYTES } from '../storage/image-upload.js';
import { LocalAssetStorage } from '../storage/local-storage.js';
import { currentRequestId } from '../request-scope.js';

// Uploads arrive as multipart form data (GraphQL multipart requests are off: they bypass CSRF
// protection); files of local storage are served here, only with a valid, unexpired signature.

export function sendError(res: Response, status: number, code: string, message: string, field?: string, extra: Record<string, unknown> = {}) {
  res.status(status).json({ error: { code, message, field, ...extra, requestId: currentRequestId() } });
}

const STATUS_OF: Partial<Record<string, number>> = { NOT_FOUND: 404, UNAUTHENTICATED: 401, CONFLICT: 409 };

/** An upload route's failure as JSON: the field and reason for what the client can fix, a request id for the rest. */
export function sendFailure(res: Response, deps: Pick<ContextDeps, 'logger'>, error: unknown) {
  if (error instanceof AppError) {
    const { field, fieldErrors: _fieldErrors, ...extra } = error.extensions;
    return sendError(res, STATUS_OF[error.code] ?? 400, error.code, error.message, field as string | undefined, extra);
  }
  deps.logger.error({ err: error, requestId: currentRequestId() }, 'upload failed');
  sendError(res, 500, 'INTERNAL_SERVER_ERROR', `Internal server error (request ${currentRequestId()})`);
}

/** An uploaded asset as the upload routes answer it (the GraphQL Asset's main fields). */
export async function assetJson(deps: Pick<ContextDeps, 'storage' | 'config'>, asset: AssetRow) {
  const sign = (key: string) => deps.storage.signedUrl(key, deps.config.ASSET_URL_TTL_SECONDS);
  return {
    id: asset.id,
    kind: asset.kind.toUpperCase(),
    mimeType: asset.mimeType,
    byteSize: asset.byteSize,
    width: asset.width,
    height: asset.height,
    durationSeconds: asset.durationMs === null ? null : asset.durationMs / 1000,
    processing: asset.processing.toUpperCase(),
    digitalSourceType: asset.digitalSourceType,
    url: await sign(asset.storageKey),
    posterUrl: asset.posterKey ? await sign(asset.posterKey) : null,
  };
}

/** Reads the single `file` part into memory, refusing anything over the upload cap while streaming. */
function readUpload(req: Request): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_UPLOAD_BYTES, fields: 5 } });
    } catch {
      reject(new AppError('BAD_USER_INPUT', 'Send the image as multipart/form-data in a field named "file"', { field: 'file' }));
      return;
    }
    let file: Buffer | null = null;
    let tooLarge = false;
    parser.on('file', (name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => (tooLarge = true));
      stream.on('end', () => {
        if (name === 'file') file = Buffer.concat(chunks);
      });
    });
    parser.on('error', reject);
    parser.on('close', () => {
      if (tooLarge) reject(new AppError('BAD_USER_INPUT', `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, { field: 'file' }));
      else if (!file) reject(new AppError('BAD_USER_INPUT', 'No file: send it in a field named "file"', { field: 'file' }));
      else resolve(file);
    });
    req.pipe(parser);
  });
}

export function assetRoutes(deps: ContextDeps): Router {
  const router = express.Router();

  router.post('/api/assets', async (req, res) => {
    try {
      const viewer = await resolveViewer(deps, req.headers.authorization);
      if (!viewer) return sendError(res, 401, 'UNAUTHENTICATED', 'Sign in to continue');
      const personaId = typeof req.query.personaId === 'string' ? req.query.personaId : '';
      // Where the image came from, as the uploader declares it (an IPTC digital source type).
      const declared = typeof req.query.digitalSourceType === 'string' ? req.query.digitalSourceType : null;
      const bytes = await readUpload(req);
      // With a key, a vision model judges the upload against the persona's locked look.
      const asset = await judgeImageLikeness({ ...deps, viewer }, await uploadMedia({ ...deps, viewer }, personaId, bytes, declared));
      res.status(201).json(await assetJson(deps, asset));
    } catch (error) {
      sendFailure(res, deps, error);
    }
  });

  const { storage } = deps;
  if (storage instanceof LocalAssetStorage) {
    router.get(/^\/files\/(.+)$/, async (req, res) => {
      const key = req.params[0] ?? '';
      const { expires, signature } = req.query as Record<string, string | undefined>;
      if (!storage.verify(key, expires, signature)) return sendError(res, 403, 'FORBIDDEN', 'This link is invalid or has expired');
      const object = await storage.stat(key).catch(() => null);
      if (!object) return sendError(res, 404, 'NOT_FOUND', 'No such file');
      // Streamed with Range support: a video player seeks by asking for byte ranges.
      res.sendFile(object.file, {
        headers: { 'Content-Type': object.contentType, 'Cache-Control': 'private, max-age=3600', 'Content-Security-Policy': "default-src 'none'" },
        cacheControl: false,
        // DATA_DIR is often a dot directory (.data); keys themselves never start with a dot.
        dotfiles: 'allow',
      });
    });
  }
  return router;
}
