import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, headless. `npm test` sets CHROMIUM_PATH when it finds one. The flags keep
 * it from calling home: this machine's network is closed, and refused connections slow it.
 */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
