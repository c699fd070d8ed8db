import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { embeddedStatement } from '../src/data/statement.js';
import { fetchStatement, setStatementLoader } from '../src/data/loader.js';
import type { Statement } from '../src/data/schema.js';
import { attr, commonArgTypes } from './common.js';

interface Args {
  layout?: string;
  sort?: string;
  highlight?: string;
  filter: boolean;
  limit?: number;
  'heading-level'?: number;
  src?: string;
  lang?: string;
  theme?: string;
  loading?: string;
}

/** TEST DATA: 5,000 generated signatories, served by a replaced loader (offline, no file). */
const GENERATED = '/generated/5000-signatories.json';
function generated(count: number): Statement {
  return {
    ...embeddedStatement,
    signatories: Array.from({ length: count }, (_, i) => ({
      id: `test-${i + 1}`,
      acronym: `T${i + 1}`,
      name: `Test network ${i + 1} (generated test data)`,
    })),
  };
}
setStatementLoader(async (url) => (url.endsWith(GENERATED) ? generated(5000) : fetchStatement(url)));

const meta: Meta<Args> = {
  title: 'Elements/icn-signatories',
  component: 'icn-signatories',
  argTypes: {
    layout: { control: 'select', options: ['grid', 'list', 'inline'] },
    sort: { control: 'select', options: ['statement', 'name'] },
    highlight: { control: 'select', options: ['', ...embeddedStatement.signatories.map((s) => s.acronym ?? s.name)] },
    filter: { control: 'boolean', description: 'A search field that narrows the list' },
    limit: { control: { type: 'number', min: 1, step: 1 }, description: 'Show N and a button that reveals the rest' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    ...commonArgTypes,
  },
  args: { filter: false },
  render: (args) => html`<icn-signatories
    layout=${ifDefined(attr(args.layout))}
    sort=${ifDefined(attr(args.sort))}
    highlight=${ifDefined(attr(args.highlight))}
    ?filter=${args.filter}
    limit=${ifDefined(attr(args.limit))}
    heading-level=${ifDefined(attr(args['heading-level']))}
    src=${ifDefined(attr(args.src))}
    lang=${ifDefined(attr(args.lang))}
    theme=${ifDefined(attr(args.theme))}
    loading=${ifDefined(attr(args.loading))}
  ></icn-signatories>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Grid: Story = { args: { layout: 'grid' } };
export const List: Story = { args: { layout: 'list' } };
export const Inline: Story = { args: { layout: 'inline' } };
export const SortedByName: Story = { args: { sort: 'name' } };
/** A member marks itself: `aria-current` on its entry. */
export const Highlighted: Story = { args: { highlight: 'IETM' } };
export const Filter: Story = { args: { filter: true } };
export const Limit: Story = { args: { limit: 6 } };
export const Dark: Story = { args: { theme: 'dark', filter: true, limit: 8 } };
/** 5,000 generated signatories (test data), with the filter. */
export const FiveThousandSignatories: Story = { args: { src: GENERATED, filter: true, layout: 'list' } };
/** On a right-to-left page the layout mirrors. */
export const RightToLeftPage: Story = {
  args: { highlight: 'ENCC', filter: true },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};
