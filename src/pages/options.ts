/**
 * The attributes each element takes, with the kind of value each accepts: the embed builder
 * builds its form from this table, and embed.html lets through only what it allows (a security
 * boundary: no other element, no `on*` attribute, no value it cannot validate).
 */
export type Kind =
  | { type: 'enum'; values: readonly string[] }
  | { type: 'int'; min: number; max: number }
  | { type: 'bool' }
  | { type: 'url' }
  | { type: 'lang' }
  | { type: 'signatory' };

export interface Option {
  label: string;
  kind: Kind;
}

const common: Record<string, Option> = {
  theme: { label: 'Theme', kind: { type: 'enum', values: ['light', 'dark', 'auto'] } },
  lang: { label: 'Language', kind: { type: 'lang' } },
  src: { label: 'Data URL (src)', kind: { type: 'url' } },
  loading: { label: 'Fetch src', kind: { type: 'enum', values: ['lazy', 'eager'] } },
};

export const ELEMENTS = {
  principles: {
    tag: 'icn-principles',
    label: 'Principles card',
    options: {
      collapsed: { label: 'Collapsed (three principles and a button)', kind: { type: 'bool' } },
      principle: { label: 'Only one principle', kind: { type: 'int', min: 1, max: 8 } },
      'heading-level': { label: 'Heading level', kind: { type: 'int', min: 1, max: 6 } },
      ...common,
    },
  },
  badge: {
    tag: 'icn-badge',
    label: 'Network badge',
    options: {
      network: { label: 'Network', kind: { type: 'signatory' } },
      size: { label: 'Size', kind: { type: 'enum', values: ['small', 'medium', 'large'] } },
      href: { label: 'Link to (href)', kind: { type: 'url' } },
      ...common,
    },
  },
  signatories: {
    tag: 'icn-signatories',
    label: 'Signatory list',
    options: {
      layout: { label: 'Layout', kind: { type: 'enum', values: ['grid', 'list', 'inline'] } },
      sort: { label: 'Order', kind: { type: 'enum', values: ['statement', 'name'] } },
      highlight: { label: 'Highlight', kind: { type: 'signatory' } },
      filter: { label: 'Search field (filter)', kind: { type: 'bool' } },
      limit: { label: 'Show at first (limit)', kind: { type: 'int', min: 1, max: 10_000 } },
      'heading-level': { label: 'Heading level', kind: { type: 'int', min: 1, max: 6 } },
      ...common,
    },
  },
} satisfies Record<string, { tag: string; label: string; options: Record<string, Option> }>;

export type ElementName = keyof typeof ELEMENTS;

export const isElementName = (name: string | null): name is ElementName =>
  name !== null && Object.prototype.hasOwnProperty.call(ELEMENTS, name);

/**
 * The attribute value to set for a raw value of this kind: a string (`''` for a boolean that is
 * on), `null` to leave the attribute out, `undefined` when the value is not acceptable.
 */
export function attributeValue(kind: Kind, raw: string): string | null | undefined {
  const value = raw.trim();
  switch (kind.type) {
    case 'bool':
      return ['', 'true', '1', 'yes'].includes(value.toLowerCase()) ? '' : value.toLowerCase() === 'false' ? null : undefined;
    case 'enum':
      return kind.values.includes(value.toLowerCase()) ? value.toLowerCase() : undefined;
    case 'int': {
      const n = Number(value);
      return value !== '' && Number.isInteger(n) && n >= kind.min && n <= kind.max ? String(n) : undefined;
    }
    case 'url':
      return /^https?:\/\/[^\s"'<>]+$/i.test(value) && URL.canParse(value) ? value : undefined;
    case 'lang':
      return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(value) ? value : undefined;
    case 'signatory':
      return value && value.length <= 200 && !/[<>"]/.test(value) ? value : undefined;
  }
}
