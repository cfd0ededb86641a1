// The deployment's offline checks, run by test.sh with node --test: the Bicep template builds and lints clean
// (pinned Bicep CLI from NuGet, scripts/bicep.sh; bicepconfig.json turns on the recent-API-versions rule),
// deploy.sh parses and its dry run walks every step, and the Teams app package that the built bot's
// `teams-package` verb writes validates against the official manifest schema shipped in @microsoft/app-manifest
// (read from the package's own files: nothing is fetched). Needs the bot built (bot/bin/Debug, as dotnet test leaves it).
// Run alone: node --test scripts/deploy-check.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const template = join(root, 'deploymentTemplates/azure/main.bicep');
const deployScript = join(root, 'deploymentTemplates/deploy.sh');
const botDll = join(root, 'bot/bin/Debug/net10.0/ConnectorBot.dll');
const work = mkdtempSync(join(tmpdir(), 'deploy-check-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// Every child has a deadline; the first Bicep run may download the CLI from NuGet.
function run(command, args, timeout = 180_000) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout });
  assert.equal(result.error, undefined, `${command} ${args.join(' ')} could not run: ${result.error?.message}`);
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

// Bicep reports diagnostics as "file(line,col) : Warning|Error CODE: text" and exits 0 on warnings.
const diagnostics = (text) => text.split('\n').filter((line) => /\) : (Warning|Error|Info) /.test(line));

test('the Bicep template builds without a diagnostic', () => {
  const { code, out } = run(join(root, 'scripts/bicep.sh'), ['build', template, '--outfile', join(work, 'main.json')]);
  assert.equal(code, 0, `bicep build failed:\n${out}`);
  assert.deepEqual(diagnostics(out), [], `bicep build reported:\n${out}`);
  const arm = JSON.parse(readFileSync(join(work, 'main.json'), 'utf8'));
  const types = Object.values(arm.resources).map((r) => r.type);
  for (const type of ['Microsoft.OperationalInsights/workspaces', 'Microsoft.Insights/components', 'Microsoft.Web/sites', 'Microsoft.BotService/botServices']) {
    assert.ok(types.includes(type), `the template has no ${type}`);
  }
});

test('the Bicep linter finds nothing (recent API versions included)', () => {
  const { code, out } = run(join(root, 'scripts/bicep.sh'), ['lint', template]);
  assert.equal(code, 0, `bicep lint failed:\n${out}`);
  assert.deepEqual(diagnostics(out), [], `bicep lint reported:\n${out}`);
});

test('deploy.sh parses, and its dry run walks every step without Azure', () => {
  assert.equal(run('bash', ['-n', deployScript]).code, 0, 'bash -n deploy.sh failed');
  const { code, out } = run('bash', [deployScript, '--dry-run', '--name', 'connectorbot-check', '--location', 'westeurope', '--app-version', '1.2.3']);
  assert.equal(code, 0, `deploy.sh --dry-run failed:\n${out}`);
  for (const step of ['az provider register --namespace Microsoft.BotService', 'az group create', 'az deployment group create', 'dotnet publish', 'az webapp deploy', 'teams-package --app-id', '--version 1.2.3']) {
    assert.ok(out.includes(step), `the dry run has no '${step}':\n${out}`);
  }
  const refused = run('bash', [deployScript, '--dry-run', '--name', 'connectorbot-check', '--location', 'westeurope', '--app-version', '1.2']);
  assert.equal(refused.code, 2, `deploy.sh took --app-version 1.2:\n${refused.out}`);
});

test('the Teams app package validates against the official manifest schema, offline', async () => {
  assert.ok(existsSync(botDll), `no built bot at ${botDll}: build it first (dotnet build bot)`);
  const zip = join(work, 'teams-app.zip');
  const { code, out } = run('dotnet', [botDll, 'teams-package', '--app-id', '6f1e2d3c-0000-4000-8000-00000000b07a', '--version', '1.0.7', '--template', join(root, 'deploymentTemplates/teams-app'), '--out', zip], 60_000);
  assert.equal(code, 0, `teams-package failed:\n${out}`);
  const manifest = JSON.parse(zipEntry(readFileSync(zip), 'manifest.json').toString('utf8'));
  assert.equal(manifest.version, '1.0.7');

  // The schema of the manifest's own version, from the package's files: a missing one fails rather than being fetched.
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const schemaFile = join(packageDir, `build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
  assert.ok(existsSync(schemaFile), `@microsoft/app-manifest ships no schema for manifest version ${manifest.manifestVersion} (${schemaFile})`);
  assert.ok(manifest.$schema.endsWith(`/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`), `$schema ${manifest.$schema} is not v${manifest.manifestVersion}'s`);
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  const { AppManifestUtils } = require('@microsoft/app-manifest');
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  assert.deepEqual(errors, [], `the manifest breaks schema v${manifest.manifestVersion}:\n${errors.join('\n')}`);
});

// One entry of a zip (stored or deflated), found through the central directory.
function zipEntry(zip, name) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'not a zip file');
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (entryName === name) {
      const local = zip.readUInt32LE(at + 42);
      const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const bytes = zip.subarray(data, data + size);
      return method === 8 ? inflateRawSync(bytes) : bytes;
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  assert.fail(`the zip has no ${name}`);
}
