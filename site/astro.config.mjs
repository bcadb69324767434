// @ts-check
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  security: {
    // Form posts must come from this site's own pages. Astro compares the Origin header with
    // the request's host, which it only reads from hosts listed here; any host may serve the
    // site because canonical URLs come from PUBLIC_SITE_URL, never from the Host header.
    checkOrigin: true,
    allowedDomains: [{ protocol: 'http' }, { protocol: 'https' }],
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'auto' },
  compressHTML: true,
});
