import { describe, expect, it } from 'vitest';
import { canUploadSpeakerFile, checkSpeakerFile, safeFileName, type SpeakerFileKind } from '@/lib/domain/speakers/files';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0];
const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0, 0];
const WEBP = [...'RIFF'].map((c) => c.charCodeAt(0)).concat([0, 0, 0, 0], [...'WEBP'].map((c) => c.charCodeAt(0)));
const PDF = [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0));
const SVG = [...'<svg xmlns="http://www.w3.org/2000/svg"/>'].map((c) => c.charCodeAt(0));
const MB = 1024 * 1024;

function padded(head: number[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return bytes;
}

describe('checkSpeakerFile', () => {
  it.each<[SpeakerFileKind, string, string, Uint8Array]>([
    ['PHOTO', 'a PNG', 'image/png', padded(PNG, 1000)],
    ['PHOTO', 'a JPEG', 'image/jpeg', padded(JPEG, 1000)],
    ['PHOTO', 'a JPEG of exactly 2 MB', 'image/jpeg', padded(JPEG, 2 * MB)],
    ['SLIDES', 'a PDF', 'application/pdf', padded(PDF, 1000)],
    ['SLIDES', 'a PDF of exactly 20 MB', 'application/pdf', padded(PDF, 20 * MB)],
  ])('%s: accepts %s as %s', (kind, _what, type, bytes) => {
    expect(checkSpeakerFile(kind, bytes)).toEqual({ ok: true, type });
  });

  it.each<[SpeakerFileKind, string, string, Uint8Array]>([
    ['PHOTO', 'nothing', 'empty', new Uint8Array()],
    ['PHOTO', 'a JPEG over 2 MB', 'too-large', padded(JPEG, 2 * MB + 1)],
    ['PHOTO', 'a WebP (not asked for)', 'type', padded(WEBP, 100)],
    ['PHOTO', 'an SVG', 'type', Uint8Array.from(SVG)],
    ['PHOTO', 'a PDF', 'type', padded(PDF, 100)],
    ['SLIDES', 'a PDF over 20 MB', 'too-large', padded(PDF, 20 * MB + 1)],
    ['SLIDES', 'a PNG renamed .pdf', 'type', padded(PNG, 100)],
    ['SLIDES', 'a text file', 'type', Uint8Array.from([...'hello'].map((c) => c.charCodeAt(0)))],
  ])('%s: refuses %s (%s)', (kind, _what, reason, bytes) => {
    expect(checkSpeakerFile(kind, bytes)).toEqual({ ok: false, reason });
  });
});

describe('canUploadSpeakerFile', () => {
  const event = { startsAt: new Date('2026-06-10T07:00:00Z') };
  it.each<[SpeakerFileKind, string, boolean]>([
    ['PHOTO', '2026-05-01T00:00:00Z', true],
    ['SLIDES', '2026-06-10T06:59:59Z', false],
    ['SLIDES', '2026-06-10T07:00:00Z', true],
    ['SLIDES', '2026-07-01T00:00:00Z', true],
  ])('%s at %s: %s', (kind, now, expected) => {
    expect(canUploadSpeakerFile(kind, event, new Date(now))).toBe(expected);
  });
});

describe('safeFileName', () => {
  it.each([
    ['support.pdf', 'support.pdf'],
    ['C:\\Users\\ana\\Mes slides.pdf', 'Mes slides.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['a"b\r\nc.pdf', 'abc.pdf'],
    ['', 'défaut'],
  ])('%j → %j', (name, expected) => {
    expect(safeFileName(name, 'défaut')).toBe(expected);
  });
});
