import 'server-only';
import { z } from 'zod';
import { SafeError } from '@/lib/server/errors';

/*
 * A roll-up (the funder dashboard, the network page) downloaded as CSV or XLSX: the `fichier`
 * search parameter chooses, and the file is an attachment no shared cache keeps.
 */

const formatParam = z.enum(['csv', 'xlsx']);
export type RollupFormat = z.output<typeof formatParam>;

/** `?fichier=csv|xlsx` (CSV when absent); anything else → 400 in French. */
export function rollupFormat(url: URL): RollupFormat {
  const format = formatParam.safeParse(url.searchParams.get('fichier') ?? 'csv');
  if (!format.success) throw new SafeError('Choisissez un fichier CSV ou XLSX.', 'invalid');
  return format.data;
}

export async function rollupFileResponse(format: RollupFormat, basename: string, write: { csv: () => string; xlsx: () => Promise<Buffer> }): Promise<Response> {
  const headers = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex', 'Content-Disposition': `attachment; filename="${basename}.${format}"` };
  if (format === 'xlsx') {
    return new Response(new Uint8Array(await write.xlsx()), { headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
  }
  return new Response(write.csv(), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
}
