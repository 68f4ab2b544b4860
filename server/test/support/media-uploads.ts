import { readFile } from 'node:fs/promises';

/** What the upload routes answer: the JSON body and the status. */
export interface UploadAnswer {
  status: number;
  body: any;
  headers: Headers;
}

async function answer(response: Response): Promise<UploadAnswer> {
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** A client of the resumable upload protocol (/api/uploads), as the web app speaks it. */
export function uploadClient(baseUrl: string, token: string) {
  const auth = { authorization: `Bearer ${token}` };
  return {
    start: async (input: Record<string, unknown>) =>
      answer(await fetch(`${baseUrl}/api/uploads`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(input) })),
    chunk: async (id: string, offset: number, bytes: Buffer) =>
      answer(await fetch(`${baseUrl}/api/uploads/${id}`, { method: 'PATCH', headers: { ...auth, 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' }, body: bytes })),
    offset: async (id: string) => {
      const response = await fetch(`${baseUrl}/api/uploads/${id}`, { method: 'HEAD', headers: auth });
      return { status: response.status, offset: Number(response.headers.get('upload-offset')) };
    },
    complete: async (id: string) => answer(await fetch(`${baseUrl}/api/uploads/${id}/complete`, { method: 'POST', headers: auth })),
    /** Sends a whole file in the server's chunk size and completes it. */
    async uploadFile(personaId: string, file: string, fileName = 'clip.mp4'): Promise<UploadAnswer> {
      const bytes = await readFile(file);
      const started = await this.start({ personaId, fileName, byteSize: bytes.length });
      if (started.status !== 201) return started;
      for (let offset = 0; offset < bytes.length; offset += started.body.chunkBytes) {
        const sent = await this.chunk(started.body.id, offset, bytes.subarray(offset, offset + started.body.chunkBytes));
        if (sent.status !== 200) return sent;
      }
      return this.complete(started.body.id);
    },
  };
}
