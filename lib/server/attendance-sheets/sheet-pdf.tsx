import 'server-only';
import { Canvas, Document, Image, Page, renderToBuffer, StyleSheet, Text, View } from '@react-pdf/renderer';
import { pdfText } from '@/lib/domain/format/french';
import { BRAND } from '@/lib/server/exports/bilan/pdf-kit';
import type { AttendanceSheetData } from './load';
import { paginateRows } from './paginate';

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
  kicker: { height: SLOT.kicker, maxLines: 1, textOverflow: 'ellipsis', fontSize: 9, letterSpacing: 1, color: '#334155', lineHeight: 1.2 },
  title: { height: SLOT.title, maxLines: 2, textOverflow: 'ellipsis', fontSize: 14, fontFamily: 'Helvetica-Bold', color: BRAND, lineHeight: 1.2 },
  line: { height: SLOT.line, maxLines: 1, textOverflow: 'ellipsis', fontSize: 9.5, lineHeight: 1.35 },
  organisers: { height: SLOT.organisers, maxLines: 2, textOverflow: 'ellipsis', fontSize: 9, lineHeight: 1.3, color: '#334155' },
  mandatory: { height: SLOT.mandatory, maxLines: 1, textOverflow: 'ellipsis', paddingTop: 3, fontSize: 9.5, fontFamily: 'Helvetica-Bold', lineHeight: 1.3 },
  support: { height: SLOT.support, maxLines: 2, textOverflow: 'ellipsis', fontSize: 9, lineHeight: 1.3, color: '#334155' },
  headerRow: { height: SLOT.tableHeader, marginTop: 0, flexDirection: 'row', alignItems: 'center', backgroundColor: '#e8eefb', borderBottomWidth: 0.75, borderBottomColor: BRAND, borderTopWidth: 0.5, borderTopColor: '#94a3b8' },
  headerCell: { paddingHorizontal: 4, fontSize: 9.5, lineHeight: 1.25, fontFamily: 'Helvetica-Bold' },
  count: { height: COUNT_HEIGHT, paddingTop: 10, fontSize: 11, fontFamily: 'Helvetica-Bold', lineHeight: 1.3 },
  footer: { position: 'absolute', bottom: 18, left: PADDING.horizontal, right: PADDING.horizontal, fontSize: 8, color: '#475569', flexDirection: 'row', justifyContent: 'space-between' },
  footerText: { maxWidth: '80%', maxLines: 1, textOverflow: 'ellipsis' },
});

const COLUMNS = [
  { header: 'N°', share: 0.06 },
  { header: 'Nom et prénom', share: 0.32 },
  { header: 'Structure', share: 0.3 },
  { header: 'Signature', share: 0.32 },
] as const;

type Line = { readonly number: number; readonly name: string; readonly organisation: string };

/**
 * The height of a page's header, the sum of its fixed slots: the first page has everything, the next
 * ones repeat the event, the day, the mandatory mentions and the column names.
 */
