import { sniffImageType } from '../files/image-type';

// What a speaker may upload through their personal link. The stored type is what the bytes really
// are, never what the browser declared: a photo is a JPEG or a PNG, slides are a PDF.

export const SPEAKER_FILE_KINDS = ['PHOTO', 'SLIDES'] as const;
export type SpeakerFileKind = (typeof SPEAKER_FILE_KINDS)[number];

export const SPEAKER_FILE_RULES = {
  PHOTO: { maxBytes: 2 * 1024 * 1024, field: 'photo', label: 'photo' },
  SLIDES: { maxBytes: 20 * 1024 * 1024, field: 'supports', label: 'support de présentation' },
} as const satisfies Record<SpeakerFileKind, { maxBytes: number; field: string; label: string }>;

export type SpeakerFileType = 'image/jpeg' | 'image/png' | 'application/pdf';
export type SpeakerFileRefusal = 'empty' | 'too-large' | 'type' | 'not-yet';

export const SPEAKER_FILE_REFUSALS: Record<SpeakerFileKind, Record<SpeakerFileRefusal, string>> = {
  PHOTO: {
    empty: 'Choisissez une photo à envoyer.',
    'too-large': 'La photo dépasse 2 Mo : réduisez-la avant de l’envoyer.',
    type: 'La photo doit être une image JPEG ou PNG.',
    'not-yet': 'La photo ne peut pas être envoyée pour l’instant.',
  },
  SLIDES: {
    empty: 'Choisissez le fichier PDF de votre support.',
    'too-large': 'Le support dépasse 20 Mo : enregistrez-le en PDF plus léger avant de l’envoyer.',
    type: 'Le support doit être un fichier PDF.',
    'not-yet': 'Les supports se déposent à partir du début de l’événement.',
  },
};

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= PDF_SIGNATURE.length && PDF_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** The type these bytes really are, when it is allowed for this kind of file. */
export function sniffSpeakerFile(kind: SpeakerFileKind, bytes: Uint8Array): SpeakerFileType | null {
  if (kind === 'SLIDES') return isPdf(bytes) ? 'application/pdf' : null;
  const image = sniffImageType(bytes);
  return image === 'image/jpeg' || image === 'image/png' ? image : null;
}

export type SpeakerFileCheck = { ok: true; type: SpeakerFileType } | { ok: false; reason: SpeakerFileRefusal };

/** Whether these bytes can be kept as this speaker's photo or slides. */
export function checkSpeakerFile(kind: SpeakerFileKind, bytes: Uint8Array): SpeakerFileCheck {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > SPEAKER_FILE_RULES[kind].maxBytes) return { ok: false, reason: 'too-large' };
  const type = sniffSpeakerFile(kind, bytes);
  return type ? { ok: true, type } : { ok: false, reason: 'type' };
}

/**
 * Slides are collected after the talk: from the start of the event (a two-day event's first-day
 * speakers can share theirs that evening). A photo can be sent at any time.
 */
export function canUploadSpeakerFile(kind: SpeakerFileKind, event: { startsAt: Date }, now: Date): boolean {
  return kind === 'PHOTO' || now.getTime() >= event.startsAt.getTime();
}

export function isSpeakerFileRefusal(value: unknown): value is SpeakerFileRefusal {
  return typeof value === 'string' && Object.hasOwn(SPEAKER_FILE_REFUSALS.PHOTO, value);
}

/** A file name safe to send back in Content-Disposition and to show: no path, no control characters. */
export function safeFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 120);
  return clean === '' ? fallback : clean;
}
