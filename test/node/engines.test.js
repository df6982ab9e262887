// package.json's `engines` says which Node runs the project: every package that `npm ci`
// installs (build, test and runtime alike) must accept every Node version it names, or the
// statement is untrue. A dependency that raises its minimum fails this test, not a user.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8'));

describe('engines', () => {
  const ours = pkg.engines.node;

  it('every installed package accepts every Node version package.json names', () => {
    const refusing = [];
    for (const [path, info] of Object.entries(lock.packages)) {
      const theirs = info.engines?.node;
      // Optional packages for other platforms are not installed here; those that are count.
      if (!path || !theirs || !existsSync(root + path)) continue;
      if (!semver.subset(ours, theirs)) refusing.push(`${path.replace(/^.*node_modules\//, '')}@${info.version} wants node ${theirs}`);
    }
    assert.deepEqual(refusing, [], `package.json says node ${ours}, but:\n${refusing.join('\n')}`);
  });

  it('names a minimum that exists, and the README states it', () => {
    const minimum = semver.minVersion(ours);
    assert.ok(minimum, ours);
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const [major, minor] = minimum.version.split('.');
    assert.match(readme, new RegExp(`Node ${major}\\.${minor} or later`), 'README names the same minimum');
  });

  it('the Node running the tests is one package.json names', () => {
    assert.ok(semver.satisfies(process.versions.node, ours), `node ${process.versions.node} is not in ${ours}`);
  });
});
