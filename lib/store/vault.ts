import { gcm } from '@noble/ciphers/aes.js';
import * as z from 'zod';
import { AppError } from '../errors';
import { base64ToBytes, bytesToBase64 } from '../model/base64';

/**
 * The keys of an encrypted book (issue 13).
 *
 * A passphrase becomes two keys through PBKDF2-SHA-256 (WebCrypto, at unlock only): one for
 * AES-256-GCM, and one that keyed the search tokens of books stored before v10 (the search now runs
 * over the sealed list's index: lib/store/summaries.ts) — still derived, since the keys a session
 * keeps are stored as both. Sealing and opening are synchronous
 * (@noble/ciphers): awaiting WebCrypto inside an IndexedDB transaction lets the transaction
 * commit early, so the repository's transactions need crypto that does not wait.
 */
export const VAULT_ITERATIONS = 600_000;
/** Ten times ours: the most a vault may ask (a few seconds of PBKDF2 on a slow machine). */
export const VAULT_MAX_ITERATIONS = 6_000_000;
const VERIFIER_TEXT = 'beian-helper/vault/v1';
const NONCE_BYTES = 12;

/** What is stored of a vault (in the book, and in the header of its backups): never the key, only what checks a passphrase against it. */
export const VaultRecordSchema = z.object({
  version: z.literal(1),
  salt: z.base64().max(88),
  /** Bounded: a backup's header names its own count, and a hostile file must not make the unlock run for hours. */
  iterations: z.number().int().min(1).max(VAULT_MAX_ITERATIONS),
  /** The verifier text sealed with the key: a passphrase that opens it is the right one. */
  verifier: z.base64().max(200),
});
export type VaultRecord = z.infer<typeof VaultRecordSchema>;

export interface VaultKeys {
  encryption: Uint8Array;
  search: Uint8Array;
}

const toBase64 = bytesToBase64;
const fromBase64 = base64ToBytes;

async function deriveKeys(passphrase: string, salt: Uint8Array, iterations: number): Promise<VaultKeys> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, 512));
  return { encryption: bits.slice(0, 32), search: bits.slice(32) };
}

/** Bytes sealed under the key: a fresh 12-byte nonce, then the ciphertext with its tag. */
export function sealBytes(keys: VaultKeys, plain: Uint8Array, bound?: Uint8Array): Uint8Array {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = gcm(keys.encryption, nonce, bound).encrypt(plain);
  const out = new Uint8Array(NONCE_BYTES + sealed.length);
  out.set(nonce);
  out.set(sealed, NONCE_BYTES);
  return out;
}

const webKeys = new WeakMap<VaultKeys, Promise<CryptoKey>>();
/** The key as WebCrypto holds it, imported once per set of keys. */
export function webKeyOf(keys: VaultKeys): Promise<CryptoKey> {
  let key = webKeys.get(keys);
  if (!key) {
    key = crypto.subtle.importKey('raw', keys.encryption as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);
    webKeys.set(keys, key);
  }
  return key;
}

/**
 * `sealBytes` by WebCrypto: the same format, several times faster for a scan, and asynchronous —
 * so never inside an IndexedDB transaction, which commits while it waits.
 */
export async function sealBytesAsync(keys: VaultKeys, plain: Uint8Array, bound?: Uint8Array): Promise<Uint8Array> {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, ...(bound ? { additionalData: bound as BufferSource } : {}) }, await webKeyOf(keys), plain as BufferSource));
  const out = new Uint8Array(NONCE_BYTES + sealed.length);
  out.set(nonce);
  out.set(sealed, NONCE_BYTES);
  return out;
}

/** The bytes sealed by `sealBytes`; a wrong key, altered bytes or other `bound` data (authenticated, not stored) throw. */
export function openBytes(keys: VaultKeys, sealed: Uint8Array, bound?: Uint8Array): Uint8Array {
  return gcm(keys.encryption, sealed.subarray(0, NONCE_BYTES), bound).decrypt(sealed.subarray(NONCE_BYTES));
}

export const keysToText = (keys: VaultKeys) => toBase64(new Uint8Array([...keys.encryption, ...keys.search]));
export function keysFromText(text: string): VaultKeys {
  const bits = fromBase64(text);
  return { encryption: bits.slice(0, 32), search: bits.slice(32) };
}

const bytesOf = (text: string | undefined) => (text === undefined ? undefined : new TextEncoder().encode(text));
/** Text sealed under the key; `bound`, when given, is authenticated with it (where the text belongs) and must be given again to open it. */
export const sealText = (keys: VaultKeys, text: string, bound?: string) => toBase64(sealBytes(keys, new TextEncoder().encode(text), bytesOf(bound)));
/** `openBytes` by WebCrypto: a wrong key, altered bytes or other `bound` data reject. */
export async function openBytesAsync(keys: VaultKeys, sealed: Uint8Array, bound?: Uint8Array): Promise<Uint8Array> {
  const iv = sealed.subarray(0, NONCE_BYTES) as BufferSource;
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, ...(bound ? { additionalData: bound as BufferSource } : {}) }, await webKeyOf(keys), sealed.subarray(NONCE_BYTES) as BufferSource));
}

/** `openText` by WebCrypto (`openBytesAsync`). */
export const openTextAsync = async (keys: VaultKeys, sealed: string, bound?: string) => new TextDecoder().decode(await openBytesAsync(keys, fromBase64(sealed), bytesOf(bound)));

/** `sealText` by WebCrypto (`sealBytesAsync`). */
export const sealTextAsync = async (keys: VaultKeys, text: string, bound?: string) => toBase64(await sealBytesAsync(keys, new TextEncoder().encode(text), bytesOf(bound)));
export const openText = (keys: VaultKeys, sealed: string, bound?: string) => new TextDecoder().decode(openBytes(keys, fromBase64(sealed), bytesOf(bound)));

/** A new vault for a passphrase: what to store, and the keys for this session. */
export async function createVault(passphrase: string, iterations: number = VAULT_ITERATIONS): Promise<{ record: VaultRecord; keys: VaultKeys }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const keys = await deriveKeys(passphrase, salt, iterations);
  return { record: { version: 1, salt: toBase64(salt), iterations, verifier: sealText(keys, VERIFIER_TEXT) }, keys };
}

/** The keys, if the passphrase is the vault's; a wrong one is an AppError and touches nothing. */
export async function unlockVault(record: VaultRecord, passphrase: string): Promise<VaultKeys> {
  const checked = VaultRecordSchema.safeParse(record);
  if (!checked.success) throw AppError.fromZod('invalid-request', checked.error);
  const keys = await deriveKeys(passphrase, fromBase64(record.salt), record.iterations);
  let verified = false;
  try {
    verified = openText(keys, record.verifier) === VERIFIER_TEXT;
  } catch {
    verified = false;
  }
  if (!verified) throw new AppError('wrong-passphrase', 'wrong passphrase');
  return keys;
}
