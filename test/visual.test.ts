import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { LitElement } from 'lit';
import '../src/define.js';
import type { IcnErrorDetail, IcnLoadDetail } from '../src/shared/statement-element.js';
import { direction } from '../src/shared/direction.js';
import { recorder } from './helpers.js';

/**
 * Screenshots of each element in its themes, layouts and both directions, compared with the
 * reviewed baselines in test/screenshots/baseline/ (see web-test-runner.config.mjs). The text
 * is set in DejaVu Sans from @fontsource (a font of the project's, not the machine's), the
 * frame has a fixed width, and nothing moves, so a screenshot changes only when the rendering does.
 */

const FONT = 'ICN Visual Test Sans';
const FONT_FILES = '/node_modules/@fontsource/dejavu-sans/files/dejavu-sans-latin';
const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 700, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'italic' },
] as const;

/**
 * For the languages in other scripts (Greek, Cyrillic, Arabic): the whole DejaVu Sans, which
 * covers them, from the fonts the image badges are drawn with. A family of its own, so that the
 * Latin screenshots keep their font.
 */
const FULL_FONT = 'ICN Visual Test Sans Full';
const FULL_FILES = {
  '400-normal': 'DejaVuSans',
  '700-normal': 'DejaVuSans-Bold',
  '400-italic': 'DejaVuSans-Oblique',
  '700-italic': 'DejaVuSans-BoldOblique',
} as const;

/** The four faces of `family`, each from the file `src` names for it. */
const fontFaces = (family: string, src: (face: (typeof FACES)[number]) => string) =>
  FACES.map(
    (face) => `@font-face {
  font-family: '${family}';
  font-weight: ${face.weight};
  font-style: ${face.style};
  font-display: block;
  src: ${src(face)};
}`,
  ).join('\n');

const pageStyle = `
${fontFaces(FULL_FONT, ({ weight, style }) => `url('/node_modules/dejavu-fonts-ttf/ttf/${FULL_FILES[`${weight}-${style}`]}.ttf') format('truetype')`)}
.shot.full, .shot.full icn-principles, .shot.full icn-badge, .shot.full icn-signatories { font-family: '${FULL_FONT}'; --icn-font: '${FULL_FONT}'; }
${fontFaces(FONT, ({ weight, style }) => `url('${FONT_FILES}-${weight}-${style}.woff2') format('woff2')`)}
html { font-size: 16px; }
body { margin: 0; font-family: '${FONT}'; --icn-font: '${FONT}'; }
icn-principles, icn-badge, icn-signatories { --icn-font: '${FONT}'; }
.shot { box-sizing: content-box; width: 720px; padding: 12px; background: #d5d9df; }
.shot.natural { width: max-content; }
`;

/** No animation, transition or blinking caret, inside the shadow roots too. */
const still = new CSSStyleSheet();
still.replaceSync(`*, *::before, *::after {
  animation: none !important; transition: none !important; caret-color: transparent !important;
}`);

/** `forced`: Windows-style forced colours (on a light theme's element). */
type Theme = 'light' | 'dark' | 'auto-light' | 'auto-dark' | 'forced';
type Dir = 'ltr' | 'rtl';

interface Shot {
  name: string;
  tag: 'icn-principles' | 'icn-badge' | 'icn-signatories';
  attrs: Record<string, string>;
  theme: Theme;
  dir: Dir;
  /** The frame takes the element's own width (the badge) instead of 720 px. */
  natural?: boolean;
  /** The page's language (default English), set in the whole DejaVu Sans. */
  lang?: string;
  /** The element's own `lang`, in a page of `lang`. */
  ownLang?: string;
}

const DIRS: Dir[] = ['ltr', 'rtl'];
const ALL: Theme[] = ['light', 'dark', 'auto-light', 'auto-dark'];
const MAIN: Theme[] = ['light', 'dark', 'auto-dark'];

/** Every variant in each of `themes`, in both directions. */
function shots(prefix: string, tag: Shot['tag'], attrs: Record<string, string>, themes: Theme[], natural = false): Shot[] {
  return themes.flatMap((theme) => DIRS.map((dir) => ({ name: `${prefix}-${theme}-${dir}`, tag, attrs, theme, dir, natural })));
}

