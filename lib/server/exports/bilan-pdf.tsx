import 'server-only';
import { Document, Page, renderToBuffer } from '@react-pdf/renderer';
import type { BilanSnapshot } from '@/lib/domain/bilan/types';
import { formatDate } from '@/lib/domain/dates';
import { Contents, Cover, SECTIONS, type BilanPdfMeta } from './bilan/cover';
import { pdfText, Section, styles } from './bilan/pdf-kit';
import { AnnexesBody } from './bilan/section-annexes';
import { FinancialBody } from './bilan/section-financial';
import { IntroductionBody } from './bilan/section-introduction';
import { QualitativeBody } from './bilan/section-qualitative';
import { QuantitativeBody } from './bilan/section-quantitative';

export type { BilanLogo, BilanPdfMeta } from './bilan/cover';

type Props = { snapshot: BilanSnapshot; meta: BilanPdfMeta; pages: ReadonlyMap<string, number>; onPage: (id: string, page: number) => void };

function BilanDocument({ snapshot, meta, pages, onPage }: Props) {
  const title = snapshot.introduction.title;
  const footer = `${title} — bilan, version ${meta.versionNumber} du ${formatDate(meta.validatedAt)}`;
  const [intro, quanti, quali, finance, annexes] = SECTIONS;
  const section = { footer, onPage };
  return (
    <Document title={pdfText(`Bilan — ${title}`)} author="Trame" subject={pdfText(`Version ${meta.versionNumber}`)} language="fr-FR">
      <Page size="A4" style={styles.page}>
        <Cover snapshot={snapshot} meta={meta} />
      </Page>
      <Page size="A4" style={styles.page}>
        <Contents pages={pages} />
      </Page>
      <Section id={intro.id} title={intro.title} {...section}>
        <IntroductionBody intro={snapshot.introduction} />
      </Section>
      <Section id={quanti.id} title={quanti.title} {...section}>
        <QuantitativeBody q={snapshot.quantitative} />
      </Section>
      <Section id={quali.id} title={quali.title} {...section}>
        <QualitativeBody q={snapshot.qualitative} />
      </Section>
      <Section id={finance.id} title={finance.title} {...section}>
        <FinancialBody f={snapshot.financial} />
      </Section>
      <Section id={annexes.id} title={annexes.title} {...section}>
        <AnnexesBody a={snapshot.annexes} />
      </Section>
    </Document>
  );
}

/**
 * The funder-ready PDF of a frozen bilan, laid out once: the sections' footers record the page each
 * section starts on while react-pdf paginates, and the contents read them when the final pages'
 * render props are resolved (see Contents).
 */
export async function renderBilanPdf(snapshot: BilanSnapshot, meta: BilanPdfMeta): Promise<Buffer> {
  const found = new Map<string, number>();
  const record = (id: string, page: number) => {
    const known = found.get(id);
    if (known === undefined || page < known) found.set(id, page);
  };
  return renderToBuffer(<BilanDocument snapshot={snapshot} meta={meta} pages={found} onPage={record} />);
}
