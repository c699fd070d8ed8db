import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Tabs from a button before the page's elements to one after them, and returns each control
 * focused on the way, with its size and focus outline as drawn while focused.
 */
async function tabThrough(page: HTMLElement) {
  const start = page.querySelector<HTMLButtonElement>('#start')!;
  const end = page.querySelector<HTMLButtonElement>('#end')!;
  start.focus();
  const seen: { control: Element; width: number; height: number; outline: string; outlineWidth: number }[] = [];
  for (let i = 0; i < 100; i += 1) {
    await sendKeys({ press: 'Tab' });
    const control = deepActive();
    if (!control || control === end) break;
    const rect = control.getBoundingClientRect();
    const style = getComputedStyle(control);
    seen.push({ control, width: rect.width, height: rect.height, outline: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth) });
  }
  return seen;
}

describe('every control', () => {
  const pages = {
    'collapsed principles with links': html`<icn-principles collapsed src="/test/fixtures/remote-statement.json"></icn-principles>`,
    'badges of each size': html`<icn-badge network="ENCC" size="small"></icn-badge><icn-badge network="IETM"></icn-badge><icn-badge network="TEH" size="large"></icn-badge>`,
    'a filtered, limited grid with links': html`<icn-signatories filter limit="2" src="/test/fixtures/remote-statement.json"></icn-signatories>`,
    'an inline list with links': html`<icn-signatories layout="inline" src="/test/fixtures/remote-statement.json"></icn-signatories>`,
    'a dark list': html`<icn-signatories layout="list" theme="dark" limit="3" filter></icn-signatories>`,
  };
  for (const [name, content] of Object.entries(pages)) {
    it(`is reachable by Tab, at least 24 px, with a visible focus ring: ${name}`, async () => {
      const page = await fixture<HTMLElement>(html`<div><button id="start">start</button>${content}<button id="end">end</button></div>`);
      const elements = [...page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('icn-principles, icn-badge, icn-signatories')];
      await new Promise((r) => setTimeout(r, 200));
      await Promise.all(elements.map((e) => e.updateComplete));
      // Every control shown (the filter and the limit hide some items, with their links).
      const expected = elements.flatMap((e) => [...e.shadowRoot!.querySelectorAll('a, button, input')]).filter((c) => c.checkVisibility());
      expect(expected.length, 'controls on the page').to.be.greaterThan(0);
      const seen = await tabThrough(page);
      expect(seen.map((s) => s.control)).to.deep.equal(expected);
      for (const s of seen) {
        const what = s.control.outerHTML.slice(0, 80);
        expect(s.width, what).to.be.at.least(24);
        expect(s.height, what).to.be.at.least(24);
        expect(s.outline, what).not.to.equal('none');
        expect(s.outlineWidth, what).to.be.at.least(2);
      }
    });
  }
});
