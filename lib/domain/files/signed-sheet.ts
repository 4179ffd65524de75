import { sniffImageType } from './image-type';

/*
 * A signed attendance sheet sent back as a scan: a PDF, or a photo (JPEG or PNG). The stored type is
 * what the bytes are, never what the browser declared; the limit keeps a phone photo of a page
 * (2 to 6 MB) and a multi-page scan well in, without letting the database swell.
 */

export const SIGNED_SHEET_MAX_BYTES = 10 * 1024 * 1024;

export type SignedSheetType = 'application/pdf' | 'image/jpeg' | 'image/png';

export const SIGNED_SHEET_EXTENSIONS: Record<SignedSheetType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** A PDF starts with `%PDF-`: a file that merely contains it further on is refused. */
function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= PDF_SIGNATURE.length && PDF_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** The type the bytes reveal, or `null` when they are neither a PDF, nor a JPEG, nor a PNG. */
export function sniffSignedSheetType(bytes: Uint8Array): SignedSheetType | null {
  if (isPdf(bytes)) return 'application/pdf';
  const image = sniffImageType(bytes);
  return image === 'image/jpeg' || image === 'image/png' ? image : null;
}

export type SignedSheetRefusal = 'empty' | 'too-large' | 'type' | 'day';

export const SIGNED_SHEET_REFUSALS: Record<SignedSheetRefusal, string> = {
  empty: 'Choisissez le fichier de la feuille signée (PDF, JPEG ou PNG).',
  'too-large': 'Le fichier dépasse 10 Mo : numérisez la feuille en qualité moindre ou envoyez-la en plusieurs fichiers.',
  type: 'Le fichier doit être un PDF, une photo JPEG ou une image PNG : ce fichier n’en est pas un.',
  day: 'Choisissez une journée de l’événement pour cette feuille.',
};

export function isSignedSheetRefusal(value: unknown): value is SignedSheetRefusal {
  return typeof value === 'string' && Object.hasOwn(SIGNED_SHEET_REFUSALS, value);
}

export type SignedSheetCheck = { ok: true; type: SignedSheetType } | { ok: false; reason: SignedSheetRefusal };

/** Whether these bytes can be kept as a signed sheet, and with which type. */
export function checkSignedSheet(bytes: Uint8Array): SignedSheetCheck {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > SIGNED_SHEET_MAX_BYTES) return { ok: false, reason: 'too-large' };
  const type = sniffSignedSheetType(bytes);
  return type ? { ok: true, type } : { ok: false, reason: 'type' };
}
