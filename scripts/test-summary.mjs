// Reads the test run's TRX file (dotnet test), the end-to-end JUnit file (node --test) and, when given, the deployment
// checks' JUnit file (scripts/deploy-check.mjs), prints per-store contract counts, the end-to-end and deployment counts
// and one closing line over all. Usage: node scripts/test-summary.mjs <results.trx> <e2e.xml> [<deploy.xml>].
// A missing file counts as one failed test.
import { readFileSync } from 'node:fs';

const [trxFile, junitFile, deployFile] = process.argv.slice(2);
let ok = true;

function read(file, what) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    console.error(`No ${what} results at ${file}: that part of the test run did not finish.`);
    ok = false;
    return null;
  }
}

// An XML start tag whose quoted attribute values may hold '>'.
const tag = (name) => new RegExp(`<${name}\\b(?:[^>"]|"[^"]*")*>`, 'g');
const attribute = (text, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(text)?.[1];

// dotnet test: outcome Passed, Failed, NotExecuted (skipped), …
const trx = read(trxFile, 'dotnet test');
const unit = trx === null ? [] : [...trx.matchAll(tag('UnitTestResult'))].map(([start]) => ({
  name: attribute(start, 'testName') ?? '',
  outcome: attribute(start, 'outcome') ?? 'Unknown',
}));

// node --test JUnit: a <testcase> passed unless it holds <failure> or <skipped>.
const junit = junitFile === undefined ? null : read(junitFile, 'end-to-end');
if (junitFile === undefined) {
  console.error('No end-to-end results file was given.');
  ok = false;
}
const testCases = (text) => text === null ? [] : [...text.matchAll(/<testcase\b(?:[^>"]|"[^"]*")*?(\/>|>([\s\S]*?)<\/testcase>)/g)].map(([, end, body]) => ({
  outcome: end === '/>' ? 'Passed' : /<failure\b/.test(body) ? 'Failed' : /<skipped\b/.test(body) ? 'NotExecuted' : 'Passed',
}));
const e2e = testCases(junit);
const deployXml = deployFile === undefined ? undefined : read(deployFile, 'deployment check');
const deploy = testCases(deployXml ?? null);

const count = (list, outcome) => list.filter((r) => r.outcome === outcome).length;
const failedIn = (list) => list.length - count(list, 'Passed') - count(list, 'NotExecuted');
const groups = [
  ['Azurite store', (r) => r.name.includes('.AzuriteTableStoreContractTests.')],
  ['Embedded store', (r) => r.name.includes('.EmbeddedTableStoreContractTests.')],
];
for (const [label, match] of groups) {
  const list = unit.filter(match);
  console.log(`${label}: ${list.length} contract tests run, ${count(list, 'Passed')} of them passed, ${count(list, 'NotExecuted')} skipped`);
}
if (junit === null) {
  console.log('End to end (Playground + Chromium): no results (counted as 1 failed)');
} else {
  console.log(`End to end (Playground + Chromium): ${e2e.length} tests run, ${count(e2e, 'Passed')} passed, ${failedIn(e2e)} failed, ${count(e2e, 'NotExecuted')} skipped`);
}
if (deployXml === null) {
  console.log('Deployment (Bicep + Teams manifest): no results (counted as 1 failed)');
} else if (deployXml !== undefined) {
  console.log(`Deployment (Bicep + Teams manifest): ${deploy.length} checks run, ${count(deploy, 'Passed')} passed, ${failedIn(deploy)} failed, ${count(deploy, 'NotExecuted')} skipped`);
}

// A run that left no results failed, whatever it would have found.
const missing = [trx, junit, deployXml].filter((text) => text === null).map(() => ({ outcome: 'Failed' }));
const all = [...unit, ...e2e, ...deploy, ...missing];
console.log(`Tests: ${count(all, 'Passed')} passed, ${failedIn(all)} failed, ${count(all, 'NotExecuted')} skipped`);
if ((trx !== null && unit.length === 0) || (junit !== null && e2e.length === 0) || (typeof deployXml === 'string' && deploy.length === 0)) {
  console.error('A test run recorded no tests.');
  ok = false;
}
process.exit(ok && failedIn(all) === 0 ? 0 : 1);
