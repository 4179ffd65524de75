#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary (see /work/shared/STACK.md, "Migrations offline").
// The Prisma 7 CLI downloads that binary from the internet; this script speaks the same protocol but runs
// the WebAssembly schema engine (@prisma/schema-engine-wasm) over @prisma/adapter-pg, so that
// `prisma migrate dev | deploy | status | reset | diff` work offline against PostgreSQL.
// prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here. It relies on Prisma internals: keep the
// prisma / @prisma/* versions pinned, and let the test suite run `migrate deploy` through it.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';

// ---------- command line: what the CLI passes to the native binary ----------
const argv = process.argv.slice(2);
const datamodelPaths = [];
let datasource = {};
let cliCommand = null;
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '--datamodels') datamodelPaths.push(argv[++i]);
  else if (arg === '--datasource') datasource = JSON.parse(argv[++i]);
  else if (arg === '--enabled-preview-features' || arg === '--extension-types') i++; // unused here
  else if (arg === 'cli') cliCommand = argv[++i];
}

// ---------- stderr logging, in the engine's JSON log format (the CLI parses every line) ----------
function log(level, message, extra = {}) {
  const fields = { message, ...extra };
  process.stderr.write(JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: 'schema_engine::logger' }) + '\n');
}

// ---------- PostgreSQL through adapter-pg ----------
// adapter-pg refuses result columns of types it cannot map, and the engine's catalog queries return
// some (`"char"`, `name[]`, `reg*`, `pg_node_tree`, `int2vector`...). Their values arrive as strings
// (or arrays of strings), so relabel those columns as text / text[] before adapter-pg looks at them.
const ADAPTER_PG_TYPES = new Set([16, 17, 19, 20, 21, 23, 25, 26, 114, 142, 650, 700, 701, 790, 869, 1042, 1043,
  1082, 1083, 1114, 1184, 1266, 1560, 1562, 1700, 2950, 3802, // scalars
  143, 199, 651, 791, 1000, 1001, 1002, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1028, 1041, 1115, 1182,
  1183, 1185, 1231, 1561, 1563, 2951, 3807]); // arrays
function relabelCatalogColumns(result) {
  for (const res of [].concat(result ?? [])) {
    res?.fields?.forEach((field, i) => {
      if (field.dataTypeID >= 16384 || ADAPTER_PG_TYPES.has(field.dataTypeID)) return; // >= 16384: user types, fine
      const sample = res.rows.map((row) => (Array.isArray(row) ? row[i] : row[field.name])).find((v) => v != null);
      field.dataTypeID = Array.isArray(sample) ? 1009 : 25;
    });
  }
  return result;
}
class CatalogFriendlyClient extends pg.Client {
  query(config, values, callback) {
    if (typeof config?.submit === 'function') return super.query(config, values, callback); // cursors etc.
    if (typeof values === 'function') [values, callback] = [undefined, values];
    if (callback) return super.query(config, values, (err, res) => callback(err, err ? res : relabelCatalogColumns(res)));
    return super.query(config, values).then(relabelCatalogColumns);
  }
}

const pgConfig = (url) => ({ connectionString: url, Client: CatalogFriendlyClient });
const withDatabase = (url, database) => Object.assign(new URL(url), { pathname: `/${database}` }).href;
const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

// One-off statement (CREATE/DROP DATABASE cannot run through a pool script in a transaction).
async function runStatement(url, sql) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

const shadowDatabases = new Set(); // names created by this process, dropped after every RPC call at the latest
async function dropShadowDatabases(names = [...shadowDatabases]) {
  for (const name of names) {
    await runStatement(datasource.url, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)
      .catch((e) => log('WARN', `Could not drop shadow database ${name}: ${e.message}`));
    shadowDatabases.delete(name);
  }
}

