import 'server-only';
import iconv from 'iconv-lite';

export type DecodedText = { text: string; encoding: string };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 written without a BOM: every other byte of a Latin text is zero. A sample is enough,
 * and more than a third of zeros on one side tells the byte order.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] === 0) {
      if (index % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  const half = sample.length / 2;
  if (odd > half / 3 && even === 0) return 'utf-16le';
  if (even > half / 3 && odd === 0) return 'utf-16be';
  return null;
}

/**
 * Bytes of a CSV file → text. A BOM decides (UTF-8, UTF-16 LE or BE); else bytes that are valid
 * UTF-8 are UTF-8 (a Windows-1252 file with accents almost never is); else UTF-16 recognised by
 * its zeros; everything else is Windows-1252, what Excel writes for « CSV (point-virgule) » in
 * France. Windows-1252 goes through iconv-lite: Node 20's `TextDecoder('windows-1252')` decodes
 * as Latin-1 and turns €, œ and ’ into control characters.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: buffer.subarray(3).toString('utf8'), encoding: 'UTF-8 (avec BOM)' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'UTF-16' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'UTF-16' };
  const text = utf8(bytes);
  if (text !== null && !text.includes('\u0000')) return { text, encoding: 'UTF-8' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: iconv.decode(buffer, utf16), encoding: 'UTF-16' };
  if (text !== null) return { text, encoding: 'UTF-8' };
  return { text: iconv.decode(buffer, 'win1252'), encoding: 'Windows-1252' };
}
