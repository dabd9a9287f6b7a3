// Ids are time-ordered and random, so two windows (or the app and the web bridge) creating
// stories at the same moment never collide, and sorting by id roughly sorts by creation.
// Uses Web Crypto, which both Node 20 and browsers provide as globalThis.crypto.

// shared/ compiles without DOM or Node typings, so name the one Web Crypto function we use.
type WebCrypto = { getRandomValues(array: Uint8Array): Uint8Array };
const webCrypto = () => (globalThis as unknown as { crypto: WebCrypto }).crypto;

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export function newId(prefix: string, now: number = Date.now()): string {
  const time = now.toString(36).padStart(9, '0');
  const bytes = new Uint8Array(10);
  webCrypto().getRandomValues(bytes);
  let random = '';
  for (const b of bytes) random += ALPHABET[b % 36];
  return `${prefix}_${time}${random}`;
}

export const ID_PATTERN = /^[a-z][a-z0-9]{0,15}_[a-z0-9][a-z0-9._-]{0,63}$/;
