// The load scripts' command line: parseArgs with a --help that prints the script's header comment, a failure that
// names the script's --help and exits 2, and whole-number options checked against a range.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Parses process.argv for the script at `scriptUrl` (its import.meta.url) with `options` (parseArgs's, --help added).
 * Returns { values, fail, whole }: fail(message) exits 2, whole(name, min, max) reads a whole-number option.
 */
export function readCommandLine(scriptUrl, options) {
  const script = relative(process.cwd(), fileURLToPath(scriptUrl));
  const fail = (message) => {
    console.error(`${message}\nnode ${script} --help for the options.`);
    process.exit(2);
  };
  let values;
  try {
    values = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h', default: false } } }).values;
  } catch (error) {
    fail(error.message);
  }
  if (values.help) {
    const lines = readFileSync(new URL(scriptUrl), 'utf8').split('\n');
    console.log(lines.slice(1, lines.findIndex((l) => l.startsWith('import'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
    process.exit(0);
  }
  const whole = (name, min, max) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min || value > max) fail(`--${name} must be a whole number from ${min} to ${max}.`);
    return value;
  };
  return { values, fail, whole };
}
