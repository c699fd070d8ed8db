import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.mjs';
import { fakeEndpoints } from './test/server/fake-endpoints.mjs';
import { forcedColors } from './test/server/forced-colors.mjs';
import { rawDist } from './test/server/raw-dist.mjs';
import { reactEsm } from './test/server/react-esm.mjs';
import { explainVisualFailures } from './test/server/visual-failures.mjs';

/**
 * Screenshots of test/visual.test.ts: reviewed baselines are committed in
 * test/screenshots/baseline/, failed screenshots and diff images go to test/screenshots/failed/
 * (git-ignored). A missing baseline fails, unless the run has --update-visual-baseline
 * (`npm run test:visual:update`), which writes every baseline anew.
 */
const visual = {
  update: process.argv.includes('--update-visual-baseline'),
  baseDir: 'test/screenshots',
  getBaselineName: ({ browser, name }) => path.join('baseline', browser.toLowerCase(), name),
  getFailedName: ({ browser, name }) => path.join('failed', browser.toLowerCase(), name),
  getDiffName: ({ browser, name }) => path.join('failed', browser.toLowerCase(), `${name}-diff`),
  // pixelmatch's per-pixel colour tolerance (0–1), then the share of differing pixels that fails.
  diffOptions: { threshold: 0.2 },
  failureThreshold: 0.05,
  failureThresholdType: 'percent',
};

/** Unit and component tests, in Debian's (or CHROME_PATH's) Chromium, on the production build of Lit. */
export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    reactEsm(),
    forcedColors(),
    explainVisualFailures(visualRegressionPlugin(visual), visual),
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
          // Screenshots (test/visual.test.ts) that do not depend on the machine's fontconfig hinting.
          '--font-render-hinting=none',
        ],
      },
    }),
  ],
};
