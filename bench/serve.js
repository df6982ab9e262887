// The benchmarks' server: the repository's files as they are (dist/, data/), uncached, and
// pages a benchmark writes itself. `/__delay/MS/path` serves `path` MS milliseconds late (a
// slow network for one file, as the layout-shift benchmark needs).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html' };

/**
 * Starts the server on 127.0.0.1 (`port` 0: any free port).
 * @param {(url: URL) => Promise<string | undefined> | string | undefined} page - the HTML of a
 *   page the benchmark writes, or undefined to serve the file at the address.
 * @returns {Promise<{ origin: string, close: () => void }>}
 */
export async function serveBench(page, port = 0) {
  const server = createServer(async (request, response) => {
    let url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const delayed = /^\/__delay\/(\d+)(\/.*)$/.exec(url.pathname);
    if (delayed) {
      await new Promise((resolve) => setTimeout(resolve, Number(delayed[1])));
      url = new URL(delayed[2] + url.search, url);
    }
    try {
      const html = await page(url);
      if (html !== undefined) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
        return;
      }
      const file = join(root, normalize(url.pathname));
      if (!file.startsWith(root)) throw new Error('outside');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${String(server.address().port)}`, close: () => server.close() };
}
