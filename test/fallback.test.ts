/** Children of an element are the no-JS fallback: shown until it upgrades and when scripts are off, never twice. */
import { expect } from '@open-wc/testing';
import { frame, widgets } from './frames.js';

const shown = (el: Element) => el.getClientRects().length > 0;

describe('no-JS fallback content', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows when scripts are off', async () => {
    // A sandbox without allow-scripts runs no script at all.
    const iframe = await frame({ src: '/test/fixtures/fallback.html', sandbox: 'allow-same-origin' });
    const doc = iframe.contentDocument!;
    const link = doc.getElementById('fallback')!;
    expect(shown(link)).to.be.true;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(iframe.contentWindow!.customElements.get('icn-badge')).to.equal(undefined);
  });

  it('shows until the element upgrades, then is not duplicated', async () => {
    const iframe = await frame({ srcdoc: '<!doctype html><html lang="en"><body><icn-badge network="ENCC"><a id="fallback" href="#">The value of international cultural networks</a></icn-badge></body></html>' });
    const win = iframe.contentWindow!;
    const link = win.document.getElementById('fallback')!;
    expect(shown(link), 'before upgrade').to.be.true;
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = new URL('/dist/icn-widgets.js', location.href).href;
    win.document.head.append(script);
    const [badge] = await widgets(win);
    expect(shown(link), 'after upgrade').to.be.false;
    expect(badge.shadowRoot!.textContent).to.contain('ENCC is a signatory of');
    expect(badge.shadowRoot!.querySelectorAll('a')).to.have.length(1);
  });
});
