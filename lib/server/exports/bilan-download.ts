import 'server-only';
import { slugify } from '@/lib/domain/text/slug';
import type { BilanVersionRead } from '@/lib/server/bilan-access';
import { db } from '@/lib/server/db';
import { bilanBudgetCsv, bilanCerfaCsv, bilanOutsideCsv } from './bilan-csv';
import { renderBilanPdf, type BilanLogo } from './bilan-pdf';
import { bilanXlsx } from './bilan-xlsx';

export const BILAN_FILE_KINDS = ['pdf', 'xlsx', 'csv', 'cerfa', 'hors-trame'] as const;
export type BilanFileKind = (typeof BILAN_FILE_KINDS)[number];

const MAX_LOGOS = 6;

/*
 * Organisations have no logo in Trame: the cover shows the event's partner logos (the public page
 * shows the same ones). react-pdf reads PNG and JPEG only, so a WebP logo is left out.
 */
export async function loadBilanLogos(eventId: string): Promise<BilanLogo[]> {
  const partners = await db().partner.findMany({
    where: { eventId, logo: { not: null }, logoType: { in: ['image/png', 'image/jpeg'] } },
    orderBy: { position: 'asc' },
    take: MAX_LOGOS,
    select: { name: true, logo: true, logoType: true },
  });
  return partners.flatMap((p) => (p.logo ? [{ name: p.name, data: Buffer.from(p.logo), format: p.logoType === 'image/png' ? ('png' as const) : ('jpg' as const) }] : []));
}

async function render(kind: BilanFileKind, version: BilanVersionRead): Promise<{ body: BodyInit; type: string; extension: string; suffix: string }> {
  switch (kind) {
    case 'pdf': {
      const pdf = await renderBilanPdf(version.snapshot, { versionNumber: version.number, validatedAt: version.validatedAt, logos: await loadBilanLogos(version.eventId) });
      return { body: new Uint8Array(pdf), type: 'application/pdf', extension: 'pdf', suffix: '' };
    }
    case 'xlsx': {
      const xlsx = await bilanXlsx(version.snapshot, { number: version.number, validatedAt: version.validatedAt });
      return { body: new Uint8Array(xlsx), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', suffix: '' };
    }
    case 'csv':
      return { body: bilanBudgetCsv(version.snapshot), type: 'text/csv; charset=utf-8', extension: 'csv', suffix: '-budget' };
    case 'cerfa':
      return { body: bilanCerfaCsv(version.snapshot), type: 'text/csv; charset=utf-8', extension: 'csv', suffix: '-compte-rendu-financier' };
    case 'hors-trame':
      return { body: bilanOutsideCsv(version.snapshot), type: 'text/csv; charset=utf-8', extension: 'csv', suffix: '-resultats-hors-trame' };
  }
}

/** The file of a frozen version, as a download that no shared cache keeps. */
export async function bilanFileResponse(kind: BilanFileKind, version: BilanVersionRead): Promise<Response> {
  const file = await render(kind, version);
  const name = `bilan-${slugify(version.snapshot.introduction.title)}-v${version.number}${file.suffix}.${file.extension}`;
  return new Response(file.body, {
    headers: {
      'Content-Type': file.type,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
}
