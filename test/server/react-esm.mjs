/**
 * React ships only CommonJS. For the React wrappers' test, this test-server plugin bundles
 * react, react/jsx-runtime, react-dom, react-dom/client and react-dom/server.browser once with esbuild into one ES module
 * (one React instance), and answers each of those bare imports with a module that re-exports
 * its names from it.
 */
import { build } from 'esbuild';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const modules = { react: 'React', 'react/jsx-runtime': 'JSXRuntime', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient', 'react-dom/server.browser': 'ReactDOMServer' };
const BUNDLE = '/__react/bundle.js';
const shim = (name) => `/__react/${name.replace('/', '__')}.js`;
let bundle;

export function reactEsm() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (source in modules) return shim(source);
    },
    async serve(context) {
      if (context.path === BUNDLE) {
        bundle ??= build({
          stdin: {
            contents: Object.entries(modules).map(([m, v]) => `import * as ${v} from '${m}'; export { ${v} };`).join('\n'),
            resolveDir: process.cwd(),
          },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"production"' },
        }).then((r) => r.outputFiles[0].text);
        return { body: await bundle, type: 'js' };
      }
      const name = Object.keys(modules).find((m) => shim(m) === context.path);
      if (name) {
        process.env.NODE_ENV = 'production';
        const names = Object.keys(require(name)).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
        const v = modules[name];
        return {
          body: `import { ${v} } from '${BUNDLE}';\nconst m = ${v}.default ?? ${v};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
          type: 'js',
        };
      }
    },
  };
}
