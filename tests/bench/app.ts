/**
 * The app as the benches drive it: the real browser host on a library file and a Chromium page
 * on it, started the way the e2e tests start them, so browser figures are comparable across
 * benches and none of them leaves a host or a browser running when it fails.
 */
import { chromium, type Page } from '@playwright/test';
import type { Bridge } from '../../main/contract';
import config from '../../playwright.config';
import { startHost } from '../e2e/fixtures';

export interface App {
  page: Page;
  /** Closes the browser and stops the host; safe to call more than once, and from a finally block. */
  close(): Promise<void>;
}

/** Starts the host on `libraryFile` and opens a page at it; the caller waits for whatever it needs drawn. */
export async function openApp(libraryFile: string): Promise<App> {
  const host = await startHost(libraryFile);
  const stopHost = () => host.process.kill('SIGTERM');
  const browser = await chromium.launch(config.use?.launchOptions).catch((error: unknown) => {
    stopHost();
    throw error;
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await browser.close();
    } finally {
      stopHost();
    }
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx compiles the functions handed to page.evaluate with esbuild's name-keeping helper.
    await page.addInitScript('window.__name = (f) => f');
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(host.url);
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Round trips of one call from the page, through the browser host. */
export function roundTrips(page: Page, method: string, input: unknown, runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ method, input, runs }) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const reply = await (window as unknown as { commonplace: Bridge }).commonplace.invoke(method, input);
        times.push(performance.now() - t);
        if (!reply.ok) throw new Error(reply.error.message);
      }
      return times;
    },
    { method, input, runs },
  );
}