const SHOTS: Shot[] = [
  ...shots('principles', 'icn-principles', {}, ALL),
  ...shots('principles-collapsed', 'icn-principles', { collapsed: '' }, MAIN),
  ...shots('principles-quote', 'icn-principles', { principle: '2' }, ['light']),
  ...shots('badge-medium', 'icn-badge', { network: 'ENCC' }, ALL, true),
  ...shots('badge-small', 'icn-badge', { network: 'ENCC', size: 'small' }, MAIN, true),
  ...shots('badge-large', 'icn-badge', { network: 'ENCC', size: 'large' }, MAIN, true),
  ...shots('signatories-grid', 'icn-signatories', { layout: 'grid' }, ALL),
  ...shots('signatories-list', 'icn-signatories', { layout: 'list' }, ['light', 'dark']),
  ...shots('signatories-inline', 'icn-signatories', { layout: 'inline' }, ['light', 'dark']),
  ...shots('signatories-filter', 'icn-signatories', { filter: '', highlight: 'ENCC', limit: '6' }, MAIN),
  // ENCC is eleventh: past the limit above, so its mark is seen here.
  ...shots('signatories-highlight', 'icn-signatories', { highlight: 'ENCC' }, ['light']),
  // Forced colours: every control keeps a visible edge.
  ...shots('principles-collapsed', 'icn-principles', { collapsed: '' }, ['forced']),
  ...shots('badge-medium', 'icn-badge', { network: 'ENCC' }, ['forced'], true),
  ...shots('signatories-filter', 'icn-signatories', { filter: '', highlight: 'CAE', limit: '6' }, ['forced']),
  // The languages in other scripts, in their page's direction (Arabic mirrors).
  ...['el', 'uk', 'ar'].flatMap((lang) =>
    (['light', 'dark'] as const).flatMap((theme): Shot[] => {
      const page = { theme, dir: direction(lang), lang };
      return [
        { name: `lang-${lang}-principles-collapsed-${theme}`, tag: 'icn-principles', attrs: { collapsed: '' }, ...page },
        { name: `lang-${lang}-badge-${theme}`, tag: 'icn-badge', attrs: { network: 'ENCC' }, natural: true, ...page },
        { name: `lang-${lang}-signatories-filter-${theme}`, tag: 'icn-signatories', attrs: { filter: '', highlight: 'ENCC', limit: '6' }, ...page },
      ];
    }),
  ),
  // Arabic words mirror the element even in a left-to-right page.
  { name: 'lang-ar-badge-in-ltr-page-light', tag: 'icn-badge', attrs: { network: 'ENCC', lang: 'ar' }, natural: true, theme: 'light', dir: 'ltr', lang: 'en', ownLang: 'ar' },
];

/**
 * The image badges the build writes (dist/badges/), as a mail client shows them: the SVG drawn
 * by Chromium, the PNGs drawn by resvg at build time.
 */
const IMAGE_SHOTS = [
  { name: 'image-badge-en-encc-light-svg', file: 'en/encc-light.svg' },
  { name: 'image-badge-pl-encc-dark-svg', file: 'pl/encc-dark.svg' },
  { name: 'image-badge-de-triangle-network-light-png', file: 'de/triangle-network-light.png' },
  { name: 'image-badge-fr-res-artis-dark-2x-png', file: 'fr/res-artis-dark@2x.png' },
  // Right to left, shaped and in bidi order (Arabic); Greek and Cyrillic.
  { name: 'image-badge-ar-encc-light-svg', file: 'ar/encc-light.svg' },
  { name: 'image-badge-ar-encc-dark-2x-png', file: 'ar/encc-dark@2x.png' },
  { name: 'image-badge-el-encc-light-svg', file: 'el/encc-light.svg' },
  { name: 'image-badge-el-encc-dark-png', file: 'el/encc-dark.png' },
  { name: 'image-badge-uk-encc-light-png', file: 'uk/encc-light.png' },
  { name: 'image-badge-uk-encc-dark-svg', file: 'uk/encc-dark.svg' },
];

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

let stage: HTMLElement;

/** Mounts one element in a frame, and resolves when it has loaded, rendered and painted in the test font. */
async function mount(shot: Pick<Shot, 'tag' | 'attrs' | 'theme' | 'dir' | 'natural' | 'lang' | 'ownLang'>) {
  const events = recorder();
  const wrap = document.createElement('div');
  wrap.className = `shot${shot.natural ? ' natural' : ''}${shot.lang || shot.ownLang ? ' full' : ''}`;
  wrap.dir = shot.dir;
  wrap.lang = shot.lang ?? 'en';
  const el = document.createElement(shot.tag) as LitElement;
  for (const [name, value] of Object.entries(shot.attrs)) el.setAttribute(name, value);
  el.setAttribute('theme', shot.theme === 'forced' ? 'light' : shot.theme.replace(/-(light|dark)$/, ''));
  el.addEventListener('icn-load', (e) => events.onLoad(e as CustomEvent<IcnLoadDetail>));
  el.addEventListener('icn-error', (e) => events.onError(e as CustomEvent<IcnErrorDetail>));
  wrap.append(el);
  stage.append(wrap);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, still];
  await events.loaded();
  expect(events.errors).to.deep.equal([]);
  // Until no update is pending across two frames (a long list goes in one chunk per frame).
  for (let i = 0; i < 50; i += 1) {
    await el.updateComplete;
    await document.fonts.ready;
    await frame();
    await frame();
    if (!el.isUpdatePending) break;
  }
  return { wrap, el };
}

/** The rendered text, placeholders included. */
const shownText = (el: Element) =>
  (el.shadowRoot!.textContent ?? '') + [...el.shadowRoot!.querySelectorAll('input')].map((i) => i.placeholder).join('');