let lastScriptError = null;
class EnginePg extends PrismaPg {
  async connect() {
    const adapter = await super.connect();
    // adapter-pg's executeScript splits on ";" (breaking function bodies and string literals) and runs
    // each piece on its own. Send the script whole through the simple query protocol instead, like the
    // native engine: PostgreSQL then runs a multi-statement migration as one implicit transaction.
    adapter.executeScript = async (script) => {
      try {
        await adapter.client.query(script);
      } catch (e) {
        lastScriptError = e; // for the failed-migration report (see rpcError)
        adapter.onError(e);
      }
    };
    return adapter;
  }

  // adapter-pg's own shadow connection passes `database` next to a connectionString, which wins: it
  // silently works on the main database. Use the configured shadow database (wiped first), or create a
  // throw-away one next to the main database and drop it afterwards.
  async connectToShadowDb() {
    if (datasource.shadowDatabaseUrl) {
      const where = (url) => { const u = new URL(url); return `${u.hostname}:${u.port || 5432}${u.pathname}`; };
      if (where(datasource.shadowDatabaseUrl) === where(datasource.url)) { // it is about to be wiped
        throw new Error('The shadow database you configured appears to be the same as the main database. Please specify another shadow database.');
      }
      const { rows } = await runStatement(datasource.shadowDatabaseUrl,
        `SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`);
      const drops = rows.map((r) => `DROP SCHEMA ${quoteIdent(r.nspname)} CASCADE;`).join(' ');
      await runStatement(datasource.shadowDatabaseUrl, `${drops} CREATE SCHEMA IF NOT EXISTS public;`);
      return new EnginePg(pgConfig(datasource.shadowDatabaseUrl)).connect();
    }
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await runStatement(datasource.url, `CREATE DATABASE ${quoteIdent(name)}`).catch((e) => {
      throw new Error('Prisma Migrate could not create the shadow database. Please make sure the database user has permission '
        + 'to create databases, or set `datasource.shadowDatabaseUrl` in prisma.config.ts. '
        + `Read more about the shadow database at https://pris.ly/d/migrate-shadow\n\nOriginal error: ${e.message}`);
    });
    shadowDatabases.add(name);
    const adapter = await new EnginePg(pgConfig(withDatabase(datasource.url, name))).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await dropShadowDatabases([name]);
    };
    return adapter;
  }
}

// ---------- errors, in the shapes the CLI understands ----------
function connectionError(e, url) {
  const { hostname, port, username, pathname } = new URL(url);
  const at = `${hostname}:${port || 5432}`;
  if (e.code === '3D000') {
    return { error_code: 'P1003', message: `Database \`${decodeURIComponent(pathname.slice(1))}\` does not exist on the database server at \`${at}\`.` };
  }
  if (e.code === '28P01' || e.code === '28000') {
    return {
      error_code: 'P1000',
      message: `Authentication failed against database server, the provided database credentials for \`${decodeURIComponent(username)}\` are not valid.\n\n`
        + `Please make sure to provide valid database credentials for the database server at \`${at}\`.`,
    };
  }
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOENT'].includes(e.code)) {
    return { error_code: 'P1001', message: `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.` };
  }
  return { error_code: null, message: e.message };
}

// ---------- `schema-engine --version` and `schema-engine cli <command>`: one-shot answers ----------
if (argv.includes('--version')) {
  let hash;
  try { hash = createRequire(import.meta.url)('@prisma/engines-version').enginesVersion; } catch { hash = 'wasm'; }
  process.stdout.write(`schema-engine-cli ${hash}\n`);
  process.exit(0);
}
if (cliCommand) {
  log('INFO', 'Starting schema engine CLI'); // the CLI skips this first line
  try {
    const url = datasource.url;
    const database = decodeURIComponent(new URL(url).pathname.slice(1));
    const maintenanceUrl = withDatabase(url, 'postgres'); // CREATE/DROP DATABASE from another database
    if (cliCommand === 'can-connect-to-database') await runStatement(url, 'SELECT 1');
    else if (cliCommand === 'create-database') await runStatement(maintenanceUrl, `CREATE DATABASE ${quoteIdent(database)}`);
    else if (cliCommand === 'drop-database') await runStatement(maintenanceUrl, `DROP DATABASE ${quoteIdent(database)} WITH (FORCE)`);
    else throw new Error(`Unknown cli command: ${cliCommand}`);
    process.exit(0);
  } catch (e) {
    const { message, error_code } = connectionError(e, datasource.url);
    log('ERROR', message, { error_code });
    process.exit(1);
  }
}

