/**
 * The built bundle, dist/icn-widgets.js, as a member's page loads it: `npm test` builds first.
 */
import { expect, waitUntil } from '@open-wc/testing';
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
    for (const p of [...embeddedStatement.intro, ...embeddedStatement.principles]) expect(principles).to.contain(p);
    const signatories = shadowText(doc.querySelector('icn-signatories')!);
    for (const s of embeddedStatement.signatories) {
      expect(signatories).to.contain(s.acronym ? `${s.acronym} – ${s.name}` : s.name);
    }
    const badge = doc.querySelector('icn-badge')!;
    expect(shadowText(badge).trim()).to.equal(`ENCC is a signatory of ${embeddedStatement.title}`);
    // The default link is the statement page that the build writes beside the bundle.
    expect(badge.shadowRoot!.querySelector('a')!.href).to.equal(new URL('/dist/index.html', location.href).href);

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

  it('is self-contained: it imports nothing but, for src, its one chunk, which imports nothing', async () => {
    const text = async (path: string) => (await fetch(path)).text();
    const chunks = new Set<string>();
    for (const bundle of ['/dist/icn-widgets.js', '/dist/icn-badge.js']) {
      const code = await text(bundle);
      // No static import: one file, one request, whatever the page.
      expect(code, bundle).not.to.match(/\bimport\s*[\s{*"'`]/);
      expect(code, bundle).not.to.match(/\bfrom\s*["'`]/);
      // One dynamic import: the remote path's chunk, beside the bundle and content-hashed.
      const imports = [...code.matchAll(/\bimport\s*\(([^)]*)\)/g)].map((m) => m[1]);
      expect(imports, bundle).to.have.length(1);
      const [, path] = /^["'`](\.\/chunks\/loader-[0-9a-f]{12}\.js)["'`]$/.exec(imports[0]) ?? [];
      expect(path, `${bundle} imports ${imports[0]}`).to.be.a('string');
      chunks.add(path);
      // The remote path is in the chunk only: the schema's words, the limits, valibot.
      for (const only of ['must be a language tag', 'is used again (first at', '5242880']) expect(code, bundle).not.to.contain(only);
    }
    expect(chunks.size, 'both bundles share one chunk').to.equal(1);
    const chunk = await text(new URL([...chunks][0], new URL('/dist/', location.href)).href);
    expect(chunk).not.to.match(/\bimport\s*[\s{*"'`(]/);
    expect(chunk).not.to.match(/\bfrom\s*["'`]/);
    expect(chunk).to.contain('must be a language tag');
  });

  it('carries the licence notices of what it includes, and the file it names exists', async () => {
    const first = async (path: string) => (await (await fetch(path)).text()).split('\n')[0];
    for (const bundle of ['/dist/icn-widgets.js', '/dist/icn-badge.js']) {
      expect(await first(bundle)).to.match(/^\/\*! .*lit \d+\.\d+\.\d+ \(BSD-3-Clause\) © Google LLC.*THIRD-PARTY-LICENSES\.txt \*\/$/);
    }
    const code = await (await fetch('/dist/icn-widgets.js')).text();
    const chunk = /import\(["'`]\.\/([^"'`]+)/.exec(code)![1];
    expect(await first(`/dist/${chunk}`)).to.match(/^\/\*! .*valibot \d+\.\d+\.\d+ \(MIT\) © Fabian Hiller.*THIRD-PARTY-LICENSES\.txt \*\/$/);
    const licences = await (await fetch('/dist/THIRD-PARTY-LICENSES.txt')).text();
    expect(licences).to.contain('BSD 3-Clause License').and.to.contain('Copyright (c) 2017 Google LLC').and.to.contain('Copyright (c) Fabian Hiller');
  });
});
