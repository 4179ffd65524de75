import 'server-only';
import PDFDocument from 'pdfkit';
import { madeAtLine } from '@/lib/domain/attestations/attestation-text';
import { DAY_PORTION_LABELS, formatCertificateDays, formatCertificateHours } from '@/lib/domain/attestations/certificate-hours';
import { formatDayTitle } from '@/lib/domain/dates';
import { pdfText } from '@/lib/domain/format/french';
import type { AttestationEvent, AttestationLogo, AttestationPerson, Signatory } from '@/lib/server/attestations/load';

/*
 * One attestation de présence, on one A4 page: partners' logos, the event and its organisers, the
 * person, a table of the days attended (portion and time of each, totals), the place and date of
 * issue, and the signatory's block with room for a signature and a stamp.
 *
 * Drawn with pdfkit directly (the engine under @react-pdf/renderer, with the same built-in
 * Helvetica): a fixed one-page layout needs no flexbox, and it renders in about 5 ms of CPU instead of
 * about 40, which is what lets the ZIP of 500 attestations stay under 10 s (bench:attestations).
 */

const BRAND = '#1a3f9c';
const INK = '#0f172a';
const MUTED = '#334155';
const A4: [number, number] = [595.28, 841.89];
const MARGIN = { top: 40, bottom: 48, left: 56, right: 56 };
const WIDTH = A4[0] - MARGIN.left - MARGIN.right;
const COLUMNS = [0.45, 0.35, 0.2] as const;
const CELL_PADDING = 5;

export type AttestationInput = { event: AttestationEvent; signatory: Signatory; issuedOn: string; person: AttestationPerson };

