/**
 * The embed builder on the statement page (dist/index.html): pick an element, set its options
 * with real form controls, see it live, and copy a script or an iframe snippet.
 */
import type { StatementElement } from '../shared/statement-element.js';
import { LANGUAGE_NAMES } from '../shared/messages/names.js';
import { attributeValue, ELEMENTS, isElementName, type ElementName, type Option } from './options.js';

/** What the build writes into the page: the versioned bundle's file name and its SRI hash. */
interface Build {
  bundle: string;
  integrity: string;
  version: string;
}

const LANGUAGES: [string, string][] = [['', 'The page’s language'], ...Object.entries(LANGUAGE_NAMES)];

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const build = JSON.parse($('#icn-build').textContent!) as Build;
const form = $<HTMLFormElement>('#builder');
const optionsBox = $<HTMLFieldSetElement>('#options');
const preview = $<HTMLElement>('#preview');
const status = $<HTMLElement>('#copy-status');

/** Escapes text for an HTML attribute or element. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let signatories: { value: string; label: string }[] = [];
let title = '';

function field(name: string, option: Option): HTMLElement {
  const id = `opt-${name}`;
  const wrap = document.createElement('div');
  wrap.className = `field ${option.kind.type}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = option.label;
  let control: HTMLInputElement | HTMLSelectElement;
  const select = (choices: [string, string][]) => {
    const s = document.createElement('select');
    for (const [value, text] of choices) s.add(new Option(text, value));
    return s;
  };
  const kind = option.kind;
  switch (kind.type) {
    case 'bool':
      control = document.createElement('input');
      control.type = 'checkbox';
      break;
    case 'enum':
      control = select([['', 'Default'], ...kind.values.map((v): [string, string] => [v, v])]);
      break;
    case 'int':
      if (kind.max - kind.min <= 10) {
        control = select([['', name === 'principle' ? 'All principles' : 'Default'], ...Array.from({ length: kind.max - kind.min + 1 }, (_, i): [string, string] => [String(kind.min + i), String(kind.min + i)])]);
      } else {
        control = document.createElement('input');
        control.type = 'number';
        control.min = String(kind.min);
        control.max = String(kind.max);
        control.inputMode = 'numeric';
      }
      break;
    case 'url':
      control = document.createElement('input');
      control.type = 'url';
      control.placeholder = 'https://';
      control.autocomplete = 'off';
      break;
    case 'lang':
      control = select(LANGUAGES);
      break;
    case 'signatory':
      control = select([...(name === 'network' ? [] : [['', 'None'] as [string, string]]), ...signatories.map((s): [string, string] => [s.value, s.label])]);
      break;
  }
  control.id = id;
  control.name = name;
  if (kind.type === 'bool') wrap.append(control, label);
  else wrap.append(label, control);
  if (kind.type === 'url') {
    const hint = document.createElement('p');
    hint.id = `${id}-hint`;
    hint.className = 'hint';
    control.setAttribute('aria-describedby', hint.id);
    wrap.append(hint);
  }
  return wrap;
}

function chosen(): ElementName {
  const value = new FormData(form).get('element');
  return isElementName(value as string) ? (value as ElementName) : 'badge';
}

function showOptions(): void {
  const { options } = ELEMENTS[chosen()];
  optionsBox.replaceChildren(optionsBox.querySelector('legend')!, ...Object.entries(options).map(([n, o]) => field(n, o)));
}

/** The attributes the form sets now, validated as embed.html validates them. */
function attributes(): [string, string][] {
  const { options } = ELEMENTS[chosen()];
  const out: [string, string][] = [];
  for (const [name, option] of Object.entries(options) as [string, Option][]) {
    const control = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (!control) continue;
    const raw = control instanceof HTMLInputElement && control.type === 'checkbox' ? (control.checked ? '' : 'false') : control.value;
    const hint = document.getElementById(`${control.id}-hint`);
    if (control.type !== 'checkbox' && raw.trim() === '') {
      if (hint) hint.textContent = '';
      control.removeAttribute('aria-invalid');
      continue;
    }
    const value = attributeValue(option.kind, raw);
    if (hint) hint.textContent = value === undefined ? 'Not used: give a full address starting with https://' : '';
    control.toggleAttribute('aria-invalid', value === undefined);
    if (value !== undefined && value !== null) out.push([name, value]);
  }
  return out;
}

async function update(): Promise<void> {
  const { tag } = ELEMENTS[chosen()];
  const attrs = attributes();
  const element = document.createElement(tag) as StatementElement;
  for (const [name, value] of attrs) element.setAttribute(name, value);
  preview.replaceChildren(element);
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const height = Math.ceil(element.getBoundingClientRect().height);
  writeSnippets(tag, attrs, height);
}

function writeSnippets(tag: string, attrs: [string, string][], height: number): void {
  const bundle = new URL(build.bundle, location.href).href;
  const page = new URL('index.html', location.href).href;
  const attrText = attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${esc(v)}"`)).join('');
  const display = tag === 'icn-badge' ? 'inline-block' : 'block';
  ($('#script-snippet') as HTMLTextAreaElement).value = [
    `<script type="module" src="${bundle}" integrity="${build.integrity}" crossorigin="anonymous"></script>`,
    `<${tag}${attrText} style="display: ${display}; min-height: ${height}px">`,
    `  <a href="${esc(page)}">${esc(title)}</a>`,
    `</${tag}>`,
  ].join('\n');

  const query = new URLSearchParams([['element', tag.replace('icn-', '')], ...attrs.map(([n, v]): [string, string] => [n, v === '' ? 'true' : v])]);
  const embed = `${new URL('embed.html', location.href).href}?${query}`;
  const origin = location.origin;
  ($('#iframe-snippet') as HTMLTextAreaElement).value = [
    `<iframe src="${esc(embed)}" title="${esc(title)}" loading="lazy" style="display: block; width: 100%; height: ${height + 4}px; border: 0"></iframe>`,
    '<script>',
    '  addEventListener("message", function (e) {',
    `    if (e.origin !== "${origin}" || !e.data || e.data.type !== "icn-embed-height" || typeof e.data.height !== "number") return;`,
    '    document.querySelectorAll("iframe").forEach(function (f) {',
    '      if (f.contentWindow === e.source) f.style.height = Math.min(e.data.height, 20000) + "px";',
    '    });',
    '  });',
    '</script>',
  ].join('\n');
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const area = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement;
  try {
    await navigator.clipboard.writeText(area.value);
  } catch {
    area.select();
    document.execCommand('copy');
  }
  const label = button.dataset.label ?? button.textContent!;
  button.dataset.label = label;
  button.textContent = 'Copied ✓';
  status.textContent = `${label.replace(/^Copy /, '')} copied to the clipboard.`;
  setTimeout(() => {
    button.textContent = label;
  }, 2500);
}

async function start(): Promise<void> {
  await customElements.whenDefined('icn-signatories');
  const list = document.querySelector<StatementElement>('icn-signatories')!;
  await list.updateComplete;
  signatories = list.statement.signatories.map((s) => ({ value: s.acronym ?? s.name, label: s.acronym ? `${s.acronym} – ${s.name}` : s.name }));
  title = list.statement.title;
  showOptions();
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'element') showOptions();
    void update();
  });
  form.addEventListener('input', () => void update());
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.addEventListener('click', () => void copy(button));
  }
  await update();
  document.body.dataset.builderReady = '';
}

void start();
