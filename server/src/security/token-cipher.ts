import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import { dataDirSecret } from './data-dir-secret.js';

// Channel tokens at rest: AES-256-GCM, stored as iv (12) || tag (16) || ciphertext. The
// associated data binds a ciphertext to its row and purpose, so a token copied into another
// row (or an access token swapped with a refresh token) fails to decrypt instead of being
// used for the wrong account. Each ciphertext records its key id, so keys can be rotated:
// the first key encrypts, every listed key decrypts.

const IV_BYTES = 12;
const TAG_BYTES = 16;

export type TokenPurpose = 'access' | 'refresh';

export interface SealedToken {
  ciphertext: Buffer;
  keyId: string;
}

export class TokenDecryptionError extends Error {
  constructor(reason: string) {
    super(`Stored channel token cannot be decrypted: ${reason}`);
    this.name = 'TokenDecryptionError';
  }
}

export interface TokenCipher {
  readonly currentKeyId: string;
  seal(plaintext: string, rowId: string, purpose: TokenPurpose): SealedToken;
  open(sealed: SealedToken, rowId: string, purpose: TokenPurpose): string;
}

const associatedData = (rowId: string, purpose: TokenPurpose) => Buffer.from(`channel_integrations:${rowId}:${purpose}`, 'utf8');

export function createTokenCipher(keys: ReadonlyArray<{ id: string; key: Buffer }>): TokenCipher {
  const [current] = keys;
  if (!current) throw new Error('at least one token key is needed');
  for (const { id, key } of keys) if (key.length !== 32) throw new Error(`token key ${id} must be 32 bytes`);
  const byId = new Map(keys.map(({ id, key }) => [id, key]));
  return {
    currentKeyId: current.id,
    seal(plaintext, rowId, purpose) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(associatedData(rowId, purpose));
      const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), data]), keyId: current.id };
    },
    open({ ciphertext, keyId }, rowId, purpose) {
      const key = byId.get(keyId);
      if (!key) throw new TokenDecryptionError(`key ${keyId} is not configured`);
      if (ciphertext.length < IV_BYTES + TAG_BYTES) throw new TokenDecryptionError('ciphertext too short');
      const decipher = createDecipheriv('aes-256-gcm', key, ciphertext.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
      decipher.setAAD(associatedData(rowId, purpose));
      decipher.setAuthTag(ciphertext.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(ciphertext.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new TokenDecryptionError('authentication failed (wrong key, row or purpose, or tampered data)');
      }
    },
  };
}

/** Keys from TOKEN_ENCRYPTION_KEYS, or one generated into DATA_DIR on first start. */
export async function loadTokenCipher(config: Config): Promise<TokenCipher> {
  if (config.TOKEN_ENCRYPTION_KEYS) {
    return createTokenCipher(
      config.TOKEN_ENCRYPTION_KEYS.split(',').map((entry) => {
        const [id, key] = entry.split(':') as [string, string];
        return { id, key: Buffer.from(key, 'base64') };
      }),
    );
  }
  return createTokenCipher([{ id: 'local', key: await dataDirSecret(config.DATA_DIR, 'token-encryption.key') }]);
}
