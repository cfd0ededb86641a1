// Headless Debian Chromium driven by playwright-core, on the Playground, with every non-loopback
// request aborted (the UI asks an Office CDN for fonts; it works without them).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Fails (never skips) when Chromium is missing: the end-to-end tests cannot run without it. */
export function requireChromium() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is missing at ${chromiumPath}, so the end-to-end tests cannot run. `
      + 'Install Debian\'s chromium (apt-get install -y chromium; ./test.sh does it when it runs as root or with sudo), '
      + 'or set CHROMIUM_PATH to a Chromium binary.');
  }
}

/** Opens the Playground in a fresh browser profile; closed by t.after. */
export async function openPlayground(t, stack) {
  requireChromium();
  const profile = mkdtempSync(join(tmpdir(), 'connectorbot-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args,
    viewport: { width: 1400, height: 1600 },
  });
  t.after(async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  });
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    return ['127.0.0.1', 'localhost'].includes(hostname) ? route.continue() : route.abort();
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(stack.playgroundUrl);
  return page;
}
