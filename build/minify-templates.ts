/**
 * Minifies the CSS and HTML inside Lit's `css` and `html` templates at build time, with
 * `minify-literals` (html-minifier-next for HTML, Lightning CSS for CSS): indentation and
 * comments go, the templates' meaning stays. Lightning CSS gets no browser targets on purpose:
 * with targets it rewrites modern CSS (`color-mix()`, logical properties) into fallbacks and
 * custom properties of its own.
 */
import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/** Only the project's own modules; Lit's own templates are already minified. */
const OWN = /[\\/]src[\\/].*\.ts$/;

export function minifyTemplates(): Plugin {
  return {
    name: 'icn-minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (!OWN.test(id) || !/\b(?:html|css|svg)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