// ---------- the WebAssembly engine ----------
// A Rust panic reaches JS as a WebAssembly trap; its message is handed over through this global first.
let panicMessage = null;
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => { panicMessage = message; } };

let adapterFactory = null;
async function startEngine() {
  const wasmPath = path.join(path.dirname(fileURLToPath(import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'))), 'schema_engine_bg.wasm');
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  const datamodels = datamodelPaths.map((p) => [p, fs.readFileSync(p, 'utf8')]);
  const url = datasource.url ?? 'postgresql://localhost:5432/unset'; // some commands (diff) need no database
  // The engine logs JSON lines without a timestamp; the CLI reads stderr line by line, as JSON.
  const onLog = (line) => {
    for (const text of String(line).split('\n').filter(Boolean)) {
      try {
        process.stderr.write(JSON.stringify({ timestamp: new Date().toISOString(), ...JSON.parse(text) }) + '\n');
      } catch {
        log('INFO', text);
      }
    }
  };
  adapterFactory = bindMigrationAwareSqlAdapterFactory(new EnginePg(pgConfig(url)));
  return glue.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, onLog, adapterFactory);
}

// The engine cannot tell the connector from a migrations list without lock file content.
function withLockfile(list) {
  if (list?.lockfile && list.lockfile.content == null) list.lockfile.content = 'provider = "postgresql"\n';
  return list;
}

// ---------- RPC methods that need more than a call of the engine method of the same name ----------
let nextPrintId = 1;
const send = (message) => process.stdout.write(JSON.stringify({ jsonrpc: '2.0', ...message }) + '\n');
const special = {
  // The engine's createMigration insists on a shadow database it cannot get here ("must be provided
  // through an external factory"): diff "migrations directory (replayed in a shadow DB) -> schema" instead.
  async createMigration(engine, { migrationName, draft, migrationsList, schema, filters }) {
    const { exitCode, stdout } = await engine.diff({
      from: { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', ...schema },
      script: true, exitCode: true, filters,
    });
    const timestamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14); // UTC YYYYMMDDHHMMSS
    return {
      connectorType: 'postgresql',
      extension: 'sql',
      generatedMigrationName: migrationName ? `${timestamp}_${migrationName}` : timestamp,
      migrationScript: exitCode === 0 && !draft ? null : stdout, // exit code 0: nothing changed
    };
  },
  // evaluateDataLoss gets no shadow database either: it reads the schema of the migrations from a cache
  // that diagnoseMigrationHistory fills, for the migrations applied to the database. The CLI applies all
  // of them just before, so on a cache miss fill it that way and ask again.
  async evaluateDataLoss(engine, params) {
    try {
      return await engine.evaluateDataLoss(params);
    } catch (e) {
      if (!/shadow DB must be provided/.test(e?.message)) throw e;
      const { migrationsList, filters } = params;
      await engine.diagnoseMigrationHistory({ migrationsList, filters, optInToShadowDatabase: true });
      return engine.evaluateDataLoss(params);
    }
  },
  // The native binary prints the diff itself, through a "print" request to the CLI.
  async diff(engine, params) {
    for (const side of [params.from, params.to]) if (side?.tag === 'migrations') withLockfile(side);
    const { exitCode, stdout } = await engine.diff(params);
    if (stdout != null) send({ id: `print-${nextPrintId++}`, method: 'print', params: { content: stdout } });
    return { exitCode, stdout: null };
  },
  async createDatabase(_engine, { datasource: ds }) {
    const url = ds?.tag === 'ConnectionString' ? ds.url : datasource.url;
    const databaseName = decodeURIComponent(new URL(url).pathname.slice(1));
    await runStatement(withDatabase(url, 'postgres'), `CREATE DATABASE ${quoteIdent(databaseName)}`);
    return { databaseName };
  },
  getDatabaseVersion: (engine, params) => engine.version(params),
};

function rpcError(e) {
  const panic = e instanceof WebAssembly.RuntimeError;
  let message = panic ? panicMessage : String(e?.message ?? e);
  let errorCode = /^P\d{4}$/.test(e?.code) ? e.code : null;
  if (e?.severity || e?.syscall) ({ message, error_code: errorCode } = connectionError(e, datasource.url)); // from pg itself
  // Errors thrown by our adapter code (not DriverAdapterErrors) reach the engine as "External error id#N".
  message = message.replace(/External error id#(\d+)/, (text, id) => {
    const original = adapterFactory?.errorRegistry.consumeError(Number(id))?.error;
    return original ? (original.severity ? connectionError(original, datasource.url).message : original.message) : text;
  });
  // A failing migration comes back as a bare "No such table: x": rebuild the native report (P3018)
  // from the migration name in the engine's span trace and PostgreSQL's own error.
  const failedMigration = /apply_script\s+with migration_name="([^"]+)"/.exec(message)?.[1];
  if (failedMigration && lastScriptError) {
    const { code, severity, message: pgMessage, detail, hint } = lastScriptError;
    errorCode = 'P3018';
    message = 'A migration failed to apply. New migrations cannot be applied before the error is recovered from. '
      + 'Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\n'
      + `Migration name: ${failedMigration}\n\nDatabase error code: ${code}\n\nDatabase error:\n${severity}: ${pgMessage}`
      + (detail ? `\nDETAIL: ${detail}` : '') + (hint ? `\nHINT: ${hint}` : '');
  }
  return {
    code: 4466,
    message: 'An error happened. Check the data field for details.',
    data: {
      is_panic: panic,
      // The engine appends a span trace ("   0: sql_schema_connector::..."); the native binary does not.
      message: message.replace(/\n\s+0: [\s\S]*/, ''),
      error_code: errorCode,
      meta: e?.meta ?? null,
      ...(panic && { error: { message } }), // what the CLI shows for a panic
    },
  };
}

