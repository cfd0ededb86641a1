// Every row of the bot's store, read from outside the bot, for harnesses that check what it wrote: the embedded store
// (SQLite, through the sqlite3 command-line tool, read-only) or Azure Table Storage / Azurite (the Table REST API,
// signed with the account key). Rows come back as { table, partitionKey, rowKey, properties } where properties is the
// stored JSON as text (SQLite) or the service's JSON (Azurite); a row whose properties do not parse is kept with
// `error` set, so a caller can count corrupt rows.
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Rows of the embedded store in `dataDirectory` (the bot's Storage:DataDirectory), read from a copy (database and its
 * write-ahead log, as a crash would leave them) so the bot may keep running. The copy's key columns lose the bot's own
 * collation, which sqlite3 does not know (the keys here are ASCII, where it sorts as plain bytes do). Needs `sqlite3`.
 * Returns { rows, integrity } where integrity is what PRAGMA integrity_check said ("ok" for a sound file).
 */
export async function readSqliteRows(dataDirectory, file = 'connectorbot.db') {
  const copy = mkdtempSync(join(tmpdir(), 'connectorbot-store-copy-'));
  try {
    for (const suffix of ['', '-wal']) {
      if (existsSync(join(dataDirectory, file + suffix))) copyFileSync(join(dataDirectory, file + suffix), join(copy, file + suffix));
    }
    const db = join(copy, file);
    await sqlite(db, "PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = replace(sql, 'COLLATE ORDINAL', '') WHERE name = 'entities';");
    const integrity = (await sqlite(db, 'PRAGMA integrity_check;')).trim();
    const sql = 'SELECT t.name AS tbl, e.partition_key AS pk, e.row_key AS rk, CAST(e.properties AS TEXT) AS props FROM entities e JOIN tables t ON t.id = e.table_id;';
    const out = await sqlite(db, sql, ['-json']);
    const raw = out.trim() ? JSON.parse(out) : [];
    const rows = raw.map((r) => {
      const row = { table: r.tbl, partitionKey: r.pk, rowKey: r.rk, properties: null };
      try {
        row.properties = JSON.parse(r.props);
      } catch (e) {
        row.error = `properties are not JSON: ${e.message}`;
      }
      return row;
    });
    return { rows, integrity };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function sqlite(db, sql, flags = []) {
  return new Promise((resolveRun, rejectRun) => {
    execFile('sqlite3', [...flags, db, sql], { maxBuffer: 512 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) {
        rejectRun(new Error(error.code === 'ENOENT'
          ? 'sqlite3 is not installed: the harness reads the embedded store with it (apt-get install sqlite3).'
          : `sqlite3 failed: ${stderr || error.message}`));
        return;
      }
      resolveRun(stdout);
    });
  });
}

/** Rows of every table of an Azurite (or Azure) account, from its connection string's TableEndpoint and key. */
export async function readTableServiceRows(connectionString) {
  const parts = Object.fromEntries(connectionString.split(';').filter(Boolean).map((p) => {
    const at = p.indexOf('=');
    return [p.slice(0, at), p.slice(at + 1)];
  }));
  const endpoint = parts.TableEndpoint.replace(/\/$/, '');
  const account = parts.AccountName;
  const key = Buffer.from(parts.AccountKey, 'base64');
  const get = async (resource, query) => {
    const url = new URL(`${endpoint}/${resource}`);
    for (const [k, v] of Object.entries(query ?? {})) if (v) url.searchParams.set(k, v);
    const date = new Date().toUTCString();
    // SharedKeyLite for the Table service: the date and the canonical resource (account, then the URL's path).
    const canonical = `/${account}${url.pathname}`;
    const signature = createHmac('sha256', key).update(`${date}\n${canonical}`, 'utf8').digest('base64');
    const response = await fetch(url, {
      headers: {
        'x-ms-date': date,
        'x-ms-version': '2019-02-02',
        accept: 'application/json;odata=nometadata',
        authorization: `SharedKeyLite ${account}:${signature}`,
      },
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`GET ${url.pathname} answered ${response.status}: ${text.slice(0, 300)}`);
    return { body: text, headers: response.headers };
  };
  const tables = [];
  let next = null;
  do {
    const page = await get('Tables', { NextTableName: next });
    tables.push(...JSON.parse(page.body).value.map((t) => t.TableName));
    next = page.headers.get('x-ms-continuation-nexttablename');
  } while (next);
  const rows = [];
  for (const table of tables) {
    let np = null;
    let nr = null;
    do {
      const page = await get(`${table}()`, { NextPartitionKey: np, NextRowKey: nr });
      let value;
      try {
        value = JSON.parse(page.body).value;
      } catch (e) {
        rows.push({ table, partitionKey: null, rowKey: null, properties: null, error: `a page of ${table} is not JSON: ${e.message}` });
        break;
      }
      for (const entity of value) {
        const { PartitionKey, RowKey, Timestamp, ...properties } = entity;
        rows.push({ table, partitionKey: PartitionKey, rowKey: RowKey, properties });
      }
      np = page.headers.get('x-ms-continuation-nextpartitionkey');
      nr = page.headers.get('x-ms-continuation-nextrowkey');
    } while (np);
  }
  return { rows, integrity: 'ok' };
}

/** A property's value whether the store kept it plain ({ Name: v }) or typed ({ Name: { type, value } }). */
export function prop(row, name) {
  const value = row.properties?.[name];
  if (value && typeof value === 'object' && !Array.isArray(value) && 'value' in value) return value.value;
  return value;
}
