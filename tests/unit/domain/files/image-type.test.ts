import { describe, expect, it } from 'vitest';
import { checkLogo, isLogoRefusal, LOGO_MAX_BYTES, sniffImageType } from '@/lib/domain/files/image-type';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const WEBP = new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ');
const text = (value: string) => new TextEncoder().encode(value);

describe('sniffImageType', () => {
  it('recognises PNG, JPEG and WebP by their first bytes', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(JPEG)).toBe('image/jpeg');
    expect(sniffImageType(WEBP)).toBe('image/webp');
  });

  it('refuses SVG, text, a truncated signature and RIFF files that are not WebP', () => {
    expect(sniffImageType(text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffImageType(text('bonjour'))).toBeNull();
    expect(sniffImageType(PNG.slice(0, 7))).toBeNull();
    expect(sniffImageType(text('RIFF\u0000\u0000\u0000\u0000WAVEfmt '))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});

describe('checkLogo', () => {
  it('accepts an image up to 500 kB and names its real type', () => {
    const big = new Uint8Array(LOGO_MAX_BYTES);
    big.set(PNG);
    expect(checkLogo(big)).toEqual({ ok: true, type: 'image/png' });
  });

  it('refuses an empty file, a file over 500 kB and a non-image', () => {
    expect(checkLogo(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    const tooBig = new Uint8Array(LOGO_MAX_BYTES + 1);
    tooBig.set(PNG);
    expect(checkLogo(tooBig)).toEqual({ ok: false, reason: 'too-large' });
    expect(checkLogo(text('pas une image'))).toEqual({ ok: false, reason: 'type' });
  });

  it('knows its refusal codes only', () => {
    expect(isLogoRefusal('type')).toBe(true);
    expect(isLogoRefusal('toString')).toBe(false);
    expect(isLogoRefusal(3)).toBe(false);
  });
});
