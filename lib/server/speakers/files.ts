import 'server-only';
import {
  canUploadSpeakerFile,
  checkSpeakerFile,
  safeFileName,
  SPEAKER_FILE_REFUSALS,
  SPEAKER_FILE_RULES,
  type SpeakerFileKind,
  type SpeakerFileRefusal,
} from '@/lib/domain/speakers/files';
import { db } from '@/lib/server/db';
import { notFound, SafeError } from '@/lib/server/errors';
import { readMultipartForm } from '@/lib/server/multipart';
import { consumeForm } from '@/lib/server/rate-limit';
import { findSpeakerIdByToken } from '@/lib/server/speakers/links';
import { hashToken } from '@/lib/server/tokens';

// Speakers' photos and slides live in PostgreSQL (SpeakerFile): app instances share the database
// and have no shared disk.

/** The address segment of each kind of file. */
export const SPEAKER_FILE_SEGMENTS = { photo: 'PHOTO', supports: 'SLIDES' } as const satisfies Record<string, SpeakerFileKind>;
export type SpeakerFileSegment = keyof typeof SPEAKER_FILE_SEGMENTS;

const DEFAULT_NAMES: Record<SpeakerFileKind, string> = { PHOTO: 'photo', SLIDES: 'support.pdf' };

/**
 * Stores (or with `_action=supprimer`, removes) the file the speaker sent through their link; returns
 * why it was refused, or null. An unknown or revoked link is "not found".
 */
export async function storeSpeakerFile(request: Request, token: string, kind: SpeakerFileKind, now = new Date()): Promise<SpeakerFileRefusal | null> {
  const speaker = await findSpeakerIdByToken(db(), token);
  if (!speaker) throw notFound('Ce lien');
  // Ten sends an hour per link: a file of 20 MB is not re-sent in a loop.
  await consumeForm(`speaker-file:${hashToken(token)}`);
  const event = await db().event.findUniqueOrThrow({ where: { id: speaker.eventId }, select: { startsAt: true } });
  if (!canUploadSpeakerFile(kind, event, now)) return 'not-yet';
  const rule = SPEAKER_FILE_RULES[kind];
  // An oversized body is refused while it arrives; the multipart envelope adds a little.
  const form = await readMultipartForm(request, { maxBytes: rule.maxBytes + 64 * 1024, tooLarge: SPEAKER_FILE_REFUSALS[kind]['too-large'] }).catch(
    (error: unknown) => {
      if (error instanceof SafeError && error.code === 'too-large') return null;
      throw error;
    },
  );
  if (!form) return 'too-large';
  if (form.get('_action') === 'supprimer') {
    await db().speakerFile.deleteMany({ where: { speakerId: speaker.id, kind } });
    return null;
  }
  const file = form.get(rule.field);
  if (!(file instanceof File)) return 'empty';
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkSpeakerFile(kind, bytes);
  if (!check.ok) return check.reason;
  const data = { bytes, type: check.type, name: safeFileName(file.name, DEFAULT_NAMES[kind]), size: bytes.length, uploadedAt: now };
  await db().speakerFile.upsert({ where: { speakerId_kind: { speakerId: speaker.id, kind } }, create: { speakerId: speaker.id, kind, ...data }, update: data });
  return null;
}

/** A file of a speaker of this event (the caller was granted the event), as a download. */
export async function speakerFileResponse(eventId: string, speakerId: string, kind: SpeakerFileKind): Promise<Response> {
  const file = await db().speakerFile.findFirst({
    where: { speakerId, kind, speaker: { eventId } },
    select: { bytes: true, type: true, name: true },
  });
  if (!file) throw notFound('Ce fichier');
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'Content-Type': file.type,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
