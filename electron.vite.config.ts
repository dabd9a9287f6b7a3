import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { PRELOAD_DEFINES } from './main/api/preload-defines';
import { META_CONTENT_SECURITY_POLICY } from './main/security/csp';

// In production builds the page also carries its CSP as a meta tag (defense in depth: the app://
// protocol and the web bridge send it as a header too). Dev builds skip it so Vite's HMR works.
function cspMetaTag(): Plugin {
  return {
    name: 'storybank-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const version = (JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string })
  .version;

export default defineConfig({
  main: {
    define: { __STORYBANK_VERSION__: JSON.stringify(version) },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'main/index.ts'),
          web: resolve(import.meta.dirname, 'main/web/cli.ts'),
        },
      },
    },
  },
  preload: {
    define: PRELOAD_DEFINES,
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'main/preload/index.ts') },
        // Sandboxed preloads must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    // The web bridge's API object takes its channel names from here, as the preload does.
    define: PRELOAD_DEFINES,
    plugins: [react(), cspMetaTag()],
    build: {
      // electron-vite leaves the renderer unminified; the web bridge serves it over HTTP, so minify.
      minify: true,
      sourcemap: process.env['STORYBANK_SOURCEMAP'] === '1',
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
