// Reads the test run's TRX file and prints per-store contract counts and one closing line.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
let xml;
try {
  xml = readFileSync(file, 'utf8');
} catch {
  console.error(`No test results at ${file}: the test run did not finish.`);
  process.exit(1);
}

const results = [...xml.matchAll(/<UnitTestResult\b[^>]*>/g)].map(([tag]) => ({
  name: /testName="([^"]*)"/.exec(tag)?.[1] ?? '',
  outcome: /outcome="([^"]*)"/.exec(tag)?.[1] ?? 'Unknown',
}));

const count = (list, outcome) => list.filter((r) => r.outcome === outcome).length;
const groups = [
  ['Azurite store', (r) => r.name.includes('.AzuriteTableStoreContractTests.')],
  ['Embedded store', (r) => r.name.includes('.EmbeddedTableStoreContractTests.')],
];
for (const [label, match] of groups) {
  const list = results.filter(match);
  console.log(`${label}: ${list.length} contract tests run, ${count(list, 'Passed')} of them passed, ${count(list, 'NotExecuted')} skipped`);
}

const failed = results.length - count(results, 'Passed') - count(results, 'NotExecuted');
console.log(`Tests: ${count(results, 'Passed')} passed, ${failed} failed, ${count(results, 'NotExecuted')} skipped`);
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