describe('visual regression', () => {
  let schemeEmulated = false;
  let forced = false;

  before(async () => {
    const style = document.createElement('style');
    style.textContent = pageStyle;
    document.head.append(style);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, still];
    stage = document.createElement('div');
    document.body.append(stage);
    for (const { weight, style: fontStyle } of FACES) {
      const loaded = await document.fonts.load(`${fontStyle} ${weight} 16px '${FONT}'`);
      expect(loaded.map((f) => f.status), `${FONT_FILES}-${weight}-${fontStyle}.woff2 loads`).to.deep.equal(['loaded']);
      const full = await document.fonts.load(`${fontStyle} ${weight} 16px '${FULL_FONT}'`);
      expect(full.map((f) => f.status), `${FULL_FILES[`${weight}-${fontStyle}`]}.ttf loads`).to.deep.equal(['loaded']);
    }
    await document.fonts.ready;
  });

  afterEach(async () => {
    stage.replaceChildren();
    if (schemeEmulated) {
      schemeEmulated = false;
      await emulateMedia({ colorScheme: 'no-preference' });
    }
    if (forced) {
      forced = false;
      await executeServerCommand('forced-colors', { active: false });
    }
  });

  it('the test font has a glyph for every character the elements show (no machine font falls in)', async () => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    const width = (ch: string, fallback: string) => {
      canvas.font = `16px '${FONT}', ${fallback}`;
      return canvas.measureText(ch).width;
    };
    const variants = [
      { tag: 'icn-principles', attrs: {} },
      { tag: 'icn-principles', attrs: { principle: '2' } },
      { tag: 'icn-badge', attrs: { network: 'ENCC' } },
      { tag: 'icn-signatories', attrs: { filter: '', limit: '6' } },
      { tag: 'icn-signatories', attrs: {} },
    ] as const;
    let text = '';
    for (const { tag, attrs } of variants) {
      const { el } = await mount({ tag, attrs, theme: 'light', dir: 'ltr' });
      text += shownText(el);
    }
    const chars = [...new Set(text.replace(/\s/g, ''))];
    expect(chars.length).to.be.greaterThan(40);
    const missing = chars.filter((ch) => width(ch, 'monospace') !== width(ch, 'serif'));
    expect(missing, 'characters that DejaVu Sans (latin) lacks').to.deep.equal([]);
  });

  it('the whole DejaVu Sans has a glyph for every character the elements show in Greek, Ukrainian and Arabic', async () => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    const width = (ch: string, fallback: string) => {
      canvas.font = `16px '${FULL_FONT}', ${fallback}`;
      return canvas.measureText(ch).width;
    };
    for (const lang of ['el', 'uk', 'ar']) {
      let text = '';
      for (const [tag, attrs] of [['icn-principles', { collapsed: '' }], ['icn-badge', { network: 'ENCC' }], ['icn-signatories', { filter: '', limit: '6' }]] as const) {
        const { el } = await mount({ tag, attrs, theme: 'light', dir: direction(lang), lang });
        text += el.shadowRoot!.querySelector('[lang]:not([lang="en"])')?.textContent ?? '';
        text += [...el.shadowRoot!.querySelectorAll(`[lang="${lang}"]`)].map((node) => node.textContent).join('');
      }
      const chars = [...new Set(text.replace(/[\s\d]/g, ''))];
      expect(chars.length, `${lang}: the words are in ${lang}`).to.be.greaterThan(15);
      const missing = chars.filter((ch) => width(ch, 'monospace') !== width(ch, 'serif'));
      expect(missing, `${lang}: characters that DejaVu Sans lacks`).to.deep.equal([]);
    }
  });

  for (const shot of SHOTS) {
    it(shot.name, async () => {
      if (shot.theme.startsWith('auto-')) {
        schemeEmulated = true;
        await emulateMedia({ colorScheme: shot.theme === 'auto-dark' ? 'dark' : 'light' });
      }
      if (shot.theme === 'forced') {
        forced = true;
        await executeServerCommand('forced-colors', { active: true });
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      }
      const { wrap } = await mount(shot);
      await visualDiff(wrap, shot.name);
    });
  }

  for (const shot of IMAGE_SHOTS) {
    it(shot.name, async () => {
      const wrap = document.createElement('div');
      wrap.className = 'shot natural';
      const img = document.createElement('img');
      img.src = `/dist/badges/${shot.file}`;
      img.alt = '';
      img.style.display = 'block';
      wrap.append(img);
      stage.append(wrap);
      await img.decode();
      await frame();
      await visualDiff(wrap, shot.name);
    });
  }

  it(`takes ${SHOTS.length + IMAGE_SHOTS.length} screenshots, each under its own name`, () => {
    const names = [...SHOTS, ...IMAGE_SHOTS].map((s) => s.name);
    expect(new Set(names).size).to.equal(names.length);
  });
});
