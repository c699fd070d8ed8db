/**
 * Measures how tall an element is at each width where a snippet may land, in a blank page (a
 * hidden frame with the browser's default styles and the published bundle): the heights the
 * script snippet reserves and the iframe snippets start with.
 */
import type { ElementName } from '../pages/options.js';
import { ELEMENTS } from '../pages/options.js';
import { escapeHtml, type Sizes } from './snippets.js';

type Step = Sizes['steps'][number];

/** The widths measured: from a small phone's column to a wide desktop's. */
export const MEASURED = { min: 280, max: 1600, step: 16 } as const;

/** Attributes that change what is fetched, not the size: left out while measuring. */
const NOT_MEASURED = new Set(['src', 'loading']);

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

/** A hidden blank page that loads the bundle, for measuring. */
export class Measurer {
  #frame: HTMLIFrameElement;
  #ready: Promise<Window>;
  #queue: Promise<unknown> = Promise.resolve();

  /**
   * `host`: where the hidden frame goes; `bundle`/`integrity`: the published bundle; `font`: a
   * CSS font family for the page (a constant of FONT_STACKS, never user input), default the
   * browser's.
   */
  constructor(host: Node, bundle: string, integrity: string, font?: string) {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.title = 'Measuring frame';
    // Laid out (so it can be measured), never seen, never in the way.
    frame.style.cssText = `position: absolute; top: 0; left: -20000px; width: ${MEASURED.max + 100}px; height: 400px; border: 0; visibility: hidden`;
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Measure</title><script type="module" src="${escapeHtml(bundle)}" integrity="${escapeHtml(integrity)}" crossorigin="anonymous"></script></head><body${font ? ` style="font-family: ${escapeHtml(font)}"` : ''}><div id="box" style="display: flow-root"></div></body></html>`;
    this.#frame = frame;
    this.#ready = new Promise<Window>((resolve, reject) => {
      frame.addEventListener(
        'load',
        () => {
          const win = frame.contentWindow!;
          const timer = setTimeout(() => reject(new Error('the bundle did not load in the measuring frame')), 15000);
          void win.customElements.whenDefined('icn-badge').then(() => {
            clearTimeout(timer);
            resolve(win);
          });
        },
        { once: true },
      );
    });
    host.appendChild(frame);
  }

  /** The element's height at every width from MEASURED.min to MEASURED.max, to the pixel. */
  measure(element: ElementName, attributes: readonly (readonly [string, string])[]): Promise<Sizes> {
    // One at a time: a measurement awaits the element's first render, and another must not
    // change the page meanwhile.
    const result = this.#queue.then(() => this.#measure(element, attributes));
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #measure(element: ElementName, attributes: readonly (readonly [string, string])[]): Promise<Sizes> {
    const win = await this.#ready;
    const doc = win.document;
    const box = doc.getElementById('box')!;
    const el = doc.createElement(ELEMENTS[element].tag) as Lit;
    for (const [name, value] of attributes) if (!NOT_MEASURED.has(name)) el.setAttribute(name, value);
    box.replaceChildren(el);
    await el.updateComplete;
    const round = (n: number) => Math.round(n * 100) / 100;
    const inline = win.getComputedStyle(el).display.startsWith('inline');
    const cache = new Map<number, Step>();
    /**
     * The space the element takes at a width. A block element's box, and the margins of its
     * content that collapse through its top and bottom edges (they push what is around it, and
     * the box in the box measured here, a new formatting context, keeps them). An inline-block's
     * line: what the content below it sees.
     */
    let margin: [number, number] | undefined;
    const heightAt = (width: number): Step => {
      let step = cache.get(width);
      if (step === undefined) {
        box.style.width = `${width}px`;
        const outer = box.getBoundingClientRect();
        const inner = el.getBoundingClientRect();
        step = { minWidth: width, height: round(inline ? outer.height : inner.height) };
        if (!inline) margin ??= [round(inner.top - outer.top), round(outer.bottom - inner.bottom)];
        cache.set(width, step);
      }
      return step;
    };
    const same = (a: Step, b: Step) => a.height === b.height;
    const changes: Step[] = [];
    // Where two samples differ, halve the gap until the width where the height changes.
    const refine = (a: number, b: number): void => {
      if (same(heightAt(a), heightAt(b))) return;
      if (b - a <= 1) {
        changes.push(heightAt(b));
        return;
      }
      const m = Math.floor((a + b) / 2);
      refine(a, m);
      refine(m, b);
    };
    for (let w = MEASURED.min; w < MEASURED.max; w += MEASURED.step) refine(w, Math.min(w + MEASURED.step, MEASURED.max));
    box.replaceChildren();
    return { steps: [{ ...heightAt(MEASURED.min), minWidth: 0 }, ...changes], ...(margin ? { margin } : {}) };
  }

  remove(): void {
    this.#frame.remove();
  }
}