// ---------- JSON-RPC 2.0 over stdio, one message per line, handled one at a time ----------
let enginePromise = null;
let queue = Promise.resolve();
let current = null; // the request being handled
async function handle(request) {
  current = request;
  lastScriptError = null;
  try {
    enginePromise ??= startEngine();
    const engine = await enginePromise;
    const params = request.params ?? {};
    withLockfile(params.migrationsList);
    let result;
    if (special[request.method]) result = await special[request.method](engine, params);
    else if (typeof glue.SchemaEngine.prototype[request.method] === 'function') result = await engine[request.method](params);
    else throw new Error(`The schema engine stand-in does not support "${request.method}".`);
    await dropShadowDatabases(); // before answering: the CLI kills this process right after its last answer
    send({ id: request.id, result: result ?? {} });
  } catch (e) {
    await dropShadowDatabases();
    send({ id: request.id, error: rpcError(e) });
  }
  current = null;
}
// Some engine panics trap inside a promise callback and surface here instead of rejecting the call.
// The WebAssembly instance is unusable afterwards: answer with a panic, clean up, exit like the binary.
process.on('uncaughtException', async (e) => {
  if (current) send({ id: current.id, error: rpcError(e) });
  else log('ERROR', String(panicMessage ?? e?.stack ?? e));
  await dropShadowDatabases();
  process.exit(101);
});
readline.createInterface({ input: process.stdin, crlfDelay: Infinity }).on('line', (line) => {
  if (!line.trim()) return;
  const message = JSON.parse(line);
  if (!message.method) return; // the CLI's acknowledgement of a "print" request
  queue = queue.then(() => handle(message));
}).on('close', () => queue.then(() => process.exit(0)));
