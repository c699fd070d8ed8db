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
  /** The form label, in plain words. */
  label: string;
  /** One short line under the control: what it does, what the default is. */
  hint: string;
  kind: Kind;
}

const common: Record<string, Option> = {
  theme: { label: 'Colours', hint: 'Light or dark paints its own surface; auto follows the reader’s setting; default takes your page’s colours.', kind: { type: 'enum', values: ['light', 'dark', 'auto'] } },
  lang: { label: 'Language', hint: 'Default: the language of your page.', kind: { type: 'lang' } },
  src: { label: 'Statement data address', hint: 'Leave empty to show the statement built in; or the https:// address of a statement.json.', kind: { type: 'url' } },
  loading: { label: 'When to fetch the data', hint: 'Lazy: only when the element comes near the screen. Used with a data address.', kind: { type: 'enum', values: ['lazy', 'eager'] } },
};

export const ELEMENTS = {
  principles: {
    tag: 'icn-principles',
    label: 'Principles card',
    options: {
      collapsed: { label: 'Collapsed', hint: 'Three principles and a button that shows the rest.', kind: { type: 'bool' } },
      principle: { label: 'Only one principle', hint: 'Shows that principle alone.', kind: { type: 'int', min: 1, max: 8 } },
      'heading-level': { label: 'Heading level', hint: 'The title’s level among your page’s headings (default 2).', kind: { type: 'int', min: 1, max: 6 } },
      ...common,
    },
  },
  badge: {
    tag: 'icn-badge',
    label: 'Network badge',
    options: {
      network: { label: 'Network', hint: 'The network that signed: the badge says so.', kind: { type: 'signatory' } },
      size: { label: 'Size', hint: 'Default: medium.', kind: { type: 'enum', values: ['small', 'medium', 'large'] } },
      href: { label: 'Link to', hint: 'Where the badge leads; default the statement page.', kind: { type: 'url' } },
      ...common,
    },
  },
  signatories: {
    tag: 'icn-signatories',
    label: 'Signatory list',
    options: {
      layout: { label: 'Layout', hint: 'A grid, a list, or the names in a line (default grid).', kind: { type: 'enum', values: ['grid', 'list', 'inline'] } },
      sort: { label: 'Order', hint: 'As in the statement (default), or by name.', kind: { type: 'enum', values: ['statement', 'name'] } },
      highlight: { label: 'Highlight', hint: 'Marks one network in the list: yours.', kind: { type: 'signatory' } },
      filter: { label: 'Search field', hint: 'Lets readers narrow the list by name.', kind: { type: 'bool' } },
      limit: { label: 'Show at first', hint: 'How many networks show before a button shows them all.', kind: { type: 'int', min: 1, max: 10_000 } },
      'heading-level': { label: 'Heading level', hint: 'The title’s level among your page’s headings (default 2).', kind: { type: 'int', min: 1, max: 6 } },
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
