import { constants, crc32, deflateRawSync } from 'node:zlib';

/*
 * XLSX archives written by hand, to test what exceljs would do with hostile files: a part may
 * declare any uncompressed size, and a part of hundreds of megabytes is built from one deflated
 * chunk repeated (a full flush makes deflate blocks that can be laid end to end), so the test
 * never holds the inflated text in memory.
 */

export type ArchivePart = { name: string; deflated: Buffer; size: number; crc: number };

export function part(name: string, text: string): ArchivePart {
  const bytes = Buffer.from(text, 'utf8');
  return { name, deflated: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/** `prefix`, then `chunk` repeated `times`, then `suffix`: deflated without ever being built. */
export function repeatedPart(name: string, text: { prefix: string; chunk: string; times: number; suffix: string }): ArchivePart {
  const flushed = (value: string) => deflateRawSync(Buffer.from(value, 'utf8'), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const chunk = flushed(text.chunk);
  const deflated = Buffer.concat([flushed(text.prefix), ...Array.from({ length: text.times }, () => chunk), deflateRawSync(Buffer.from(text.suffix, 'utf8'))]);
  const size = Buffer.byteLength(text.prefix) + Buffer.byteLength(text.chunk) * text.times + Buffer.byteLength(text.suffix);
  // The CRC is left at zero: neither yauzl nor exceljs checks it, and computing it means inflating.
  return { name, deflated, size, crc: 0 };
}

type Field = readonly [bytes: 2 | 4, value: number];

function record(fields: readonly Field[]): Buffer {
  const buffer = Buffer.alloc(fields.reduce((total, [bytes]) => total + bytes, 0));
  let offset = 0;
  for (const [bytes, value] of fields) offset = bytes === 2 ? buffer.writeUInt16LE(value, offset) : buffer.writeUInt32LE(value, offset);
  return buffer;
}

/** A ZIP archive of the parts (deflate, no ZIP64); `declare` may state another size than the real one. */
export function zipArchive(parts: readonly ArchivePart[], declare: (p: ArchivePart) => number = (p) => p.size): Uint8Array<ArrayBuffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    // Version needed, flags, deflate, time, date (1980-01-01), CRC, sizes, name length, extra length.
    const common: Field[] = [[2, 20], [2, 0], [2, 8], [2, 0], [2, 0x21], [4, p.crc], [4, p.deflated.length], [4, declare(p)], [2, name.length], [2, 0]];
    const local = record([[4, 0x04034b50], ...common]);
    // Then comment length, disk, internal and external attributes, offset of the local header.
    const central = record([[4, 0x02014b50], [2, 20], ...common, [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]]);
    locals.push(local, name, p.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + p.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = record([[4, 0x06054b50], [2, 0], [2, 0], [2, parts.length], [2, parts.length], [4, directory.length], [4, offset], [2, 0]]);
  return Uint8Array.from(Buffer.concat([...locals, directory, end]));
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a one-sheet workbook around a sheet and a shared-string table given by the caller. */
export function workbookParts(sheet: ArchivePart, sharedStrings: ArchivePart): ArchivePart[] {
  return [
    part(
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    part('_rels/.rels', `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part('xl/workbook.xml', `${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="Inscrits" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    part(
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    sheet,
    sharedStrings,
  ];
}

/** A sheet whose rows hold shared strings 0, 1, 2… in columns A, B, C…: `rows` gives how many per row. */
export function sheetOfStrings(rows: readonly number[]): ArchivePart {
  let next = 0;
  const xml = rows
    .map((count, index) => {
      const cells = Array.from({ length: count }, (_, column) => `<c r="${String.fromCharCode(65 + column)}${index + 1}" t="s"><v>${next++}</v></c>`);
      return `<row r="${index + 1}">${cells.join('')}</row>`;
    })
    .join('');
  return part('xl/worksheets/sheet1.xml', `${XML}<worksheet xmlns="${MAIN}"><sheetData>${xml}</sheetData></worksheet>`);
}

export function sharedStrings(texts: readonly string[]): ArchivePart {
  const items = texts.map((text) => `<si><t xml:space="preserve">${text}</t></si>`).join('');
  return part('xl/sharedStrings.xml', `${XML}<sst xmlns="${MAIN}" count="${texts.length}" uniqueCount="${texts.length}">${items}</sst>`);
}