/** « A », « A et B », « A, B et C ». */
function organisedBy(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function logos(doc: PDFDocument, items: readonly AttestationLogo[]) {
  let x = MARGIN.left;
  for (const logo of items) {
    doc.image(logo.data, x, MARGIN.top, { fit: [110, 40], align: 'left', valign: 'center' });
    x += 126;
  }
  doc.y = MARGIN.top + (items.length > 0 ? 58 : 10);
}

function tableRow(doc: PDFDocument, cells: readonly string[], style: { bold?: boolean; fill?: string; rule: string; ruleWidth: number }) {
  doc.font(style.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10.5);
  const widths = COLUMNS.map((share) => share * WIDTH - 2 * CELL_PADDING);
  const height = Math.max(...cells.map((cell, i) => doc.heightOfString(pdfText(cell), { width: widths[i] }))) + 2 * CELL_PADDING;
  const top = doc.y;
  if (style.fill) doc.rect(MARGIN.left, top, WIDTH, height).fill(style.fill);
  doc.fillColor(INK);
  let x = MARGIN.left;
  cells.forEach((cell, i) => {
    doc.text(pdfText(cell), x + CELL_PADDING, top + CELL_PADDING, { width: widths[i], align: i === 2 ? 'right' : 'left' });
    x += COLUMNS[i]! * WIDTH;
  });
  doc.lineWidth(style.ruleWidth).strokeColor(style.rule).moveTo(MARGIN.left, top + height).lineTo(MARGIN.left + WIDTH, top + height).stroke();
  doc.x = MARGIN.left;
  doc.y = top + height;
}

function draw(doc: PDFDocument, { event, signatory, issuedOn, person }: AttestationInput) {
  const { certificate } = person;
  const paragraph = (text: string, options: { gap?: number } = {}) => {
    doc.font('Helvetica').fontSize(10.5).fillColor(INK).text(pdfText(text), MARGIN.left, doc.y, { width: WIDTH, lineGap: 3 });
    doc.y += options.gap ?? 8;
  };
  logos(doc, event.logos);
  doc.font('Helvetica-Bold').fontSize(20).fillColor(BRAND).text('Attestation de présence', MARGIN.left, doc.y, { width: WIDTH, align: 'center' });
  doc.y += 4;
  doc.font('Helvetica').fontSize(11).fillColor(MUTED).text(pdfText(event.title), { width: WIDTH, align: 'center' });
  doc.y += 22;
  paragraph(`Je soussigné·e, ${signatory.name}, ${signatory.role} (${signatory.organisation}), atteste que :`, { gap: 6 });
  doc.font('Helvetica-Bold').fontSize(13).fillColor(INK).text(pdfText(person.name), MARGIN.left + 16, doc.y, { width: WIDTH - 16 });
  if (person.organisation) doc.font('Helvetica').fontSize(10.5).text(pdfText(person.organisation), { width: WIDTH - 16 });
  doc.y += 10;
  const where = event.online ? ' à distance' : event.place ? ` à ${event.place}` : '';
  const dates = event.dates.includes('–') ? `du ${event.dates.replace(/\s*–\s*/, ' au ')}` : `le ${event.dates}`;
  paragraph(
    `a participé à l’événement « ${event.title} », organisé par ${organisedBy(event.organisers)}, qui s’est tenu ${dates}${where}, et y a été présent·e ${formatCertificateDays(certificate.halfDays)}, soit ${formatCertificateHours(certificate.minutes)} :`,
    { gap: 8 },
  );
  doc.lineWidth(0.75).strokeColor(BRAND).moveTo(MARGIN.left, doc.y).lineTo(MARGIN.left + WIDTH, doc.y).stroke();
  tableRow(doc, ['Date', 'Présence', 'Durée'], { bold: true, fill: '#e8eefb', rule: BRAND, ruleWidth: 0.75 });
  for (const day of certificate.days) {
    tableRow(doc, [formatDayTitle(day.date), day.portion ? DAY_PORTION_LABELS[day.portion] : 'présence', formatCertificateHours(day.minutes)], { rule: '#cbd5e1', ruleWidth: 0.5 });
  }
  tableRow(doc, ['Total', formatCertificateDays(certificate.halfDays), formatCertificateHours(certificate.minutes)], { bold: true, fill: '#f1f5f9', rule: INK, ruleWidth: 0.75 });
  doc.y += 14;
  paragraph('Cette attestation est délivrée à l’intéressé·e pour servir et valoir ce que de droit.', { gap: 18 });

  const left = MARGIN.left + 250;
  const width = WIDTH - 250;
  doc.font('Helvetica').fontSize(10.5).fillColor(INK).text(pdfText(madeAtLine(event.city, issuedOn)), left, doc.y, { width });
  doc.y += 8;
  doc.font('Helvetica-Bold').text(pdfText(signatory.name), left, doc.y, { width });
  doc.font('Helvetica').text(pdfText(`${capitalised(signatory.role)}, ${signatory.organisation}`), left, doc.y, { width });
  doc.y += 8;
  doc.lineWidth(0.5).strokeColor('#94a3b8').dash(3, { space: 3 }).rect(left, doc.y, width, 70).stroke().undash();

  // The footer sits in the bottom margin: lifting the margin keeps pdfkit from opening a new page.
  doc.page.margins.bottom = 0;
  doc.font('Helvetica').fontSize(8).fillColor('#475569').text('Attestation établie avec Trame d’après le pointage des présences, jour par jour.', MARGIN.left, A4[1] - 32, {
    width: WIDTH,
    align: 'center',
    lineBreak: false,
  });
}

/** The attestation of one person, as PDF bytes. */
export function renderAttestationPdf(input: AttestationInput): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: A4,
      margins: MARGIN,
      compress: true,
      info: { Title: pdfText(`Attestation de présence — ${input.person.name}`), Author: pdfText(input.signatory.organisation), Creator: 'Trame', Producer: 'Trame' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      draw(doc, input);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * The logos pdfkit can draw. An upload is only checked by its first bytes (lib/domain/files): a
 * truncated PNG would fail every attestation, so each logo is opened once per batch and left out
 * (the attestation goes without it) when it cannot be.
 */
export async function drawableLogos(logos: readonly AttestationLogo[]): Promise<AttestationLogo[]> {
  const probe = new PDFDocument({ autoFirstPage: false });
  return logos.filter((logo) => {
    try {
      probe.openImage(logo.data);
      return true;
    } catch {
      return false;
    }
  });
}
