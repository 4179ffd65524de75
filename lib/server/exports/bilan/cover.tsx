import 'server-only';
import { Image, Link, Text, View } from '@react-pdf/renderer';
import type { BilanSnapshot } from '@/lib/domain/bilan/types';
import { formatDate, formatDateRange } from '@/lib/domain/dates';
import { BRAND, pdfText, styles } from './pdf-kit';
import { EVENT_MODE_LABELS } from '@/lib/domain/events/mode';

export type BilanLogo = { name: string; data: Buffer; format: 'png' | 'jpg' };
export type BilanPdfMeta = { versionNumber: number; validatedAt: Date; logos: readonly BilanLogo[] };

export const SECTIONS = [
  { id: 'introduction', title: '1. Introduction' },
  { id: 'quantitatif', title: '2. Bilan quantitatif' },
  { id: 'qualitatif', title: '3. Bilan qualitatif' },
  { id: 'financier', title: '4. Bilan financier' },
  { id: 'annexes', title: '5. Annexes' },
] as const;

export function modeLabel(mode: BilanSnapshot['introduction']['mode']): string {
  return EVENT_MODE_LABELS[mode];
}

export function Cover({ snapshot, meta }: { snapshot: BilanSnapshot; meta: BilanPdfMeta }) {
  const intro = snapshot.introduction;
  const t = pdfText;
  return (
    <View style={{ flexGrow: 1, justifyContent: 'space-between' }}>
      <View style={{ flexDirection: 'row', flexWrap: 'wrap', gap: 16, minHeight: 50, alignItems: 'center' }}>
        {meta.logos.map((logo, index) => (
          // eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image takes no alt: a PDF image is described by the text around it
          <Image key={index} src={{ data: logo.data, format: logo.format }} style={{ maxHeight: 50, maxWidth: 120, objectFit: 'contain' }} />
        ))}
      </View>
      <View>
        <Text style={{ fontSize: 12, color: '#334155', marginBottom: 8, letterSpacing: 1 }}>BILAN DE L’ÉVÉNEMENT</Text>
        <Text style={{ fontSize: 26, fontFamily: 'Helvetica-Bold', color: BRAND, lineHeight: 1.2, marginBottom: 14 }}>{t(intro.title)}</Text>
        <Text style={{ fontSize: 13, marginBottom: 4 }}>{t(formatDateRange(new Date(intro.startsAt), new Date(intro.endsAt)))}</Text>
        <Text style={{ fontSize: 11, color: '#334155', marginBottom: 18 }}>
          {t([intro.venueName, intro.territoryName].filter(Boolean).join(' · ') || modeLabel(intro.mode))}
        </Text>
        <Text style={[styles.bold, { marginBottom: 3 }]}>Organisé par</Text>
        {intro.organisers.map((organiser) => (
          <Text key={organiser.id} style={{ fontSize: 11 }}>
            {t(organiser.role === 'owner' ? organiser.name : `${organiser.name} (co-organisateur)`)}
          </Text>
        ))}
      </View>
      <View style={{ borderTopWidth: 1, borderTopColor: BRAND, paddingTop: 8 }}>
        <Text style={styles.bold}>{t(`Version ${meta.versionNumber} validée le ${formatDate(meta.validatedAt)}`)}</Text>
        <Text style={styles.muted}>Document figé : les chiffres et les textes sont ceux de la version validée.</Text>
      </View>
    </View>
  );
}

/**
 * The contents, with the page where each section starts. react-pdf paginates every page (running the
 * sections' footers, which fill `pages`) before it resolves the render props of the final pages, so
 * these numbers are read once the whole document is paginated: one layout pass is enough.
 */
export function Contents({ pages }: { pages: ReadonlyMap<string, number> }) {
  return (
    <View>
      <Text style={styles.h1}>Sommaire</Text>
      {SECTIONS.map((section) => (
        <Link key={section.id} src={`#${section.id}`} style={{ textDecoration: 'none', color: '#0f172a' }}>
          <View style={{ flexDirection: 'row', justifyContent: 'space-between', borderBottomWidth: 0.5, borderBottomColor: '#cbd5e1', paddingVertical: 6 }}>
            <Text style={{ fontSize: 12 }}>{t(section.title)}</Text>
            <Text style={{ fontSize: 12, width: 80, textAlign: 'right' }} render={() => (pages.has(section.id) ? `page ${pages.get(section.id)}` : '')} />
          </View>
        </Link>
      ))}
    </View>
  );
}

const t = pdfText;
