import { describe, expect, it } from 'vitest';
import { checkSignedSheet, SIGNED_SHEET_MAX_BYTES } from '@/lib/domain/files/signed-sheet';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0);
function oversized() {
  const big = new Uint8Array(SIGNED_SHEET_MAX_BYTES + 1);
  big.set(ascii('%PDF-1.7'));
  return big;
}

describe('signed sheet check', () => {
  it.each<[string, Uint8Array, ReturnType<typeof checkSignedSheet>]>([
    ['a PDF', ascii('%PDF-1.7\n%âãÏÓ\n'), { ok: true, type: 'application/pdf' }],
    ['a JPEG photo', JPEG, { ok: true, type: 'image/jpeg' }],
    ['a PNG scan', PNG, { ok: true, type: 'image/png' }],
    ['a WebP image', ascii('RIFF\0\0\0\0WEBPVP8 '), { ok: false, reason: 'type' }],
    ['an HTML page mentioning %PDF- further on', ascii('<html><body>%PDF-1.7</body></html>'), { ok: false, reason: 'type' }],
    ['a text file', ascii('Feuille signée'), { ok: false, reason: 'type' }],
    ['an empty file', new Uint8Array(), { ok: false, reason: 'empty' }],
    ['a PDF over 10 MB', oversized(), { ok: false, reason: 'too-large' }],
  ])('%s', (_what, input, expected) => {
    expect(checkSignedSheet(input)).toEqual(expected);
  });

  it('accepts a file of exactly 10 MB', () => {
    const limit = new Uint8Array(SIGNED_SHEET_MAX_BYTES);
    limit.set(ascii('%PDF-1.4'));
    expect(checkSignedSheet(limit)).toEqual({ ok: true, type: 'application/pdf' });
  });
});
