import { describe, expect, it } from 'vitest';
import { createVault, openBytes, openBytesAsync, openText, openTextAsync, sealBytes, sealBytesAsync, sealText, sealTextAsync, unlockVault, VAULT_ITERATIONS, VAULT_MAX_ITERATIONS, VaultRecordSchema } from '@/lib/store/vault';

/** Fewer iterations than the product's, so the suite stays quick; one test derives at the real count. */
const QUICK = 1_000;

describe('the vault of an encrypted book', () => {
  it('derives its keys with at least 600,000 PBKDF2 iterations, and unlocks with the same passphrase', async () => {
    const { record, keys } = await createVault('正确的口令 2026', VAULT_ITERATIONS);
    expect(record.iterations).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify(record)).not.toContain('正确的口令');
    const again = await unlockVault(record, '正确的口令 2026');
    expect(openText(again, sealText(keys, '330106198503121231'))).toBe('330106198503121231');
  }, 30_000);

  it('refuses a wrong passphrase with an error, and nothing opens with its keys', async () => {
    const { record, keys } = await createVault('right', QUICK);
    await expect(unlockVault(record, 'wrong')).rejects.toMatchObject({ code: 'wrong-passphrase', message: 'wrong passphrase' });
    const sealed = sealText(keys, '13857112345');
    const other = (await createVault('other', QUICK)).keys;
    expect(() => openText(other, sealed)).toThrow();
  });

  it('refuses, before deriving anything, a vault asking more iterations than a few seconds’ worth (a hostile backup header)', async () => {
    const { record } = await createVault('right', QUICK);
    // Refused, not derived: at 10^12 iterations this test would run for days.
    await expect(unlockVault({ ...record, iterations: 1e12 }, 'right')).rejects.toMatchObject({ code: 'invalid-request', issues: [{ path: ['iterations'] }] });
    expect(VaultRecordSchema.safeParse({ ...record, iterations: VAULT_MAX_ITERATIONS + 1 }).success).toBe(false);
  });

  it('seals bytes (a scan) with a fresh nonce each time, and finds tampering', async () => {
    const { keys } = await createVault('right', QUICK);
    const scan = crypto.getRandomValues(new Uint8Array(4096));
    const [first, second] = [sealBytes(keys, scan), sealBytes(keys, scan)];
    expect(first).not.toEqual(second);
    expect(openBytes(keys, first)).toEqual(scan);
    first[20] = first[20]! ^ 1;
    expect(() => openBytes(keys, first)).toThrow();
  });

  it('seals and opens the same way by WebCrypto as by noble, bound data included: either opens what the other sealed', async () => {
    const { keys } = await createVault('right', QUICK);
    const scan = crypto.getRandomValues(new Uint8Array(50_000));
    expect(openBytes(keys, await sealBytesAsync(keys, scan))).toEqual(scan);
    expect(await openBytesAsync(keys, sealBytes(keys, scan))).toEqual(scan);
    const line = '{"client":{"id":"c1"}}';
    expect(openText(keys, await sealTextAsync(keys, line, 'file|3'), 'file|3')).toBe(line);
    expect(await openTextAsync(keys, sealText(keys, line, 'file|3'), 'file|3')).toBe(line);
    // Bound to its place: read at another, it does not open, either way.
    await expect(openTextAsync(keys, sealText(keys, line, 'file|3'), 'file|4')).rejects.toThrow();
    const sealed = await sealTextAsync(keys, line);
    expect(() => openText(keys, (sealed[0] === 'A' ? 'B' : 'A') + sealed.slice(1))).toThrow();
  });
});
