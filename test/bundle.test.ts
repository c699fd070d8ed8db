/**
 * The built bundle, dist/icn-widgets.js, as a member's page loads it: `npm test` builds first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { withoutPdfMarker } from '../src/data/marker.js';
import { embeddedStatement } from '../src/data/statement.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

async function openPage(src: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px';
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  await waitUntil(() => win.customElements.get('icn-signatories'), 'the bundle defined no element', { timeout: 5000 });
  await Promise.all([...win.document.querySelectorAll<Lit>('icn-principles, icn-badge, icn-signatories')].map((e) => e.updateComplete));
  return win;
}

const shadowText = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

describe('dist/icn-widgets.js', () => {
  it('on a plain page with one script tag, shows the statement verbatim and makes no other request', async () => {
    const win = await openPage('/test/fixtures/plain.html');
    const doc = win.document;
    const principles = shadowText(doc.querySelector('icn-principles')!);
    expect(principles).to.contain(embeddedStatement.title);
    // The introduction without its "(download pdf)" marker: the embedded statement has no PDF.
    for (const p of [...embeddedStatement.intro.map(withoutPdfMarker), ...embeddedStatement.principles]) expect(principles).to.contain(p);
    const signatories = shadowText(doc.querySelector('icn-signatories')!);
    for (const s of embeddedStatement.signatories) {
      expect(signatories).to.contain(s.acronym ? `${s.acronym} – ${s.name}` : s.name);
    }
    const badge = doc.querySelector('icn-badge')!;
    expect(shadowText(badge).trim()).to.equal(`ENCC is a signatory of ${embeddedStatement.title}`);
    // The default link is the statement page at the build's public base URL (ICN_PUBLIC_URL,
    // by default that of `npm start`), never a path of the machine or bundler that loaded it.
    expect(badge.shadowRoot!.querySelector('a')!.href).to.equal('http://127.0.0.1:4173/index.html');

    await new Promise((r) => setTimeout(r, 300));
    const requests = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      // The test server injects its own web-socket script into the HTML pages it transforms.
      .filter((path) => !path.startsWith('/__web-dev-server__'));
    expect(requests).to.deep.equal(['/dist/icn-widgets.js']);
  });

  it('loaded twice, or beside another definition, throws nothing and the first definition wins', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      class Other extends HTMLElement {}
      customElements.define('icn-badge', Other);
      // @ts-expect-error: the built bundle, imported by URL, has no types here
      const first = await import('/dist/icn-widgets.js?copy=1');
      // @ts-expect-error: as above
      const second = await import('/dist/icn-widgets.js?copy=2');
      expect(first.IcnPrinciples).not.to.equal(second.IcnPrinciples);
      expect(customElements.get('icn-badge')).to.equal(Other);
      expect(customElements.get('icn-principles')).to.equal(first.IcnPrinciples);
      expect(customElements.get('icn-signatories')).to.equal(first.IcnSignatories);
      const el = document.createElement('icn-principles') as Lit;
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain(embeddedStatement.principles[7]);
      el.remove();
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('is self-contained: it imports nothing', async () => {
    const code = await (await fetch('/dist/icn-widgets.js')).text();
    expect(code).not.to.match(/\bimport\s*[\s{*"'`(]/);
    expect(code).not.to.match(/\bfrom\s*["'`]/);
  });
});
