/**
 * Events that survive hydration: `icn-load` is announced a task after the first render, the state
 * stays readable (`source`, `error`), and a listener added after an event is called with it once.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { IcnBadge } from '../src/badge/badge.js';
import type { IcnErrorDetail, IcnLoadDetail } from '../src/shared/statement-element.js';
import { fresh } from './helpers.js';

describe('icn-load and icn-error for late listeners', () => {
  it('exposes source and error, and calls a listener added after icn-load once, with the element as target', async () => {
    const el = await fixture<IcnBadge>(html`<icn-badge network="Nobody"></icn-badge>`);
    expect(el.source, 'not announced yet').to.equal(undefined);
    await waitUntil(() => el.source === 'embedded', 'no icn-load');
    expect(el.error?.reason).to.equal('unknown-network');
    const loads: { detail: IcnLoadDetail; target: EventTarget | null; currentTarget: EventTarget | null }[] = [];
    const errors: IcnErrorDetail[] = [];
    el.addEventListener('icn-load', (e) => loads.push({ detail: (e as CustomEvent<IcnLoadDetail>).detail, target: e.target, currentTarget: e.currentTarget }));
    el.addEventListener('icn-error', { handleEvent: (e: Event) => errors.push((e as CustomEvent<IcnErrorDetail>).detail) });
    expect(loads, 'in a microtask, not during addEventListener').to.have.length(0);
    await Promise.resolve();
    expect(loads).to.deep.equal([{ detail: { source: 'embedded' }, target: el, currentTarget: el }]);
    expect(errors.map((e) => e.reason)).to.deep.equal(['unknown-network']);
    // A network that signed clears the error; later listeners hear of none.
    el.network = 'ENCC';
    await el.updateComplete;
    expect(el.error).to.equal(undefined);
    const late: string[] = [];
    el.addEventListener('icn-error', () => late.push('error'));
    await new Promise((r) => setTimeout(r));
    expect(late).to.deep.equal([]);
  });

  it('does not call a listener twice: one added before the event hears it once, and `once` is honoured', async () => {
    const el = document.createElement('icn-principles');
    const heard: string[] = [];
    el.addEventListener('icn-load', () => heard.push('early'));
    document.body.append(el);
    await waitUntil(() => heard.length === 1, 'no icn-load');
    el.addEventListener('icn-load', () => heard.push('once'), { once: true });
    await new Promise((r) => setTimeout(r));
    expect(heard).to.deep.equal(['early', 'once']);
    el.remove();
  });

  it('forgets the state while a new src loads, and reports the new source', async () => {
    const el = await fixture<IcnBadge>(html`<icn-badge network="TST"></icn-badge>`);
    await waitUntil(() => el.source === 'embedded', 'no icn-load');
    el.src = fresh('/test/fixtures/remote-statement.json');
    await el.updateComplete;
    expect(el.source).to.equal(undefined);
    await waitUntil(() => el.source === 'remote', 'no remote icn-load', { timeout: 6000 });
    expect(el.error).to.equal(undefined);
  });
});
