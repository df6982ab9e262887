// Imports every TimelineJS file (.json) in a folder and says what survived, file by file:
// events, images, other media (kept as links), quotations embedded with no address (kept in
// the summary), slide background images (in→kept), and the problems by severity. Exits 1
// when anything is lost (see scripts/timelinejs-fidelity.js for what counts as what).
//
//   npm run build && node scripts/check-timelinejs.js DIR [--allow-deep-time]
//
// --allow-deep-time: events whose years lie beyond what dates here can hold (a JavaScript
// Date's ±271,820 years; Knight Lab's cosmological examples go to 13.8 billion years ago)
// are listed apart and do not fail the run.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fidelity } from './timelinejs-fidelity.js';

function check(file, allowDeepTime) {
  const { tally, lost, deepTime, problems, titleMedia } = fidelity(JSON.parse(readFileSync(file, 'utf8')));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const columns = Object.entries(tally)
    .filter(([name, { in: total }]) => total > 0 || name === 'events' || name === 'images')
    .map(([name, { in: total, kept }]) => `${name} ${total}→${kept}`);
  console.log(`${file}: ${columns.join(' · ')} · problems: ${errors} errors, ${problems.length - errors} warnings${titleMedia === 'none' ? '' : ` · title slide ${titleMedia}: not kept (no picture for a timeline)`}`);
  for (const line of lost) console.log(`  LOST ${line}`);
  for (const line of deepTime) console.log(`  DEEP TIME ${line}: beyond the years dates here hold`);
  return lost.length === 0 && (allowDeepTime || deepTime.length === 0);
}

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith('--'));
if (!dir) {
  console.error('usage: node scripts/check-timelinejs.js DIR [--allow-deep-time]');
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort();
let ok = true;
for (const name of files) ok = check(join(dir, name), args.includes('--allow-deep-time')) && ok;
console.log(ok ? `${files.length} files: nothing lost` : `${files.length} files: something was lost (see LOST and DEEP TIME above)`);
process.exit(ok ? 0 : 1);
