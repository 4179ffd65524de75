import 'server-only';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/*
 * An XLSX is a ZIP archive: 400 kB of deflated whitespace become 400 MB of XML that exceljs would
 * inflate in memory and parse on the event loop (a « decompression bomb »). Before exceljs sees
 * it, the archive's central directory is read (sizes as declared, nothing inflated) and refused
 * when it declares too much; then every entry is inflated as a stream, without being kept, that
 * stops as soon as it goes past its declared size: a header that lies about a size is caught
 * within the size it declared.
 */

export const ZIP_LIMITS = {
  /** Registrations deflate about tenfold (10 000 rows: 400 kB, 4 MB of XML): a 2 MB upload holds some 20 MB. */
  unzippedBytes: 50 * 1024 * 1024,
  /** A workbook holds a few dozen parts; a thousand is no longer a spreadsheet. */
  entries: 1000,
} as const;

export type ZipCheck = 'ok' | 'too-big' | 'unreadable';
type Limits = { unzippedBytes: number; entries: number };

class TooBig extends Error {}

const open = (bytes: Uint8Array) =>
  new Promise<ZipFile>((resolve, reject) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: false }, (error, zipfile) => (error ? reject(error) : resolve(zipfile)));
  });

/** Inflates one entry without keeping it, and fails as soon as it goes past `budget` bytes. */
const drain = (zipfile: ZipFile, entry: Entry, budget: number) =>
  new Promise<number>((resolve, reject) => {
    zipfile.openReadStream(entry, (error, stream: Readable) => {
      if (error) return reject(error);
      let count = 0;
      stream.on('data', (chunk: Buffer) => {
        count += chunk.length;
        if (count > budget) stream.destroy(new TooBig());
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(count));
    });
  });

async function walk(zipfile: ZipFile, limits: Limits): Promise<void> {
  if (zipfile.entryCount > limits.entries) throw new TooBig();
  let declared = 0;
  let inflated = 0;
  const entries: Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zipfile.on('entry', (entry: Entry) => {
      declared += entry.uncompressedSize;
      if (declared > limits.unzippedBytes) return reject(new TooBig());
      entries.push(entry);
      zipfile.readEntry();
    });
    zipfile.on('end', resolve);
    zipfile.on('error', reject);
    zipfile.readEntry();
  });
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    inflated += await drain(zipfile, entry, Math.min(entry.uncompressedSize, limits.unzippedBytes - inflated));
  }
}

/** Whether exceljs may inflate this archive: every declared and actual size within the limits. */
export async function checkZipSizes(bytes: Uint8Array, limits: Limits = ZIP_LIMITS): Promise<ZipCheck> {
  let zipfile: ZipFile | null = null;
  try {
    zipfile = await open(bytes);
    await walk(zipfile, limits);
    return 'ok';
  } catch (error) {
    return error instanceof TooBig ? 'too-big' : 'unreadable';
  } finally {
    zipfile?.close();
  }
}
