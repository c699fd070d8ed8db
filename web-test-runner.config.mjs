import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.mjs';
import { fakeEndpoints } from './test/server/fake-endpoints.mjs';
import { rawDist } from './test/server/raw-dist.mjs';
import { reactEsm } from './test/server/react-esm.mjs';

/** Unit and component tests, in Debian's (or CHROME_PATH's) Chromium, on the production build of Lit. */
export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    reactEsm(),
  ],
  middleware: [rawDist, fakeEndpoints],
  // One page at a time: a page in a background tab gets no animation frames, which flakes focus and axe checks.
  concurrency: 1,
  testsFinishTimeout: 60000,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [
          ...CHROMIUM_ARGS,
          // Pages in background tabs must keep their timers and frames.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
