import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTokenCipher, TokenDecryptionError } from './token-cipher.js';

const key = (id: string) => ({ id, key: randomBytes(32) });

describe('token cipher', () => {
  const old = key('k1');
  const current = key('k2');
  const cipher = createTokenCipher([current, old]);
  const rowId = randomUUID();

  it('round-trips and never stores the plaintext', () => {
    const sealed = cipher.seal('IGAAcanary-token', rowId, 'access');
    expect(sealed.keyId).toBe('k2');
    expect(sealed.ciphertext.includes(Buffer.from('canary'))).toBe(false);
    expect(cipher.open(sealed, rowId, 'access')).toBe('IGAAcanary-token');
  });

  it('uses a fresh IV for every seal', () => {
    const a = cipher.seal('same', rowId, 'access');
    const b = cipher.seal('same', rowId, 'access');
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
  });

  it('refuses a ciphertext moved to another row or purpose', () => {
    const sealed = cipher.seal('token', rowId, 'access');
    expect(() => cipher.open(sealed, randomUUID(), 'access')).toThrow(TokenDecryptionError);
    expect(() => cipher.open(sealed, rowId, 'refresh')).toThrow(TokenDecryptionError);
  });

  it('refuses tampered data and unknown keys', () => {
    const sealed = cipher.seal('token', rowId, 'access');
    const tampered = Buffer.from(sealed.ciphertext);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => cipher.open({ ...sealed, ciphertext: tampered }, rowId, 'access')).toThrow(TokenDecryptionError);
    expect(() => cipher.open({ ...sealed, keyId: 'k9' }, rowId, 'access')).toThrow(/k9 is not configured/);
  });

  it('decrypts tokens sealed with a retired key after rotation', () => {
    const before = createTokenCipher([old]).seal('older token', rowId, 'access');
    expect(before.keyId).toBe('k1');
    expect(cipher.open(before, rowId, 'access')).toBe('older token');
  });
});
