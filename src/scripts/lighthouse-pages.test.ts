import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { selectPages } from './lighthouse.mjs';
import { freePort } from './lighthouse-session.mjs';
import { serveStatic } from './static-server.mjs';
import { writeTree } from './test-tree';

const tree = (files: Record<string, string>) => writeTree('lighthouse-', files);

const page = (body = '') => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const island = (url: string) => `<astro-island component-url="${url}"></astro-island>`;

describe('selectPages', () => {
  it('picks home, the Labs page, the first unit without a simulator, every unit with one (a lab task counts), the heaviest scenario with its presenter view, and the self-assessment', () => {
    const root = tree({
      'content/lessons/01-welcome/index.mdx': '',
      'content/lessons/02-engine/index.mdx': '',
      'content/lessons/03-aside/index.mdx': '',
      'content/lessons/04-wizard/index.mdx': '',
      'content/lessons/05-check/index.mdx': '',
      'dist/index.html': page(),
      'dist/units/welcome/index.html': page(),
      'dist/units/engine/index.html': page('<div class="sim-slot"></div>'),
      'dist/units/aside/index.html': page(),
      'dist/units/wizard/index.html': page('<div class="sim-slot"></div>'),
      'dist/units/check/index.html': page('<li class="quiz__lab">a lab task</li>'),
      'dist/_astro/light.js': 'export const a = 1;',
      'dist/_astro/heavy.js': `export const b = "${'x'.repeat(50)}${Math.random()}${'y'.repeat(50)}${Math.random()}";`,
      'dist/scenarios/index.html': page(),
      'dist/scenarios/light/index.html': page(island('/_astro/light.js')),
      'dist/scenarios/heavy/index.html': page(island('/_astro/heavy.js')),
      'dist/present/heavy/index.html': page(),
      'dist/self-assessment/index.html': page(),
    });
    expect(selectPages(join(root, 'dist'), join(root, 'content/lessons')).map((entry) => entry.page)).toEqual([
      '/',
      '/scenarios/',
      '/units/welcome/',
      '/units/engine/',
      '/units/wizard/',
      '/units/check/',
      '/scenarios/heavy/',
      '/present/heavy/',
      '/self-assessment/',
    ]);
  });
});

describe('serveStatic', () => {
  const get = (url: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      request(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    });

  it('serves folders as index.html, gzips text when asked, and answers unknown paths with 404.html', async () => {
    const root = tree({
      'index.html': page('home'),
      'a/index.html': page('a'),
      '404.html': page('missing'),
      'x.js': 'export {};',
    });
    const port = await freePort(4350, 4359);
    const server = await serveStatic({ root, port });
    try {
      const home = await get(`${server.url}/`, { 'accept-encoding': 'gzip, br' });
      expect(home.status).toBe(200);
      expect(home.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(home.body).toString()).toContain('home');
      const plain = await get(`${server.url}/a/`);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toContain('>a<');
      expect((await get(`${server.url}/a`)).status).toBe(301);
      expect((await get(`${server.url}/x.js`)).headers['content-type']).toMatch(/^text\/javascript/);
      const missing = await get(`${server.url}/nope/`);
      expect(missing.status).toBe(404);
      expect(missing.body.toString()).toContain('missing');
      expect((await get(`${server.url}/../../etc/passwd`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it("with a fallback, serves what the root lacks from it (the limit pages' assets from dist/), but not the fallback's 404 page", async () => {
    const dist = tree({
      'units/a/index.html': page('full page'),
      '_astro/logo.svg': '<svg></svg>',
      'b/index.html': page('b'),
      '404.html': page('missing'),
    });
    const limits = tree({ 'units/a/index.html': page('limit page') });
    const server = await serveStatic({ root: limits, fallback: dist, port: 0 });
    try {
      expect((await get(`${server.url}/units/a/`)).body.toString()).toContain('limit page');
      const asset = await get(`${server.url}/_astro/logo.svg`);
      expect(asset.status).toBe(200);
      expect(asset.body.toString()).toBe('<svg></svg>');
      expect((await get(`${server.url}/b`)).status).toBe(301);
      const missing = await get(`${server.url}/favicon.ico`);
      expect(missing.status).toBe(404);
      expect(missing.body.toString()).toBe('Not found');
    } finally {
      await server.close();
    }
  });
});
