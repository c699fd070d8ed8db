/**
 * Wraps @web/test-runner-visual-regression's plugin so that a screenshot without a reviewed
 * baseline always fails (unless the run updates baselines), and every failure names the
 * screenshot, its baseline, the new screenshot and the diff image, and how to accept a change.
 * Before each screenshot it removes that screenshot's failed and diff images of an earlier run,
 * so that the failed folder holds only what failed the last time each screenshot was taken.
 */
import { existsSync, rmSync, unlinkSync } from 'node:fs';
import path from 'node:path';

const png = (name) => (path.extname(name) ? name : `${name}.png`);

/**
 * @param {import('@web/test-runner').TestRunnerPlugin} plugin the plugin from `visualRegressionPlugin(options)`
 * @param {{ update: boolean, baseDir: string,
 *   getBaselineName: Function, getFailedName: Function, getDiffName: Function }} options the same options
 */
export function explainVisualFailures(plugin, options) {
  const baseDir = path.resolve(options.baseDir);
  const file = (name) => path.relative(process.cwd(), path.resolve(baseDir, png(name)));
  return {
    ...plugin,
    async executeCommand(args) {
      const { command, session, payload } = args;
      if (command !== 'visual-diff' || typeof payload?.name !== 'string') return plugin.executeCommand(args);
      const names = { browser: session.browser.name, name: payload.name, testFile: session.testFile };
      const baseline = file(options.getBaselineName(names));
      const hadBaseline = existsSync(baseline);
      const failed = file(options.getFailedName(names));
      const diff = file(options.getDiffName(names));
      for (const stale of [failed, diff]) rmSync(stale, { force: true });
      const result = await plugin.executeCommand(args);
      if (options.update) return result;

      // Whatever the plugin does on a first run, a screenshot nobody has reviewed is a failure,
      // and no baseline is written outside an update.
      if (!hadBaseline && existsSync(baseline)) unlinkSync(baseline);
      if (result?.passed && hadBaseline) return result;

      const reason = hadBaseline
        ? (result?.errorMessage ?? 'Visual diff failed.').replace(/\n?See diff for details:.*$/s, '')
        : 'No baseline: a screenshot nobody has reviewed yet.';
      return {
        ...result,
        passed: false,
        errorMessage: [
          `Screenshot "${payload.name}": ${reason}`,
          `  baseline:       ${baseline}${hadBaseline ? '' : ' (missing)'}`,
          `  new screenshot: ${failed}`,
          ...(existsSync(diff) && hadBaseline ? [`  diff image:     ${diff}`] : []),
          'If the new rendering is right: npm run test:visual:update, review the PNGs in the diff, commit them.',
        ].join('\n'),
      };
    },
  };
}
