// Partner logos are shown on public pages: the stored type must be what the bytes really are, not
// what the browser declared. Only raster formats: an SVG can carry scripts.

export const LOGO_MAX_BYTES = 500 * 1024;

export type LogoImageType = 'image/png' | 'image/jpeg' | 'image/webp';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, expected: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + expected.length && expected.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The image type the first bytes reveal, or `null` when they are not PNG, JPEG or WebP. */
export function sniffImageType(bytes: Uint8Array): LogoImageType | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

export type LogoCheck = { ok: true; type: LogoImageType } | { ok: false; reason: LogoRefusal };
export type LogoRefusal = 'empty' | 'too-large' | 'type';

export const LOGO_REFUSALS: Record<LogoRefusal, string> = {
  empty: 'Choisissez un fichier image pour le logo.',
  'too-large': 'Le logo dépasse 500 ko : réduisez-le avant de l’envoyer.',
  type: 'Le logo doit être une image PNG, JPEG ou WebP (les SVG sont refusés).',
};

/** Whether these bytes can be stored as a logo, and with which type. */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, reason: 'too-large' };
  const type = sniffImageType(bytes);
  return type ? { ok: true, type } : { ok: false, reason: 'type' };
}

export function isLogoRefusal(value: unknown): value is LogoRefusal {
  return typeof value === 'string' && Object.hasOwn(LOGO_REFUSALS, value);
}
