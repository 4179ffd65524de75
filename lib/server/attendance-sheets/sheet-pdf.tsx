import 'server-only';
import { Document, Image, Page, renderToBuffer, StyleSheet, Text, View } from '@react-pdf/renderer';
import { pdfText } from '@/lib/domain/format/french';
import { BRAND } from '@/lib/server/exports/bilan/pdf-kit';
import type { AttendanceSheetData } from './load';

// pdf-kit registers the French hyphenation rule (whole words) and gives the brand colour.

/*
 * The sheet is paginated here, not by react-pdf: every block has a fixed height (texts are cut to
 * their lines with an ellipsis), so the rows a page holds are known in advance. Letting react-pdf
 * break 1 000 rows into pages took 6 to 14 s on this machine (bench:emargement); laid out page by
 * page it stays well under the 2 s target, and the "page x / y" numbers are plain text.
 */

const A4_HEIGHT = 841.89;
const PADDING = { top: 28, bottom: 44, horizontal: 32 } as const;
const ROW_HEIGHT = 28;
const COUNT_HEIGHT = 30;
const SLOT = {
  logos: 40,
  kicker: 12,
  title: 36,
  line: 14,
  organisers: 26,
  mandatory: 16,
  support: 26,
  tableHeader: 26,
} as const;

const styles = StyleSheet.create({
  page: { paddingTop: PADDING.top, paddingHorizontal: PADDING.horizontal, paddingBottom: PADDING.bottom, fontSize: 9.5, fontFamily: 'Helvetica', color: '#0f172a' },
  logos: { height: SLOT.logos, flexDirection: 'row', gap: 12, alignItems: 'center', paddingBottom: 6, overflow: 'hidden' },
  logo: { maxHeight: 34, maxWidth: 90, objectFit: 'contain' },
  kicker: { height: SLOT.kicker, fontSize: 9, letterSpacing: 1, color: '#334155', lineHeight: 1.2 },
  title: { height: SLOT.title, fontSize: 14, fontFamily: 'Helvetica-Bold', color: BRAND, lineHeight: 1.2 },
  line: { height: SLOT.line, fontSize: 9.5, lineHeight: 1.35 },
  organisers: { height: SLOT.organisers, fontSize: 9, lineHeight: 1.3, color: '#334155' },
  mandatory: { height: SLOT.mandatory, paddingTop: 3, fontSize: 9.5, fontFamily: 'Helvetica-Bold', lineHeight: 1.3 },
  support: { height: SLOT.support, fontSize: 9, lineHeight: 1.3, color: '#334155' },
  headerRow: { height: SLOT.tableHeader, marginTop: 0, flexDirection: 'row', alignItems: 'center', backgroundColor: '#e8eefb', borderBottomWidth: 0.75, borderBottomColor: BRAND, borderTopWidth: 0.5, borderTopColor: '#94a3b8' },
  row: { height: ROW_HEIGHT, flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#94a3b8' },
  cell: { height: ROW_HEIGHT, paddingHorizontal: 4, paddingVertical: 3, fontSize: 9.5, lineHeight: 1.2, borderRightWidth: 0.5, borderRightColor: '#cbd5e1' },
  headerCell: { paddingHorizontal: 4, fontSize: 9.5, lineHeight: 1.25, fontFamily: 'Helvetica-Bold' },
  count: { height: COUNT_HEIGHT, paddingTop: 10, fontSize: 11, fontFamily: 'Helvetica-Bold', lineHeight: 1.3 },
  footer: { position: 'absolute', bottom: 18, left: PADDING.horizontal, right: PADDING.horizontal, fontSize: 8, color: '#475569', flexDirection: 'row', justifyContent: 'space-between' },
  footerText: { maxWidth: '80%' },
});

const COLUMNS = [
  { header: 'N°', width: '6%' },
  { header: 'Nom et prénom', width: '32%' },
  { header: 'Structure', width: '30%' },
  { header: 'Signature', width: '32%' },
] as const;

type Line = { readonly number: number; readonly name: string; readonly organisation: string };

/** The height of the header every page repeats: the sum of its fixed slots. */
function headerHeight(sheet: AttendanceSheetData): number {
  return (
    (sheet.logos.length > 0 ? SLOT.logos : 0) +
    SLOT.kicker +
    SLOT.title +
    SLOT.line +
    (sheet.venue ? SLOT.line : 0) +
    SLOT.organisers +
    sheet.mentions.mandatory.length * SLOT.mandatory +
    (sheet.mentions.supportLine ? SLOT.support : 0) +
    SLOT.tableHeader
  );
}

/** The rows of each page; the last page keeps room for the count line. */
export function paginateRows<T>(lines: readonly T[], perPage: number): T[][] {
  const size = Math.max(1, perPage);
  const pages: T[][] = [];
  for (let start = 0; start < lines.length; start += size) pages.push(lines.slice(start, start + size));
  if (pages.length === 0) pages.push([]);
  const last = pages.at(-1)!;
  if (last.length > size - Math.ceil(COUNT_HEIGHT / ROW_HEIGHT)) pages.push([]);
  return pages;
}

function Row({ line }: { line: Line }) {
  // Empty cells are plain boxes: a text node costs a layout pass even when it holds nothing.
  const texts = [String(line.number), line.name, line.organisation];
  return (
    <View style={styles.row}>
      {COLUMNS.map((column, index) => {
        const text = texts[index];
        return text ? (
          <Text key={index} style={[styles.cell, { width: column.width }]} maxLines={2}>
            {pdfText(text)}
          </Text>
        ) : (
          <View key={index} style={[styles.cell, { width: column.width }]} />
        );
      })}
    </View>
  );
}

/** The top of every page: logos, event, day, venue, organisers, funding mentions and the column names. */
function Header({ sheet }: { sheet: AttendanceSheetData }) {
  const t = pdfText;
  return (
    <View>
      {sheet.logos.length > 0 ? (
        <View style={styles.logos}>
          {sheet.logos.map((logo, index) => (
            // eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image takes no alt: a PDF image is described by the text around it
            <Image key={index} src={{ data: logo.data, format: logo.format }} style={styles.logo} />
          ))}
        </View>
      ) : null}
      <Text style={styles.kicker}>FEUILLE D’ÉMARGEMENT</Text>
      <Text style={styles.title} maxLines={2}>
        {t(sheet.title)}
      </Text>
      <Text style={styles.line} maxLines={1}>
        {t(sheet.dateLabel)}
      </Text>
      {sheet.venue ? (
        <Text style={styles.line} maxLines={1}>
          {t(`Lieu : ${sheet.venue}`)}
        </Text>
      ) : null}
      <Text style={styles.organisers} maxLines={2}>
        {t(`Organisé par ${sheet.organisers.join(', ')}`)}
      </Text>
      {sheet.mentions.mandatory.map((mention) => (
        <Text key={mention} style={styles.mandatory} maxLines={1}>
          {t(mention)}
        </Text>
      ))}
      {sheet.mentions.supportLine ? (
        <Text style={styles.support} maxLines={2}>
          {t(sheet.mentions.supportLine)}
        </Text>
      ) : null}
      <View style={styles.headerRow}>
        {COLUMNS.map((column) => (
          <Text key={column.header} style={[styles.headerCell, { width: column.width }]}>
            {column.header}
          </Text>
        ))}
      </View>
    </View>
  );
}

function SheetDocument({ sheet }: { sheet: AttendanceSheetData }) {
  const t = pdfText;
  const lines: Line[] = [
    ...sheet.rows.map((row, index) => ({ number: index + 1, name: row.name, organisation: row.organisation })),
    ...Array.from({ length: sheet.blankRows }, (_, index) => ({ number: sheet.rows.length + index + 1, name: '', organisation: '' })),
  ];
  const available = A4_HEIGHT - PADDING.top - PADDING.bottom - headerHeight(sheet);
  const pages = paginateRows(lines, Math.floor(available / ROW_HEIGHT));
  const footer = t(`${sheet.title} — émargement du ${sheet.dateLabel}`);
  return (
    <Document title={t(`Feuille d’émargement — ${sheet.title} — ${sheet.dateLabel}`)} author="Trame" language="fr-FR">
      {pages.map((page, index) => (
        <Page key={index} size="A4" style={styles.page} wrap={false}>
          <Header sheet={sheet} />
          {page.map((line) => (
            <Row key={line.number} line={line} />
          ))}
          {index === pages.length - 1 ? <Text style={styles.count}>{t(`Total : ${sheet.countLine}`)}</Text> : null}
          <View style={styles.footer}>
            <Text style={styles.footerText} maxLines={1}>
              {footer}
            </Text>
            <Text>{`page ${index + 1} / ${pages.length}`}</Text>
          </View>
        </Page>
      ))}
    </Document>
  );
}

/** The printable sheet: one row per expected person, blank rows for walk-ins, the count at the end. */
export function renderAttendanceSheetPdf(sheet: AttendanceSheetData): Promise<Buffer> {
  return renderToBuffer(<SheetDocument sheet={sheet} />);
}
