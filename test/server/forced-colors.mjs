/**
 * A test-runner command, `forced-colors`, that turns Windows-style forced colours on or off in
 * the test page (`@web/test-runner-commands`' emulateMedia cannot, with the Chrome launcher).
 *
 *   import { executeServerCommand } from '@web/test-runner-commands';
 *   await executeServerCommand('forced-colors', { active: true });
 */
export function forcedColors() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`forced-colors: not supported for ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const features = [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }];
      // puppeteer-core 24 (the last for Node 20) refuses forced-colors in emulateMediaFeatures,
      // though Chromium takes it: the same protocol command on the page's own session. Like
      // emulateMediaFeatures, it replaces the media features emulated before.
      const client = typeof page._client === 'function' ? page._client() : await page.createCDPSession();
      await client.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
