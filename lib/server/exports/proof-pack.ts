import 'server-only';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import type { BilanSnapshot } from '@/lib/domain/bilan/types';
import { formatDate, formatDay } from '@/lib/domain/dates';
import { formatPercent, plural } from '@/lib/domain/format/french';
import { HALF_DAY_LABELS, isHalfDay } from '@/lib/domain/registrations/attendance-sheet';
import { slugify } from '@/lib/domain/text/slug';
import { signedSheetFileName } from '@/lib/server/attendance-sheets/signed-sheets';
import type { BilanVersionRead } from '@/lib/server/bilan-access';
import { db } from '@/lib/server/db';
import { readProgrammeState } from '@/lib/server/queries/programme';
import { writeCsv, type CsvCell } from '@/lib/server/spreadsheets/write-csv';
import { bilanCerfaCsv } from './bilan-csv';
import { loadBilanLogos } from './bilan-download';
import { renderBilanPdf } from './bilan-pdf';
import { renderProgrammePdf } from './programme-pdf';

/*
 * The proof pack a funder asks for, as one ZIP built from a validated bilan version: the bilan PDF and
 * the Cerfa compte rendu financier of that version, the attendance per day and the number of
 * attestations as that version states them, the programme, and the signed attendance sheets kept with
 * the event. Organisers, the funders the version is shared with and the holders of a live link all get
 * the same pack: each generator is the one the bilan page already uses.
 */

const SHEETS_FOLDER = 'feuilles-signees';
const FILES = {
  readme: 'LISEZMOI.txt',
  attendance: 'presences-par-journee.csv',
  cerfa: 'compte-rendu-financier-cerfa.csv',
  programme: 'programme.pdf',
} as const;

/** The attendance per day of the version, one line per day (through the one CSV writer). */
export function attendanceSummaryCsv(snapshot: BilanSnapshot): string {
  const { perDay, participants } = snapshot.quantitative;
  const rows: CsvCell[][] = perDay.map((day) => [formatDay(day.day), day.expected, day.present, day.walkIns, day.excused, day.noShow, day.noShowRate === null ? '' : formatPercent(day.noShowRate)]);
  rows.push(['Personnes distinctes présentes au moins une journée', null, participants.total, participants.walkIns, null, null, '']);
  return writeCsv(['Journée', 'Attendu·es', 'Présent·es', 'Dont venu·es sur place', 'Excusé·es', 'Absent·es non excusé·es', 'Taux de no-show'], rows);
}

type SheetEntry = { id: string; date: string; halfDay: string | null; contentType: string; size: number };

function readme(version: BilanVersionRead, sheets: readonly { name: string; sheet: SheetEntry }[], bilanFile: string): string {
  const s = version.snapshot;
  const attestations = s.quantitative.participants.total;
  const lines = [
    `Dossier de preuves — ${s.introduction.title}`,
    `Bilan validé : version ${version.number} du ${formatDate(version.validatedAt)}`,
    `Dossier produit par Trame le ${formatDate(new Date())}`,
    '',
    'Contenu',
    `- ${bilanFile} : le bilan validé (version ${version.number}).`,
    `- ${FILES.cerfa} : le compte rendu financier (Cerfa n° 15059), tableau des charges et des produits de cette version.`,
    `- ${FILES.attendance} : les présences de chaque journée (attendu·es, présent·es, venu·es sur place, excusé·es, absent·es) telles que le bilan validé les donne.`,
    `- ${FILES.programme} : le programme de l’événement.`,
    sheets.length === 0
      ? `- ${SHEETS_FOLDER}/ : aucune feuille d’émargement signée n’a été déposée.`
      : `- ${SHEETS_FOLDER}/ : ${plural(sheets.length, { one: 'feuille d’émargement signée', other: 'feuilles d’émargement signées' })} :`,
    ...sheets.map(({ name, sheet }) => `    ${name} (${formatDay(sheet.date)}${isHalfDay(sheet.halfDay) ? `, ${HALF_DAY_LABELS[sheet.halfDay].toLowerCase()}` : ''})`),
    '',
    `Attestations de présence : ${plural(attestations, { one: 'attestation', other: 'attestations' })}, une par personne présente au moins une journée (intervenant·es non compté·es).`,
    '',
  ];
  return lines.join('\r\n');
}

/** The ZIP of a validated version, streamed: the signed scans are read from the database one at a time. */
export async function proofPackResponse(version: BilanVersionRead): Promise<Response> {
  const title = version.snapshot.introduction.title;
  const [logos, programme, sheetRows] = await Promise.all([
    loadBilanLogos(version.eventId),
    readProgrammeState(db(), version.eventId),
    db().signedSheet.findMany({
      where: { eventId: version.eventId },
      orderBy: [{ date: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, date: true, halfDay: true, contentType: true, size: true },
    }),
  ]);
  const [bilanPdf, programmePdf] = await Promise.all([
    renderBilanPdf(version.snapshot, { versionNumber: version.number, validatedAt: version.validatedAt, logos }),
    renderProgrammePdf({ ...programme, conflicts: [], permissions: { edit: false, publish: false, emails: false } }),
  ]);
  const bilanFile = `bilan-${slugify(title)}-v${version.number}.pdf`;
  const sheets = sheetRows.map((sheet, index) => ({ sheet, name: signedSheetFileName(sheet, index + 1, title) }));

  const zip = new yazl.ZipFile();
  const mtime = version.validatedAt;
  const text = (content: string, name: string) => zip.addBuffer(Buffer.from(content, 'utf8'), name, { mtime });
  text(readme(version, sheets, bilanFile), FILES.readme);
  zip.addBuffer(bilanPdf, bilanFile, { mtime, compress: false });
  text(bilanCerfaCsv(version.snapshot), FILES.cerfa);
  text(attendanceSummaryCsv(version.snapshot), FILES.attendance);
  zip.addBuffer(programmePdf, FILES.programme, { mtime, compress: false });
  for (const { sheet, name } of sheets) {
    zip.addReadStreamLazy(`${SHEETS_FOLDER}/${name}`, { mtime, size: sheet.size, compress: false }, (callback) => {
      db()
        .signedSheet.findUniqueOrThrow({ where: { id: sheet.id }, select: { content: true } })
        .then((row) => callback(null, Readable.from([Buffer.from(row.content)])))
        .catch((error: unknown) => callback(error, Readable.from([])));
    });
  }
  const output = zip.outputStream as Readable;
  // A scan that cannot be read mid-way ends the download with an error (an unhandled one would stop the process).
  zip.on('error', (error: unknown) => {
    console.error(error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  zip.end();
  const body = Readable.toWeb(output) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="dossier-preuves-${slugify(title)}-v${version.number}.zip"`,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
}
