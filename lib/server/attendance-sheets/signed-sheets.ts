import 'server-only';
import { z } from 'zod';
import { formatDateTime, formatDay } from '@/lib/domain/dates';
import {
  checkSignedSheet,
  SIGNED_SHEET_EXTENSIONS,
  SIGNED_SHEET_MAX_BYTES,
  SIGNED_SHEET_REFUSALS,
  type SignedSheetRefusal,
  type SignedSheetType,
} from '@/lib/domain/files/signed-sheet';
import { HALF_DAY_LABELS, isHalfDay, type HalfDay } from '@/lib/domain/registrations/attendance-sheet';
import { slugify } from '@/lib/domain/text/slug';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { notFound, SafeError } from '@/lib/server/errors';
import { readMultipartForm } from '@/lib/server/multipart';
import { listEventDays } from '@/lib/server/participants/event-day';

// Signed sheets are stored in PostgreSQL, like partner logos: the app instances share no disk.

const SHEET = 'Cette feuille signée';

/** The name shown in the list: the sender's file name, without paths or control characters. */
function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 120);
  return clean.length > 0 ? clean : 'feuille signée';
}

export type StoredSheet = { id: string } | { refusal: SignedSheetRefusal };

/**
 * Reads the form (`fichier`, `jour`, optional `demiJournee`) and keeps the file when it is a PDF,
 * JPEG or PNG of at most 10 MB for a day of the event. A refusal writes nothing.
 */
export async function storeSignedSheet(request: Request, eventId: string, uploadedBy: string): Promise<StoredSheet> {
  // An oversized body is refused while it arrives; the multipart envelope and the fields add a little.
  const form = await readMultipartForm(request, { maxBytes: SIGNED_SHEET_MAX_BYTES + 64 * 1024, tooLarge: SIGNED_SHEET_REFUSALS['too-large'] }).catch(
    (error: unknown) => {
      if (error instanceof SafeError && error.code === 'too-large') return null;
      throw error;
    },
  );
  if (!form) return { refusal: 'too-large' };
  const day = form.get('jour');
  const halfDayField = form.get('demiJournee');
  const halfDay: HalfDay | null = isHalfDay(halfDayField) ? halfDayField : null;
  if (typeof day !== 'string' || !(await listEventDays(db(), eventId)).includes(day)) return { refusal: 'day' };
  if (halfDayField !== null && halfDayField !== '' && halfDay === null) return { refusal: 'day' };
  const file = form.get('fichier');
  if (!(file instanceof File)) return { refusal: 'empty' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkSignedSheet(bytes);
  if (!check.ok) return { refusal: check.reason };
  const row = await db().signedSheet.create({
    data: { eventId, date: day, halfDay, fileName: displayName(file.name), contentType: check.type, size: bytes.length, content: bytes, uploadedBy },
    select: { id: true },
  });
  return { id: row.id };
}

export async function deleteSignedSheet(eventId: string, sheetId: string): Promise<void> {
  const { count } = await db().signedSheet.deleteMany({ where: { id: sheetId, eventId } });
  if (count === 0) throw notFound(SHEET);
}

function extensionOf(type: string): string {
  return SIGNED_SHEET_EXTENSIONS[type as SignedSheetType] ?? 'bin';
}

/** The name a signed sheet gets in a download or in the proof pack: ours, never the sender's. */
export function signedSheetFileName(sheet: { date: string; halfDay: string | null; contentType: string }, index: number, title: string): string {
  const half = isHalfDay(sheet.halfDay) ? `-${sheet.halfDay}` : '';
  return `emargement-signe-${slugify(title)}-${sheet.date}${half}-${index}.${extensionOf(sheet.contentType)}`;
}

/** One signed sheet's file, for a caller granted read on its event (eventRoute). */
export async function signedSheetResponse(eventId: string, sheetId: string): Promise<Response> {
  if (!z.uuid().safeParse(sheetId).success) throw notFound(SHEET);
  const sheet = await db().signedSheet.findFirst({
    where: { id: sheetId, eventId },
    select: { date: true, halfDay: true, contentType: true, content: true, event: { select: { title: true } } },
  });
  if (!sheet) throw notFound(SHEET);
  return new Response(new Uint8Array(sheet.content), {
    headers: {
      'Content-Type': sheet.contentType,
      'Content-Disposition': `attachment; filename="${signedSheetFileName(sheet, 1, sheet.event.title)}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export type SignedSheetRow = { id: string; date: string; dayLabel: string; fileName: string; kind: string; size: string; uploadedBy: string; uploadedAt: string };

const KIND_LABELS: Record<SignedSheetType, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} ko`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} Mo`;
}

/** The signed sheets of an event, by day then upload time (the files themselves stay in the database). */
export async function listSignedSheets(eventId: string): Promise<SignedSheetRow[]> {
  await requireEventPermission(eventId, 'event.read');
  const sheets = await db().signedSheet.findMany({
    where: { eventId },
    orderBy: [{ date: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, date: true, halfDay: true, fileName: true, contentType: true, size: true, uploadedBy: true, createdAt: true },
  });
  return sheets.map((sheet) => ({
    id: sheet.id,
    date: sheet.date,
    dayLabel: [formatDay(sheet.date), isHalfDay(sheet.halfDay) ? HALF_DAY_LABELS[sheet.halfDay].toLowerCase() : null].filter(Boolean).join(', '),
    fileName: sheet.fileName,
    kind: KIND_LABELS[sheet.contentType as SignedSheetType] ?? sheet.contentType,
    size: sizeLabel(sheet.size),
    uploadedBy: sheet.uploadedBy,
    uploadedAt: formatDateTime(sheet.createdAt),
  }));
}
