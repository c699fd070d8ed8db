import { expect, waitUntil } from '@open-wc/testing';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { IcnBadge, IcnPrinciples, type IcnErrorDetail, type IcnLoadDetail } from '../src/react/index.js';

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
