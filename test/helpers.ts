import { waitUntil } from '@open-wc/testing';
import type { IcnErrorDetail, IcnLoadDetail } from '../src/shared/statement-element.js';

/** Events an element fired, recorded from before it connects (pass `record` as the listener target). */
export function recorder() {
  const loads: IcnLoadDetail[] = [];
  const errors: IcnErrorDetail[] = [];
  return {
    loads,
    errors,
    onLoad: (e: CustomEvent<IcnLoadDetail>) => loads.push(e.detail),
    onError: (e: CustomEvent<IcnErrorDetail>) => errors.push(e.detail),
    /** Resolves after the first `icn-load`. */
    loaded: () => waitUntil(() => loads.length > 0, 'no icn-load', { timeout: 6000 }),
  };
}

/** The shadow root's text with white space folded. */
export function textOf(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Requests to a /fake/ path so far, and the Cookie header of the last /fake/ request. */
export async function hits(path: string): Promise<{ count: number; cookie: string | null }> {
  const res = await fetch(`/fake/hits?path=${encodeURIComponent(path)}`);
  return res.json();
}

/** A unique query so that each test gets its own cache entry for the same endpoint. */
let n = 0;
export function fresh(path: string): string {
  n += 1;
  return `${path}${path.includes('?') ? '&' : '?'}t=${Date.now()}-${n}`;
}

