import 'server-only';
import { Document, Image, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { labelPosition, labelsPerPage, paginateLabels, MM_TO_PT, type LabelSheet } from '@/lib/domain/attestations/label-grid';
import { pdfText } from '@/lib/domain/format/french';
import { BRAND } from '@/lib/server/exports/bilan/pdf-kit';
import { qrPng } from '@/lib/server/checkin/qr-image';

/*
 * Name badges on an A4 label sheet (lib/domain/attestations/label-grid.ts): name, organisation and
 * the QR code of the person's check-in code, which the check-in screen scans. Each label is drawn
 * at its absolute position, so the sheet prints true to size (print at 100 %, no « fit to page »).
 */

export type Badge = { name: string; organisation: string | null; checkinCode: string };

const PADDING = 3 * MM_TO_PT;

const styles = StyleSheet.create({
  label: { position: 'absolute', flexDirection: 'row', alignItems: 'center', paddingHorizontal: PADDING },
  text: { paddingRight: 6 },
  name: { fontSize: 15, fontFamily: 'Helvetica-Bold', color: '#0f172a', lineHeight: 1.15 },
  organisation: { fontSize: 10, marginTop: 3, color: '#334155', lineHeight: 1.2 },
  event: { fontSize: 7.5, marginTop: 5, color: BRAND, lineHeight: 1.2 },
});


/** The badges as a PDF on `sheet`, filled row by row in the order given. */
export async function renderBadgesPdf(input: { sheet: LabelSheet; eventTitle: string; badges: readonly Badge[] }): Promise<Buffer> {
  const { sheet, eventTitle } = input;
  const qrs = await Promise.all(input.badges.map((badge) => qrPng(badge.checkinCode, 'label')));
  const items = input.badges.map((badge, index) => ({ badge, qr: qrs[index]! }));
  const perPage = labelsPerPage(sheet);
  const pages = paginateLabels(sheet, items);
  return renderToBuffer(
    <Document title={`Badges — ${eventTitle}`} creator="Trame" producer="Trame">
      {(pages.length > 0 ? pages : [[]]).map((page, pageIndex) => (
        <Page key={pageIndex} size={[sheet.pageWidthMm * MM_TO_PT, sheet.pageHeightMm * MM_TO_PT]} style={{ fontFamily: 'Helvetica' }}>
          {page.length === 0 ? <Text style={{ margin: 40 }}>Aucun badge : aucune inscription confirmée.</Text> : null}
          {page.map(({ badge, qr }, slot) => {
            const position = labelPosition(sheet, pageIndex * perPage + slot);
            const qrSize = position.height - 2 * PADDING;
            return (
              <View key={slot} style={[styles.label, { left: position.x, top: position.y, width: position.width, height: position.height }]} wrap={false}>
                <View style={[styles.text, { width: position.width - qrSize - 2 * PADDING }]}>
                  <Text style={styles.name}>{pdfText(badge.name)}</Text>
                  {badge.organisation ? <Text style={styles.organisation}>{pdfText(badge.organisation)}</Text> : null}
                  <Text style={styles.event}>{pdfText(eventTitle)}</Text>
                </View>
                {/* eslint-disable-next-line jsx-a11y/alt-text -- a PDF image (react-pdf) has no alt attribute */}
                <Image style={{ width: qrSize, height: qrSize }} src={{ data: qr, format: 'png' }} />
              </View>
            );
          })}
        </Page>
      ))}
    </Document>,
  );
}
