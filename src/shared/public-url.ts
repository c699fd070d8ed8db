/**
 * The address the build's dist/ is published at: `ICN_PUBLIC_URL` when the package was built
 * (checked by `publicBaseUrl`), the same base as the embed pages'. The bundles get it from vite's
 * `define`; the package entry (dist/lib) from `build/define-public-url.mjs`, run after tsc.
 * Elsewhere (tests, Storybook) the default of `npm start`.
 */
import { DEFAULT_PUBLIC_URL } from '../embed-pages/public-url.js';

declare const __ICN_PUBLIC_URL__: string | undefined;

/** The public base URL, ending with `/`. */
export const PUBLIC_URL: string = typeof __ICN_PUBLIC_URL__ === 'string' ? __ICN_PUBLIC_URL__ : DEFAULT_PUBLIC_URL;

/** The statement page (`index.html` at the public base URL): where the badge links by default when the data has no `url`. */
export const STATEMENT_PAGE_URL: string = new URL('index.html', PUBLIC_URL).href;
