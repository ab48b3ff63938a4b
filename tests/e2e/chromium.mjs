// The headless Chromium every browser script here starts: one executable
// (`CHROMIUM`, else /usr/bin/chromium) and one set of flags, so that the
// tests and the diagnostics measure the same browser.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A browser with a fresh persistent profile at `profile`; `options` adds
 * to or overrides the launch options (viewport, downloads). */
export function launch(profile, options = {}) {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
}
