/** Pages under test in iframes: the built dist/ pages, snippets pasted into blank pages. */
import { expect, waitUntil } from '@open-wc/testing';

export type Lit = HTMLElement & { updateComplete: Promise<boolean> };

/** Opens `src` (or a blank page holding `srcdoc`) in a visible iframe and waits for it to load. */
export async function frame(options: { src?: string; srcdoc?: string; sandbox?: string; width?: number }): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${options.width ?? 1000}px; height: 700px; border: 0`;
  if (options.sandbox !== undefined) iframe.setAttribute('sandbox', options.sandbox);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  if (options.srcdoc !== undefined) iframe.srcdoc = options.srcdoc;
  else iframe.src = options.src!;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** Waits until the frame's widgets are defined and rendered, and returns them. */
export async function widgets(win: Window, selector = 'icn-principles, icn-badge, icn-signatories'): Promise<Lit[]> {
  await waitUntil(() => win.customElements.get('icn-badge'), 'the bundle defined no element', { timeout: 5000 });
  const elements = [...win.document.querySelectorAll<Lit>(selector)];
  await Promise.all(elements.map((e) => e.updateComplete));
  return elements;
}

/**
 * Runs axe-core inside a frame's document and returns its violations, one line each.
 * `fragment`: the document is a piece of someone else's page (embed.html), so the rules about a
 * whole page (one main landmark, a level-one heading, everything in landmarks) do not apply.
 */
export async function axeViolations(
  win: Window & { axe?: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } },
  { fragment = false } = {},
): Promise<string[]> {
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    win.document.head.append(script);
    await ready;
  }
  const pageRules = ['landmark-one-main', 'page-has-heading-one', 'region'];
  const result = await win.axe!.run(win.document, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    rules: fragment ? Object.fromEntries(pageRules.map((id) => [id, { enabled: false }])) : {},
  });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/** Opens dist/index.html and returns its `<icn-embed-builder>`, with helpers to set its form and read its snippets. */
export async function openBuilder({ width = 1100 } = {}) {
  const iframe = await frame({ src: '/dist/index.html', width });
  const win = iframe.contentWindow! as Window & typeof globalThis;
  const doc = win.document;
  await waitUntil(() => win.customElements.get('icn-embed-builder') && doc.querySelector('icn-embed-builder')?.shadowRoot, 'the builder did not start', { timeout: 5000 });
  const builder = doc.querySelector('icn-embed-builder') as Lit;
  const root = builder.shadowRoot!;
  const area = (kind: string) => root.querySelector<HTMLTextAreaElement>(`#snippet-${kind}`);
  /** The snippet of a kind once written (measured), or '' . */
  const snippet = (kind = 'script') => area(kind)?.value ?? '';
  /** Waits until the snippet of `kind` is written and passes `test`. */
  const written = async (kind = 'script', test: (code: string) => boolean = () => true) => {
    await waitUntil(() => snippet(kind) !== '' && test(snippet(kind)), `no ${kind} snippet`, { timeout: 15000 });
    return snippet(kind);
  };
  /** Sets a form control as a person would (click or choose), and waits for the builder to render. */
  const set = async (name: string, value: string | boolean) => {
    const radio = name === 'channel' || name === 'element';
    const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]${radio ? `[value="${value}"]` : ''}`);
    expect(control, `a control named ${name}`).to.exist;
    if (control instanceof win.HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
      if (control.checked !== (value !== false)) control.click();
    } else {
      control!.value = String(value);
      control!.dispatchEvent(new win.Event('change', { bubbles: true }));
    }
    await builder.updateComplete;
  };
  return { iframe, win, doc, builder, root, snippet, written, set };
}

/** Pastes a snippet into a blank page and returns that page's window. */
export async function paste(snippet: string, { width = 1000 } = {}): Promise<Window & typeof globalThis> {
  const iframe = await frame({ srcdoc: `<!doctype html><html lang="en"><head><title>Member page</title></head><body><main>${snippet}</main></body></html>`, width });
  return iframe.contentWindow! as Window & typeof globalThis;
}

