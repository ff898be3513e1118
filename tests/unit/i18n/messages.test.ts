import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { AppError } from '@/lib/errors';
import { failureText, shapeMessageText } from '@/lib/i18n/messages';
import { SHAPE_MESSAGES } from '@/lib/model/profile';

/** The browser's catalogue, standing in: a key and its substitutions, as the page would get them. */
beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, substitutions?: string | string[]) => `${key}${substitutions ? `(${[substitutions].flat().join(',')})` : ''}`);
});

describe('schema messages in the person’s words', () => {
  it.each([
    ['required', 'validation_required'],
    ['tooLong:100', 'validation_tooLong(100)'],
    ['tooMany:20', 'validation_tooMany(20)'],
  ])('%s is the catalogue’s %s', (message, sentence) => {
    expect(shapeMessageText(message)).toBe(sentence);
  });

  it('passes zod’s own text through and leaves no message as none', () => {
    expect(shapeMessageText('Invalid input')).toBe('Invalid input');
    expect(shapeMessageText(undefined)).toBeUndefined();
  });

  it.each(['zh_CN', 'en'])('the %s catalogue has a sentence for every schema message, bounds included', (locale) => {
    const catalogue = readFileSync(`lib/i18n/locales/${locale}.yml`, 'utf8');
    const block = catalogue.slice(catalogue.indexOf('\nvalidation:'), catalogue.indexOf('\nerror:'));
    for (const key of Object.values(SHAPE_MESSAGES)) expect(block).toMatch(new RegExp(`\\n  ${key}: .+`));
    expect(block).toMatch(/tooLong: .*\$1/);
    expect(block).toMatch(/tooMany: .*\$1/);
  });
});

describe('the browser’s storage full', () => {
  it.each<[string, unknown]>([
    ['IndexedDB’s own error', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    ['as Dexie names it', new Dexie.QuotaExceededError('quota')],
    ['inside the transaction Dexie aborted', Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('quota', 'QuotaExceededError') })],
  ])('%s reaches the person as what to do, not as an internal error', (_, error) => {
    expect(AppError.from(error).code).toBe('storage-full');
    expect(failureText(error)).toBe('error_storageFull');
  });

  it('anything else stays an internal error with its message', () => {
    expect(AppError.from(new TypeError('x is undefined'))).toMatchObject({ code: 'internal', message: 'x is undefined' });
  });
});
