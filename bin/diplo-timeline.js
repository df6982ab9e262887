#!/usr/bin/env node
// diplo-timeline command line, for CMS pipelines and producers: validate, convert, render, embed.
// The work is in dist/src/cli (tested there); this file is its process I/O.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readTimelineFile, formatProblem, summarize, INPUT_FORMATS } from '../dist/src/cli/validate.js';
import { outputFormat, writeTimeline, OUTPUT_FORMATS } from '../dist/src/cli/convert.js';
import { asOfProblem, langProblem, layoutProblem } from '../dist/src/cli/options.js';

const USAGE = `Usage:
  diplo-timeline validate FILE… [--json]
  diplo-timeline convert IN -o OUT [--to json|yaml|csv|tsv]
  diplo-timeline render IN -o OUT.html [--lang TAG] [--as-of YYYY-MM-DD] [--layout auto|vertical|horizontal] [--markdown]
  diplo-timeline embed PAGE… [--check] [--lang TAG] [--as-of YYYY-MM-DD] [--layout auto|vertical|horizontal]

validate  Checks timeline files: JSON or YAML (this library's), TimelineJS3 or vis-timeline
          JSON, CSV or TSV.
          Prints each problem where it is: "events[3].when" in JSON, "line 12,
          column 5" in YAML, "row 14, Date" in a spreadsheet.
convert   Writes a timeline as JSON, YAML, CSV or TSV (by OUT's extension, or --to); reads
          any of the above, TimelineJS3 and vis-timeline JSON included. OUT "-" is standard output.
render    Writes a server-rendered HTML fragment: <diplo-timeline> with its content in
          declarative shadow DOM, readable without JavaScript (needs @lit-labs/ssr).
          --markdown (or OUT ending .md) writes it as a block a Markdown page keeps as it is.
embed     Fills each block of a Markdown or HTML page, in place, with the timeline rendered
          from the data file its opening comment names (relative to the page):
            <!-- diplo-timeline data/timeline.json [lang=ko] [layout=vertical] -->
            <!-- /diplo-timeline -->
          Run it again when the data changes; options in a block win over the command's.
          --check writes nothing, and exits 1 when a page is not up to date (for CI).

Options:
  --from FORMAT        json, yaml, timelinejs, vis, csv or tsv (default: from the extension
                       and content)
  --date-order ORDER   slash dates in a spreadsheet: dmy (6/12/2018 is 6 December) or mdy
  --json               print a machine-readable report on standard output (convert and
                       render: on standard error when OUT is "-")

Exit status: 0 when clean or with warnings only, 1 when there are errors (convert and
render still write what could be kept), 2 on bad usage.`;

const usage = (message) => {
  console.error(`diplo-timeline: ${message}\n\n${USAGE}`);
  process.exit(2);
};

const [command, ...rest] = process.argv.slice(2);
if (!command || command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE);
  process.exit(command ? 0 : 2);
}
if (!['validate', 'convert', 'render', 'embed'].includes(command)) usage(`unknown command "${command}"`);

let parsed;
try {
  parsed = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      to: { type: 'string' },
      from: { type: 'string' },
      'date-order': { type: 'string' },
      lang: { type: 'string' },
      'as-of': { type: 'string' },
      layout: { type: 'string' },
      markdown: { type: 'boolean' },
      check: { type: 'boolean' },
    },
  });
} catch (error) {
  usage(error.message);
}
const { values: options, positionals: files } = parsed;
if (options.from !== undefined && !INPUT_FORMATS.includes(options.from)) usage(`--from must be one of ${INPUT_FORMATS.join(', ')}`);
if (options['date-order'] !== undefined && !['dmy', 'mdy'].includes(options['date-order'])) usage('--date-order must be dmy or mdy');
for (const [name, check] of [['lang', langProblem], ['layout', layoutProblem], ['as-of', asOfProblem]]) {
  const wrong = options[name] === undefined ? undefined : check(options[name]);
  if (wrong) usage(`--${name}: ${wrong}`);
}
if (files.length === 0) usage(`${command}: name a file`);
if (command === 'embed' && options.output) usage('embed writes each page in place: it takes no -o');
for (const name of ['json', 'markdown', 'to']) if (command === 'embed' && options[name] !== undefined) usage(`embed takes no --${name}`);
if (!['validate', 'embed'].includes(command) && files.length > 1) usage(`${command}: name one input file`);
if (!['validate', 'embed'].includes(command) && !options.output) usage(`${command}: name the output file with -o OUT (or -o - for standard output)`);

async function read(file, name = file) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`${name}: cannot read the file (${error.code ?? error.message})`);
    return undefined;
  }
  return await readTimelineFile(bytes, { name: file, from: options.from, dateOrder: options['date-order'] });
}

