import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The CSP in index.html is strict. Vite's dev server injects <style> tags for hot reload, so in
 * dev (and only in dev) inline styles are allowed; the built app keeps the strict policy.
 */
function devCspRelax(): Plugin {
  return {
    name: 'isms-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built dist/ works from any sub-path (https://example.org/isms/).
  base: './',
  plugins: [svelte(), devCspRelax()],
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
  },
});
