import { SPREADSHEET_ACCEPT, SPREADSHEET_MAX_BYTES } from '@/lib/domain/files/spreadsheet';
import { textField, z } from '@/lib/schemas/zod';
import { IMPORT_FIELDS, IMPORT_SOURCES, type ImportField } from '@/lib/domain/registrations/import-columns';

// Import of registrations from a ticketing export (HelloAsso, Weezevent, any CSV or XLSX).

export const IMPORT_MAX_BYTES = SPREADSHEET_MAX_BYTES;
export const IMPORT_ACCEPT = SPREADSHEET_ACCEPT;

export const importSourceSchema = z.enum(IMPORT_SOURCES, { error: 'Choisissez la provenance du fichier.' });

const columnIndex = z.number().int().min(0).max(500).nullable();

export const columnMappingSchema = z.object(
  Object.fromEntries(IMPORT_FIELDS.map((field) => [field, columnIndex])) as Record<ImportField, typeof columnIndex>,
  { error: 'Associez les colonnes du fichier.' },
);

export const importFileSchema = z.object({
  name: textField().trim().min(1).max(255),
  bytes: z
    .instanceof(Uint8Array, { error: 'Choisissez un fichier .csv ou .xlsx.' })
    .refine((bytes) => bytes.byteLength > 0, { error: 'Le fichier est vide.' })
    .refine((bytes) => bytes.byteLength <= IMPORT_MAX_BYTES, { error: 'Le fichier dépasse 2 Mo : découpez-le en plusieurs fichiers.' }),
});

/** The coordinator's days per ticket label (« Pass jeudi » → ["2027-03-11"]); missing labels are guessed. */
export const ticketDaysSchema = z.record(
  z.string().max(300),
  z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Jour invalide.' })).max(62),
  { error: 'Associez chaque tarif à ses jours.' },
);

/** Analysis of an uploaded file; without a mapping, the source's preset proposes one. */
export const previewImportSchema = z.object({
  eventId: z.uuid(),
  source: importSourceSchema,
  file: importFileSchema,
  mapping: columnMappingSchema.nullable().default(null),
  ticketDays: ticketDaysSchema.nullable().default(null),
});

/** The same file and mapping, confirmed: imported in one transaction, or nothing at all. */
export const confirmImportSchema = previewImportSchema.extend({ mapping: columnMappingSchema });

export type PreviewImportInput = z.infer<typeof previewImportSchema>;
export type ConfirmImportInput = z.infer<typeof confirmImportSchema>;
