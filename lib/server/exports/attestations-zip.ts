import 'server-only';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { attestationFileName, uniqueFileNames } from '@/lib/domain/attestations/attestation-text';
import type { AttestationBatch } from '@/lib/server/attestations/load';
import { renderAttestationPdf } from '@/lib/server/exports/attestation-pdf';

/*
 * Every attestation of an event in one ZIP, one PDF per person. The archive is streamed: each PDF
 * is added as soon as it is rendered, so the browser's download shows its progress from the first
 * person on and the server never holds the whole archive. PDFs are stored, not deflated (they are
 * compressed already: deflating them again costs time for a few per cent).
 */

export type ZipProgress = (done: number, total: number) => void;

/** The archive as a Node stream; `onProgress` is told after each PDF. */
export function attestationsZip(batch: AttestationBatch, onProgress?: ZipProgress): Readable {
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as Readable;
  const names = uniqueFileNames(batch.people.map((person) => attestationFileName(person.name)));
  const mtime = new Date();
  void (async () => {
    try {
      for (const [index, person] of batch.people.entries()) {
        const pdf = await renderAttestationPdf({ event: batch.event, signatory: batch.signatory, issuedOn: batch.issuedOn, person });
        zip.addBuffer(pdf, names[index]!, { compress: false, mtime });
        onProgress?.(index + 1, batch.people.length);
      }
      zip.end();
    } catch (error) {
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return output;
}

/** The archive for a Response body. */
export function attestationsZipBody(batch: AttestationBatch): ReadableStream<Uint8Array> {
  return Readable.toWeb(attestationsZip(batch)) as ReadableStream<Uint8Array>;
}

/** The whole archive in memory (tests, bench). */
export async function attestationsZipBuffer(batch: AttestationBatch, onProgress?: ZipProgress): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of attestationsZip(batch, onProgress)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
