import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define.js';
import type { IcnBadge } from '../src/badge/badge.js';
import type { IcnPrinciples } from '../src/principles/principles.js';
import type { IcnSignatories } from '../src/signatories/signatories.js';

const inside = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const box = (el: Element) => el.getBoundingClientRect();
const style = (el: Element) => getComputedStyle(el);

type RGBA = [number, number, number, number];

/** A computed colour (`rgb()`, `rgba()` or `color(srgb …)`) as 0–255 channels and alpha. */
function rgba(value: string): RGBA {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(value);
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, srgb[4] === undefined ? 1 : +srgb[4]];
  const rgb = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(value);
  if (rgb) return [+rgb[1], +rgb[2], +rgb[3], rgb[4] === undefined ? 1 : +rgb[4]];
  throw new Error(`unexpected colour ${value}`);
}

/** `top` painted over an opaque `bottom`. */
const over = (top: RGBA, bottom: RGBA): RGBA => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1) as RGBA;

/** WCAG contrast ratio of two opaque colours. */
function contrast(a: RGBA, b: RGBA): number {
  const lum = (c: RGBA) =>
    c.slice(0, 3).map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

async function three(dir: 'ltr' | 'rtl', theme = 'light') {
  const wrap = await fixture(html`<div dir=${dir} style="width: 640px">
    <icn-principles theme=${theme} collapsed></icn-principles>
    <icn-badge theme=${theme} network="ENCC"></icn-badge>
    <icn-signatories theme=${theme} layout="list" highlight="ENCC" filter></icn-signatories>
  </div>`);
  const [principles, badge, signatories] = [...wrap.children] as [IcnPrinciples, IcnBadge, IcnSignatories];
  await Promise.all([principles.updateComplete, badge.updateComplete, signatories.updateComplete]);
  return { wrap, principles, badge, signatories };
}

describe('appearance', () => {
  afterEach(() => emulateMedia({ colorScheme: 'no-preference', media: 'screen' }));

  it('mirrors right-to-left: each element starts on the right', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const { principles, badge, signatories } = await three(dir);
      const rtl = dir === 'rtl';
      // The principles' numbers sit on the start side of the list.
      expect(style(inside(principles, 'ol')).paddingRight, dir).to.equal(rtl ? style(inside(principles, 'ol')).paddingInlineStart : '0px');
      expect(style(inside(principles, 'ol')).paddingLeft, dir).to.equal(rtl ? '0px' : style(inside(principles, 'ol')).paddingInlineStart);
      // The badge's seal comes first: on the right in right-to-left.
      const seal = box(inside(badge, '.seal'));
      const text = box(inside(badge, '.text'));
      expect(rtl ? seal.left > text.left : seal.left < text.left, `${dir}: the seal starts the badge`).to.equal(true);
      // The badge's narrower padding is on the seal's side.
      const link = style(inside(badge, 'a'));
      expect(parseFloat(rtl ? link.paddingRight : link.paddingLeft), dir).to.be.below(parseFloat(rtl ? link.paddingLeft : link.paddingRight));
      // The highlighted signatory's bar is on the start side.
      const current = style(inside(signatories, 'li[aria-current]'));
      expect(rtl ? current.borderRightWidth : current.borderLeftWidth, dir).to.equal('4px');
      expect(rtl ? current.borderLeftWidth : current.borderRightWidth, dir).not.to.equal('4px');
      // The filter's label, first in its row, is on the start side.
      const field = box(inside(signatories, 'label'));
      const host = box(signatories);
      const frame = parseFloat(style(inside(signatories, '.frame')).paddingInlineStart);
      if (rtl) expect(Math.round(host.right - field.right), dir).to.equal(Math.round(frame));
      else expect(Math.round(field.left - host.left), dir).to.equal(Math.round(frame));
      // English text keeps its own direction: the full stop ends the sentence, on the right.
      const item = inside(principles, '[part="principle"]');
      const words = [...item.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
      const end = words.textContent!.trimEnd().length;
      expect(words.textContent![end - 1], 'a principle ends with a full stop').to.equal('.');
      const charBox = (i: number) => {
        const range = document.createRange();
        range.setStart(words, i);
        range.setEnd(words, i + 1);
        return range.getBoundingClientRect();
      };
      expect(charBox(end - 1).left, `${dir}: the full stop follows the last word`).to.be.above(charBox(end - 2).left);
      for (const el of [principles, badge, signatories]) await expect(el).to.be.accessible();
    }
  });

  it('theme="auto" follows the reader’s colour scheme on every element, with AA contrast both ways', async () => {
    const light = await three('ltr', 'light');
    const dark = await three('ltr', 'dark');
    const auto = await three('ltr', 'auto');
    const names = ['principles', 'badge', 'signatories'] as const;
    // Where each element shows its accent colour.
    const accent = {
      principles: ['button', 'color'],
      badge: ['.seal', 'backgroundColor'],
      signatories: ['li[aria-current]', 'borderInlineStartColor'],
    } as const;
    for (const scheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: scheme });
      const like = scheme === 'dark' ? dark : light;
      for (const name of names) {
        expect(style(auto[name]).color, `${name} ${scheme}`).to.equal(style(like[name]).color);
        expect(style(auto[name]).backgroundColor, `${name} ${scheme}`).to.equal(style(like[name]).backgroundColor);
        const [selector, property] = accent[name];
        expect(style(inside(auto[name], selector))[property], `${name} ${scheme}: accent`).to.equal(style(inside(like[name], selector))[property]);
        // axe's colour-contrast rule holds the text to WCAG AA (4.5:1, 3:1 for large text).
        await expect(auto[name], `${name} ${scheme}`).to.be.accessible();
      }
      // Lines and borders too (--_line): theme="auto" under dark is theme="dark", not a mix.
      expect(style(inside(auto.signatories, 'input')).borderTopColor, scheme).to.equal(style(inside(like.signatories, 'input')).borderTopColor);
      // The seal's check mark is drawn in the surface colour of the scheme.
      expect(style(inside(auto.badge, '.seal svg')).stroke, scheme).to.equal(style(inside(like.badge, '.seal svg')).stroke);
    }
  });

  it('keeps the filter field’s edge at 3:1 against the surface in both themes (WCAG 1.4.11)', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { signatories, principles } = await three('ltr', theme);
      const surface = rgba(style(signatories).backgroundColor);
      const edge = over(rgba(style(inside(signatories, 'input')).borderTopColor), surface);
      expect(contrast(edge, surface), theme).to.be.at.least(3);
      // And the buttons' edges, in the accent colour.
      const button = over(rgba(style(inside(principles, 'button')).borderTopColor), surface);
      expect(contrast(button, surface), `${theme} button`).to.be.at.least(3);
    }
  });

  it('prints the principles card cleanly: every principle, black on white, no button', async () => {
    const { principles } = await three('ltr', 'dark');
    const items = () => [...principles.shadowRoot!.querySelectorAll<HTMLElement>('[part="principle"]')];
    const visible = () => items().filter((li) => li.checkVisibility()).length;
    expect(visible()).to.equal(3);
    expect(inside(principles, 'button').checkVisibility()).to.equal(true);

    await emulateMedia({ media: 'print' });
    expect(visible()).to.equal(items().length);
    expect(items().length).to.be.above(3);
    expect(inside(principles, 'button').checkVisibility()).to.equal(false);
    expect(style(principles).color).to.equal('rgb(0, 0, 0)');
    expect(style(principles).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(style(items()[0]).breakInside).to.equal('avoid');

    await emulateMedia({ media: 'screen' });
    expect(visible()).to.equal(3);
  });
});
