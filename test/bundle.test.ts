/**
 * The built bundle, dist/icn-widgets.js, as a member's page loads it: `npm test` builds first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { withoutPdfMarker } from '../src/data/marker.js';
import { embeddedStatement } from '../src/data/statement.js';
import { catalogues } from '../src/shared/messages/all.js';
import { frame, widgets } from './frames.js';

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

  it('is self-contained: it imports nothing but its chunks beside it (for src, and for words other than English), which import nothing', async () => {
    const text = async (path: string) => (await fetch(path)).text();
    const chunks = new Set<string>();
    const folders = new Set<string>();
    for (const bundle of ['/dist/icn-widgets.js', '/dist/icn-badge.js']) {
      const code = await text(bundle);
      // No static import: one file, one request, whatever the page.
      expect(code, bundle).not.to.match(/\bimport\s*[\s{*"'`]/);
      expect(code, bundle).not.to.match(/\bfrom\s*["'`]/);
      // Two dynamic imports: the remote path's chunk, and a catalogue of the folder of
      // catalogues, both beside the bundle and content-hashed.
      const imports = [...code.matchAll(/\bimport\s*\(([^)]*)\)/g)].map((m) => m[1]!);
      expect(imports, bundle).to.have.length(2);
      const [, path] = /^["'`](\.\/chunks\/loader-[0-9a-f]{12}\.js)["'`]$/.exec(imports.find((i) => i.includes('loader-')) ?? '') ?? [];
      expect(path, `${bundle} imports ${imports}`).to.be.a('string');
      chunks.add(path!);
      const [, folder] = /^["'`](\.\/chunks\/messages-[0-9a-f]{12}\/)["'`]\s*\+\s*\w+\s*\+\s*["'`]\.js["'`]$/.exec(imports.find((i) => i.includes('messages-')) ?? '') ?? [];
      expect(folder, `${bundle} imports ${imports}`).to.be.a('string');
      folders.add(folder!);
      // The remote path is in the chunk only: the schema's words, the limits, valibot.
      for (const only of ['must be a language tag', 'is used again (first at', '5242880']) expect(code, bundle).not.to.contain(only);
      // Of the words, English only: the others are in their catalogues.
      for (const only of ['est signataire de', 'hat unterzeichnet']) expect(code, bundle).not.to.contain(only);
    }
    expect(chunks.size, 'both bundles share one chunk').to.equal(1);
    expect(folders.size, 'both bundles share one folder of catalogues').to.equal(1);
    const base = new URL('/dist/', location.href);
    const chunk = await text(new URL([...chunks][0]!, base).href);
    expect(chunk).not.to.match(/\bimport\s*[\s{*"'`(]/);
    expect(chunk).not.to.match(/\bfrom\s*["'`]/);
    expect(chunk).to.contain('must be a language tag');
    const french = await text(new URL(`${[...folders][0]}fr.js`, base).href);
    expect(french).to.match(/^export default \{"showAllPrinciples":.*"badge":"\{network\} est signataire de \{title\}".*\};\n$/);
  });

  it('carries the licence notices of what it includes, and the file it names exists', async () => {
    const first = async (path: string) => (await (await fetch(path)).text()).split('\n')[0];
    for (const bundle of ['/dist/icn-widgets.js', '/dist/icn-badge.js']) {
      expect(await first(bundle)).to.match(/^\/\*! .*lit \d+\.\d+\.\d+ \(BSD-3-Clause\) © Google LLC.*THIRD-PARTY-LICENSES\.txt \*\/$/);
    }
    const code = await (await fetch('/dist/icn-widgets.js')).text();
    const chunk = /import\(["'`]\.\/(chunks\/loader-[^"'`]+)/.exec(code)![1];
    expect(await first(`/dist/${chunk}`)).to.match(/^\/\*! .*valibot \d+\.\d+\.\d+ \(MIT\) © Fabian Hiller.*THIRD-PARTY-LICENSES\.txt \*\/$/);
    const licences = await (await fetch('/dist/THIRD-PARTY-LICENSES.txt')).text();
    expect(licences).to.contain('BSD 3-Clause License').and.to.contain('Copyright (c) 2017 Google LLC').and.to.contain('Copyright (c) Fabian Hiller');
  });

  it('icn-badge.js, with only the badge’s data and words, says what the full bundle says in every language', async () => {
    const sentences = async (bundle: string) => {
      const badges = Object.keys(catalogues).map((lang) => `<icn-badge network="RESEO" lang="${lang}"></icn-badge>`).join('');
      const iframe = await frame({ srcdoc: `<!doctype html><html lang="en"><head><title>Badges</title><script type="module" src="${new URL(bundle, location.href).href}"></script></head><body>${badges}</body></html>` });
      const all = await widgets(iframe.contentWindow!, 'icn-badge');
      const text = all.map((el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim());
      iframe.remove();
      return text;
    };
    const badgeOnly = await sentences('/dist/icn-badge.js');
    expect(badgeOnly).to.deep.equal(await sentences('/dist/icn-widgets.js'));
    // The untranslated title in the page language's quotation marks (here French and German).
    expect(badgeOnly[Object.keys(catalogues).indexOf('fr')]).to.equal(`RESEO est signataire de « ${embeddedStatement.title} »`);
    for (const text of badgeOnly) expect(text).not.to.contain('undefined');
  });
});
