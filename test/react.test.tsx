import { expect, waitUntil } from '@open-wc/testing';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { IcnBadge, IcnPrinciples, IcnSignatories, type IcnErrorDetail, type IcnLoadDetail } from '../src/react/index.js';

describe('React wrappers (icn-widgets/react)', () => {
  it('pass props as attributes and properties, and events to onIcnLoad / onIcnError', async () => {
    const loads: IcnLoadDetail[] = [];
    const errors: IcnErrorDetail[] = [];
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    flushSync(() =>
      root.render(
        <>
          <IcnBadge network="Nobody" size="large" onIcnLoad={(e) => loads.push(e.detail)} onIcnError={(e) => errors.push(e.detail)} />
          <IcnPrinciples collapsed theme="dark" />
        </>,
      ),
    );
    const badge = host.querySelector('icn-badge')!;
    const card = host.querySelector('icn-principles')!;
    await waitUntil(() => loads.length > 0 && errors.length > 0, 'no events reached the handlers');
    expect(loads).to.deep.equal([{ source: 'embedded' }]);
    expect(errors[0].reason).to.equal('unknown-network');
    expect((badge as HTMLElement & { size: string }).size).to.equal('large');
    // Collapsed: three principles shown (the others are kept for print, not displayed).
    expect([...card.shadowRoot!.querySelectorAll('[part="principle"]')].filter((li) => li.checkVisibility())).to.have.length(3);
    root.unmount();
    host.remove();
  });
});

describe('React wrappers on the server, then hydrated', () => {
  it('render their attributes and fallback children into the server HTML, hydrate without a warning, and call onIcnLoad', async () => {
    const { renderToString } = await import('react-dom/server.browser');
    const { hydrateRoot } = await import('react-dom/client');
    const loads: string[] = [];
    const app = (
      <div>
        <IcnPrinciples collapsed headingLevel={3} onIcnLoad={() => loads.push('principles')} />
        <IcnBadge network="ENCC" size="large" onIcnLoad={() => loads.push('badge')}>
          <a href="https://example.org/test">fallback</a>
        </IcnBadge>
        <IcnSignatories layout="list" filter={false} onIcnLoad={() => loads.push('signatories')} />
      </div>
    );
    const markup = renderToString(app);
    expect(markup).to.contain('<icn-principles collapsed="" heading-level="3">');
    expect(markup).to.contain('<icn-badge network="ENCC" size="large"><a href="https://example.org/test">fallback</a></icn-badge>');
    expect(markup).to.contain('<icn-signatories layout="list">');
    const host = document.createElement('div');
    host.innerHTML = markup;
    document.body.append(host);
    const errors: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      // The elements upgrade (and announce) before React hydrates and attaches its listeners.
      await new Promise((r) => setTimeout(r, 50));
      const root = hydrateRoot(host, app, { onRecoverableError: (e) => errors.push(e) });
      await waitUntil(() => loads.length === 3, 'onIcnLoad did not fire for each element');
      expect(loads.sort()).to.deep.equal(['badge', 'principles', 'signatories']);
      expect(host.querySelector('icn-badge')!.shadowRoot!.textContent).to.contain('ENCC');
      root.unmount();
    } finally {
      console.error = error;
      host.remove();
    }
    expect(errors).to.deep.equal([]);
  });
});
