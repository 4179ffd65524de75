import 'server-only';
import { detect } from 'chardet';
import iconv from 'iconv-lite';

export type DecodedText = { text: string; encoding: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bytes of a CSV file → text. A BOM decides; else bytes that are valid UTF-8 are UTF-8 (a
 * Windows-1252 file with accents almost never is); else chardet may recognise UTF-16 without
 * BOM; everything else is read as Windows-1252, what Excel writes for « CSV (point-virgule) »
 * in France (a superset of ISO-8859-1 for the characters a French file holds: é, œ, €, ’).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, UTF8_BOM)) return { text: buffer.subarray(3).toString('utf8'), encoding: 'UTF-8 (avec BOM)' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'UTF-16' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'UTF-16' };
  if (isValidUtf8(bytes)) return { text: buffer.toString('utf8'), encoding: 'UTF-8' };
  // chardet reads every byte it is given: a sample is enough to tell UTF-16 from the rest.
  const guess = detect(buffer.subarray(0, 64 * 1024));
  if (guess === 'UTF-16LE' || guess === 'UTF-16BE') return { text: iconv.decode(buffer, guess), encoding: 'UTF-16' };
  return { text: iconv.decode(buffer, 'win1252'), encoding: 'Windows-1252' };
}