function headerHeight(sheet: AttendanceSheetData, first: boolean): number {
  if (!first) return SLOT.kicker + SLOT.line + sheet.mentions.mandatory.length * SLOT.mandatory + SLOT.tableHeader;
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

type Painter = {
  font(name: string): Painter;
  fontSize(size: number): Painter;
  fillColor(color: string): Painter;
  strokeColor(color: string): Painter;
  lineWidth(width: number): Painter;
  moveTo(x: number, y: number): Painter;
  lineTo(x: number, y: number): Painter;
  stroke(): Painter;
  text(text: string, x: number, y: number, options: { width: number; height: number; ellipsis: boolean; lineGap: number }): Painter;
};

const CELL_PADDING = 4;

/**
 * The rows of one page, drawn in one canvas: the grid, the numbers, names and organisations (two
 * lines at most, then an ellipsis). One drawing instead of five boxes per row keeps 1 000 rows fast.
 */
function drawRows(painter: Painter, width: number, lines: readonly Line[]) {
  const xs = COLUMNS.reduce<number[]>((edges, column) => [...edges, (edges.at(-1) ?? 0) + column.share * width], [0]);
  const height = lines.length * ROW_HEIGHT;
  painter.lineWidth(0.5).strokeColor('#94a3b8');
  for (let index = 1; index <= lines.length; index += 1) painter.moveTo(0, index * ROW_HEIGHT).lineTo(width, index * ROW_HEIGHT);
  painter.stroke().strokeColor('#cbd5e1');
  for (const x of xs.slice(1, -1)) painter.moveTo(x, 0).lineTo(x, height);
  painter.stroke().font('Helvetica').fontSize(9.5).fillColor('#0f172a');
  lines.forEach((line, index) => {
    const top = index * ROW_HEIGHT + 4;
    [String(line.number), line.name, line.organisation].forEach((text, column) => {
      if (!text) return;
      const left = xs[column]! + CELL_PADDING;
      painter.text(pdfText(text), left, top, { width: xs[column + 1]! - left - CELL_PADDING, height: ROW_HEIGHT - 6, ellipsis: true, lineGap: 0 });
    });
  });
}

/** The top of every page: logos, event, day, venue, organisers, funding mentions and the column names. */
function Header({ sheet, first }: { sheet: AttendanceSheetData; first: boolean }) {
  const t = pdfText;
  if (!first) {
    return (
      <View>
        <Text style={styles.kicker}>
          {t(`FEUILLE D’ÉMARGEMENT — ${sheet.title}`)}
        </Text>
        <Text style={styles.line}>
          {t(sheet.dateLabel)}
        </Text>
        {sheet.mentions.mandatory.map((mention) => (
          <Text key={mention} style={styles.mandatory}>
            {t(mention)}
          </Text>
        ))}
        <ColumnNames />
      </View>
    );
  }
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
      <Text style={styles.title}>
        {t(sheet.title)}
      </Text>
      <Text style={styles.line}>
        {t(sheet.dateLabel)}
      </Text>
      {sheet.venue ? (
        <Text style={styles.line}>
          {t(`Lieu : ${sheet.venue}`)}
        </Text>
      ) : null}
      <Text style={styles.organisers}>
        {t(`Organisé par ${sheet.organisers.join(', ')}`)}
      </Text>
      {sheet.mentions.mandatory.map((mention) => (
        <Text key={mention} style={styles.mandatory}>
          {t(mention)}
        </Text>
      ))}
      {sheet.mentions.supportLine ? (
        <Text style={styles.support}>
          {t(sheet.mentions.supportLine)}
        </Text>
      ) : null}
      <ColumnNames />
    </View>
  );
}

function ColumnNames() {
  return (
    <View style={styles.headerRow}>
      {COLUMNS.map((column) => (
        <Text key={column.header} style={[styles.headerCell, { width: `${column.share * 100}%` }]}>
          {column.header}
        </Text>
      ))}
    </View>
  );
}

function SheetDocument({ sheet }: { sheet: AttendanceSheetData }) {
  const t = pdfText;
  const lines: Line[] = [
    ...sheet.rows.map((row, index) => ({ number: index + 1, name: row.name, organisation: row.organisation })),
    ...Array.from({ length: sheet.blankRows }, (_, index) => ({ number: sheet.rows.length + index + 1, name: '', organisation: '' })),
  ];
  const rowsUnder = (header: number) => Math.floor((A4_HEIGHT - PADDING.top - PADDING.bottom - header) / ROW_HEIGHT);
  const pages = paginateRows(lines, { firstPage: rowsUnder(headerHeight(sheet, true)), nextPages: rowsUnder(headerHeight(sheet, false)), reserved: Math.ceil(COUNT_HEIGHT / ROW_HEIGHT) });
  const footer = t(`${sheet.title} — émargement du ${sheet.dateLabel}`);
  return (
    <Document title={t(`Feuille d’émargement — ${sheet.title} — ${sheet.dateLabel}`)} author="Trame" language="fr-FR">
      {pages.map((page, index) => (
        <Page key={index} size="A4" style={styles.page} wrap={false}>
          <Header sheet={sheet} first={index === 0} />
          <Canvas style={{ height: page.length * ROW_HEIGHT }} paint={(painter, width) => {
              drawRows(painter as unknown as Painter, width, page);
              return null;
            }} />
          {index === pages.length - 1 ? <Text style={styles.count}>{t(`Total : ${sheet.countLine}`)}</Text> : null}
          <View style={styles.footer}>
            <Text style={styles.footerText}>
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