if (command === 'validate') {
  let failed = false;
  for (const file of files) {
    const result = await read(file);
    if (!result) {
      failed = true;
      continue;
    }
    const { errors, warnings, line } = summarize(result.eventCount, result.problems);
    if (errors) failed = true;
    if (options.json) {
      console.log(JSON.stringify({ file, format: result.format, events: result.eventCount, errors, warnings, problems: result.problems }, null, 2));
      continue;
    }
    for (const problem of result.problems) console.log(`${file}: ${formatProblem(problem)}`);
    console.log(`${file}: ${line}`);
  }
  process.exit(failed ? 1 : 0);
}

/** The renderer, which needs @lit-labs/ssr beside this package. */
async function renderer(name) {
  try {
    return await import(`../dist/src/cli/${name}.js`);
  } catch (error) {
    console.error(`${command} needs @lit-labs/ssr: npm install @lit-labs/ssr (${error.message})`);
    process.exit(1);
  }
}

const defaults = { lang: options.lang, asOf: options['as-of'], layout: options.layout };

if (command === 'embed') {
  const { embedTimelines } = await renderer('embed');
  let failed = false;
  for (const page of files) {
    let text;
    try {
      text = readFileSync(page, 'utf8');
    } catch (error) {
      console.error(`${page}: cannot read the file (${error.code ?? error.message})`);
      failed = true;
      continue;
    }
    const markdown = !/\.html?$/i.test(page);
    const embedded = await embedTimelines(text, (file) => read(resolve(dirname(page), file), file), defaults, { markdown });
    if (embedded.error) {
      console.error(`${page}: ${embedded.error}`);
      failed = true;
      continue;
    }
    for (const block of embedded.blocks) {
      const where = `${page}: line ${String(block.line)}, ${block.file}`;
      for (const problem of block.problems) console.error(`${where}: ${formatProblem(problem)}`);
      if (block.report) {
        const { errors, line } = summarize(block.report.eventCount, block.problems);
        if (errors) failed = true;
        console.log(`${where}: ${line}`);
      }
      if (block.kept) {
        failed = true;
        console.error(`${where}: left as it was (${block.kept === 'errors' ? 'the data has errors' : 'the file cannot be read'}); fix it and run again`);
      }
    }
    const drawn = embedded.blocks.filter((block) => !block.kept).length;
    if (!embedded.blocks.length) console.log(`${page}: no <!-- diplo-timeline FILE --> block`);
    else if (embedded.text === text) console.log(`${page}: ${drawn ? 'up to date' : 'unchanged'}`);
    else if (options.check) {
      console.error(`${page}: not up to date with its data (run diplo-timeline embed ${page})`);
      failed = true;
    } else {
      try {
        writeFileSync(page, embedded.text);
        console.log(`${page}: ${String(drawn)} timeline${drawn === 1 ? '' : 's'} embedded`);
      } catch (error) {
        console.error(`${page}: cannot write the file (${error.code ?? error.message})`);
        failed = true;
      }
    }
  }
  process.exit(failed ? 1 : 0);
}

const [input] = files;
const output = options.output;
const toStdout = output === '-';
let format = 'html';
if (command === 'convert') {
  format = outputFormat(toStdout ? '' : output, options.to);
  if (!format) usage(`convert: say the output format with --to (${OUTPUT_FORMATS.join(', ')}) or an extension on OUT`);
}
const result = await read(input);
if (!result) process.exit(1);

let text;
let problems = result.problems;
if (command === 'convert') {
  text = await writeTimeline(result.timeline, format);
} else {
  const { renderFile } = await renderer('render');
  const markdown = options.markdown || /\.(md|markdown)$/i.test(output);
  const rendered = await renderFile(result.timeline, { ...defaults, markdown });
  text = rendered.html;
  problems = [...problems, ...rendered.problems];
}
try {
  if (toStdout) process.stdout.write(text);
  else {
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, text);
  }
} catch (error) {
  console.error(`${output}: cannot write the file (${error.code ?? error.message})`);
  process.exit(1);
}
const { errors, warnings, line } = summarize(result.eventCount, problems);
const report = toStdout ? console.error : console.log;
if (options.json) {
  report(JSON.stringify({ file: input, format: result.format, output, outputFormat: format, events: result.eventCount, errors, warnings, problems }, null, 2));
} else {
  for (const problem of problems) console.error(`${input}: ${formatProblem(problem)}`);
  console.error(`${input}: ${line}${toStdout ? '' : ` → ${output}`}`);
}
process.exit(errors ? 1 : 0);
