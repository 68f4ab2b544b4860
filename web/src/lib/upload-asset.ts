import { authorizationHeader } from './auth-token';
import { assetUploadPath } from './endpoints';

/** The server refused a file, or could not be reached; `message` is for the person. */
export class AssetUploadError extends Error {}

interface UploadAnswer {
  id?: string;
  error?: { message?: string; field?: string };
}

// Validation messages name their field first (`file: The file is empty`), a prefix meant for
// API callers; the person sees the refusal next to the file's name instead.
function refusalMessage(error: UploadAnswer['error']): string | null {
  if (!error?.message) return null;
  const prefix = error.field ? `${error.field}: ` : null;
  return prefix && error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

/**
 * Sends one image as multipart form data (uploads are not GraphQL). The server checks the
 * bytes, not the name or type the browser claims, and explains a refusal in its answer; a
 * declared digital source type is written into the stored file's XMP.
 */
export async function uploadAsset(personaId: string, file: File, digitalSourceType: string | null = null): Promise<{ id: string }> {
  const body = new FormData();
  body.append('file', file);
  const authorization = authorizationHeader();
  let response: Response;
  try {
    response = await fetch(assetUploadPath(personaId, digitalSourceType), {
      method: 'POST',
      body,
      headers: authorization ? { authorization } : {},
    });
  } catch {
    throw new AssetUploadError('Cannot reach the server. Check your connection and try again.');
  }
  const answer = (await response.json().catch(() => null)) as UploadAnswer | null;
  if (response.status === 201 && answer?.id) return { id: answer.id };
  const message = refusalMessage(answer?.error) ?? `The server answered with HTTP ${response.status}. Try again.`;
  throw new AssetUploadError(message);
}
