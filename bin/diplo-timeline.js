#!/usr/bin/env node
// diplo-timeline command line: `diplo-timeline validate FILE.json` for CMS pipelines.
import { readFileSync } from 'node:fs';
import { readTimelineFile, formatProblem } from '../dist/src/cli/validate.js';

const USAGE = `Usage: diplo-timeline validate FILE.json [--json]

Checks a timeline data file. Prints each problem with its path; exits 1 when
there are errors, 0 when the file is clean or has warnings only, 2 on bad usage.
  --json   print the problems as JSON instead of text`;

const args = process.argv.slice(2);
const [command, ...rest] = args;
if (!command || command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE);
  process.exit(command ? 0 : 2);
}
if (command !== 'validate') {
  console.error(`diplo-timeline: unknown command "${command}"\n\n${USAGE}`);
  process.exit(2);
}
const asJson = rest.includes('--json');
const files = rest.filter((arg) => arg !== '--json');
if (files.length === 0) {
  console.error(`diplo-timeline validate: name a file\n\n${USAGE}`);
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`${file}: cannot read the file (${error.code ?? error.message})`);
    failed = true;
    continue;
  }
  const result = readTimelineFile(bytes);
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  if (errors) failed = true;
  if (asJson) {
    console.log(JSON.stringify({ file, events: result.eventCount, errors, warnings, problems: result.problems }, null, 2));
    continue;
  }
  for (const problem of result.problems) console.log(`${file}: ${formatProblem(problem)}`);
  const verdict = errors ? 'not valid' : warnings ? 'valid, with warnings' : 'valid';
  console.log(
    `${file}: ${verdict} — ${result.eventCount} event${result.eventCount === 1 ? '' : 's'} kept, ` +
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
}
process.exit(failed ? 1 : 0);
