import 'server-only';
import { Font, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { pdfText } from '@/lib/domain/format/french';

// The built-in PDF fonts (WinAnsi) lack the narrow and thin spaces fr-FR Intl writes, and "≤" (STACK.md trap 11).
export { pdfText };

// react-pdf hyphenates with English patterns: French text wraps on whole words.
Font.registerHyphenationCallback((word) => [word]);

export const BRAND = '#1a3f9c';
export const styles = StyleSheet.create({
  // Line heights are set per style, never on the page: an inherited one is not rescaled for bigger
  // text, and on the page it stops react-pdf from drawing the dynamic page numbers (react-pdf 4.9).
  page: { paddingTop: 40, paddingHorizontal: 40, paddingBottom: 56, fontSize: 9.5, fontFamily: 'Helvetica', color: '#0f172a' },
  h1: { fontSize: 18, fontFamily: 'Helvetica-Bold', color: BRAND, marginBottom: 10, lineHeight: 1.2 },
  h2: { fontSize: 12.5, fontFamily: 'Helvetica-Bold', color: BRAND, marginTop: 12, marginBottom: 5, lineHeight: 1.2 },
  paragraph: { marginBottom: 6, fontSize: 9.5, lineHeight: 1.35 },
  muted: { color: '#334155' },
  bold: { fontFamily: 'Helvetica-Bold' },
  table: { marginBottom: 8, borderTopWidth: 0.5, borderTopColor: '#94a3b8' },
  headerRow: { flexDirection: 'row', backgroundColor: '#e8eefb', borderBottomWidth: 0.75, borderBottomColor: BRAND },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#cbd5e1' },
  totalRow: { flexDirection: 'row', borderBottomWidth: 0.75, borderBottomColor: '#0f172a', backgroundColor: '#f1f5f9' },
  cell: { paddingVertical: 3, paddingHorizontal: 4, fontSize: 9.5, lineHeight: 1.3 },
  headerCell: { paddingVertical: 3, paddingHorizontal: 4, fontFamily: 'Helvetica-Bold', fontSize: 9.5, lineHeight: 1.3 },
  caption: { fontFamily: 'Helvetica-Bold', marginBottom: 3, marginTop: 6 },
  quote: { borderLeftWidth: 3, borderLeftColor: BRAND, paddingLeft: 8, marginBottom: 5, fontFamily: 'Helvetica-Oblique', fontSize: 9.5, lineHeight: 1.35 },
  footer: { position: 'absolute', bottom: 24, left: 40, right: 40, fontSize: 8, color: '#475569', flexDirection: 'row', justifyContent: 'space-between' },
});

export type Column = { header: string; width: number; align?: 'left' | 'right' };

/**
 * A table whose rows never split across pages (`wrap={false}`) and whose header row repeats at the
 * top of every page the table spans (`fixed` inside the table's view).
 */
export function Table({ caption, columns, rows, total }: { caption?: string; columns: readonly Column[]; rows: readonly (readonly string[])[]; total?: readonly string[] }) {
  const cells = (values: readonly string[], header = false) =>
    columns.map((column, index) => (
      <Text key={index} style={[header ? styles.headerCell : styles.cell, { width: `${column.width}%`, textAlign: column.align ?? 'left' }]}>
        {pdfText(values[index] ?? '')}
      </Text>
    ));
  return (
    <View style={styles.table}>
      {caption ? (
        <Text style={styles.caption} minPresenceAhead={50}>
          {pdfText(caption)}
        </Text>
      ) : null}
      {/* A header alone at the foot of a page would be an orphan: it needs a row's room below it. */}
      <View style={styles.headerRow} fixed minPresenceAhead={22}>
        {cells(columns.map((c) => c.header), true)}
      </View>
      {rows.map((row, index) => (
        <View key={index} style={styles.row} wrap={false}>
          {cells(row)}
        </View>
      ))}
      {total ? (
        <View style={[styles.totalRow, styles.bold]} wrap={false}>
          {cells(total)}
        </View>
      ) : null}
    </View>
  );
}

/** A label and its value, in two columns. */
export function Facts({ facts }: { facts: ReadonlyArray<readonly [string, string]> }) {
  return <Table columns={[{ header: 'Indicateur', width: 60 }, { header: 'Valeur', width: 40, align: 'right' }]} rows={facts.map(([label, value]) => [label, value])} />;
}

export function Paragraph({ children }: { children: string | null | undefined }) {
  if (!children) return null;
  return <Text style={styles.paragraph}>{pdfText(children)}</Text>;
}

export function Bullets({ items }: { items: readonly string[] }) {
  if (items.length === 0) return <Text style={styles.muted}>Non renseigné.</Text>;
  return (
    <View style={{ marginBottom: 6 }}>
      {items.map((item, index) => (
        <Text key={index} wrap={false}>
          {pdfText(`•  ${item}`)}
        </Text>
      ))}
    </View>
  );
}

/**
 * A section is its own page run: it opens a page, carries an anchor for the contents and a PDF
 * bookmark. Its fixed footer reports the page numbers it spans (only fixed elements are told their
 * page reliably), which is how the contents learn where each section starts.
 * `experimentalPagination` (react-pdf's measure-once engine, switched on for the whole document by any
 * page) packs the long annex tables into pages without re-laying out the rest of the section at every
 * page break: about 4x faster on a 60-session programme with 120 budget lines (bench:bilan).
 */
export function Section({ id, title, footer, children, onPage }: { id: string; title: string; footer: string; children: ReactNode; onPage: (id: string, page: number) => void }) {
  return (
    <Page size="A4" style={styles.page} experimentalPagination>
      <View style={styles.footer} fixed>
        <Text>{pdfText(footer)}</Text>
        <Text
          render={({ pageNumber, totalPages }) => {
            onPage(id, pageNumber);
            return `${pageNumber} / ${totalPages}`;
          }}
        />
      </View>
      <View id={id}>
        <Text style={styles.h1}>{pdfText(title)}</Text>
      </View>
      {children}
    </Page>
  );
}

export function Heading({ children }: { children: string }) {
  return (
    <Text style={styles.h2} minPresenceAhead={60}>
      {pdfText(children)}
    </Text>
  );
}
