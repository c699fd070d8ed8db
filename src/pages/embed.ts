/**
 * embed.html: shows the one element named by `?element=` (principles, badge or signatories),
 * each other query parameter set as its attribute after validation (`font=` sets the page's
 * font instead, see src/shared/fonts.ts), and tells the parent page its height with
 * `postMessage({ type: 'icn-embed-height', height })`.
 */
import { fontStack } from '../shared/fonts.js';
import { attributeValue, ELEMENTS, isElementName, type Option } from './options.js';
import { isAllowedSource } from './sources.js';

/** `ICN_ALLOWED_SOURCES` as it was when the page was built (see sources.ts); none in a test of the source. */
declare const __ICN_ALLOWED_SOURCES__: string[] | undefined;
const allowedSources = typeof __ICN_ALLOWED_SOURCES__ === 'undefined' ? [] : __ICN_ALLOWED_SOURCES__;

const params = new URLSearchParams(location.search);
const name = params.get('element');
const warn = (message: string) => console.warn(`icn-widgets embed: ${message}`);

if (isElementName(name)) {
  const { tag, options } = ELEMENTS[name];
  const element = document.createElement(tag);
  const allowed: Record<string, Option> = options;
  for (const [key, raw] of params) {
    if (key === 'element') continue;
    if (key === 'font') {
      const stack = fontStack(raw);
      // Through the CSSOM, which the page's Content-Security-Policy allows, and only a validated stack.
      if (stack) document.body.style.fontFamily = stack;
      else warn(`font “${raw}” is not system, serif, monospace or a font name (letters, digits, spaces, hyphens); the system font is used.`);
      continue;
    }
    const option = Object.prototype.hasOwnProperty.call(allowed, key) ? allowed[key] : undefined;
    const value = option ? attributeValue(option.kind, raw) : undefined;
    if (!option) warn(`“${key}” is not an attribute of <${tag}>; ignored.`);
    else if (value === undefined) warn(`“${raw}” is not a valid ${key}; ignored.`);
    else if (key === 'src' && value !== null && !isAllowedSource(new URL(value, location.href), location.origin, allowedSources)) {
      warn(`src “${value}” is neither on this site nor among the sources allowed when this page was built (ICN_ALLOWED_SOURCES); ignored, the statement built in is shown.`);
    }
    else if (value !== null) element.setAttribute(key, value);
  }
  document.getElementById('content')!.replaceChildren(element);
} else {
  warn(`element must be one of ${Object.keys(ELEMENTS).join(', ')}; showing a link to the statement instead.`);
}

let last = 0;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last) return;
  last = height;
  parent.postMessage({ type: 'icn-embed-height', height }, '*');
};
new ResizeObserver(report).observe(document.documentElement);
report();
