/** The API shares the SPA's origin (the dev and preview servers proxy it), over HTTP and WebSocket. */
export const graphqlHttpPath = '/graphql';

export function graphqlWebSocketUrl(location: Location = window.location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}${graphqlHttpPath}`;
}

/** Answers 200 with the id of the web build the server serves while the server and its database work. */
export const healthPath = '/healthz';

/** Images are uploaded as multipart form data, outside GraphQL (field `file`, same bearer token). */
/** Where an image is uploaded; `digitalSourceType` declares where it came from (an IPTC type). */
export function assetUploadPath(personaId: string, digitalSourceType: string | null = null): string {
  const declared = digitalSourceType ? `&digitalSourceType=${encodeURIComponent(digitalSourceType)}` : '';
  return `/api/assets?personaId=${encodeURIComponent(personaId)}${declared}`;
}

/** The resumable upload protocol for videos (server/src/http/upload-routes.ts). */
export const videoUploadsPath = '/api/uploads';
