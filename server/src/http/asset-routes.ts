import busboy from 'busboy';
import express, { type Request, type Response, type Router } from 'express';
import { AppError } from '../errors.js';
import { resolveViewer, type ContextDeps } from '../graphql/build-context.js';
import { uploadImage } from '../modules/asset/asset.service.js';
import { judgeImageLikeness } from '../modules/look/look.service.js';
import { MAX_UPLOAD_BYTES } from '../storage/image-upload.js';
import { LocalAssetStorage } from '../storage/local-storage.js';
import { currentRequestId } from '../request-scope.js';

// Uploads arrive as multipart form data (GraphQL multipart requests are off: they bypass CSRF
// protection); files of local storage are served here, only with a valid, unexpired signature.

function sendError(res: Response, status: number, code: string, message: string, field?: string) {
  res.status(status).json({ error: { code, message, field, requestId: currentRequestId() } });
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
      const asset = await judgeImageLikeness({ ...deps, viewer }, await uploadImage({ ...deps, viewer }, personaId, bytes, declared));
      res.status(201).json({
        id: asset.id,
        mimeType: asset.mimeType,
        byteSize: asset.byteSize,
        width: asset.width,
        height: asset.height,
        digitalSourceType: asset.digitalSourceType,
        url: await deps.storage.signedUrl(asset.storageKey, deps.config.ASSET_URL_TTL_SECONDS),
      });
    } catch (error) {
      if (error instanceof AppError) {
        const status = error.code === 'NOT_FOUND' ? 404 : error.code === 'UNAUTHENTICATED' ? 401 : 400;
        return sendError(res, status, error.code, error.message, error.extensions.field as string | undefined);
      }
      deps.logger.error({ err: error, requestId: currentRequestId() }, 'upload failed');
      sendError(res, 500, 'INTERNAL_SERVER_ERROR', `Internal server error (request ${currentRequestId()})`);
    }
  });

  const { storage } = deps;
  if (storage instanceof LocalAssetStorage) {
    router.get(/^\/files\/(.+)$/, async (req, res) => {
      const key = req.params[0] ?? '';
      const { expires, signature } = req.query as Record<string, string | undefined>;
      if (!storage.verify(key, expires, signature)) return sendError(res, 403, 'FORBIDDEN', 'This link is invalid or has expired');
      const object = await storage.get(key).catch(() => null);
      if (!object) return sendError(res, 404, 'NOT_FOUND', 'No such file');
      res.setHeader('Content-Type', object.contentType);
      res.setHeader('Cache-Control', 'private, max-age=3600');
      res.setHeader('Content-Security-Policy', "default-src 'none'");
      res.send(object.bytes);
    });
  }
  return router;
}
