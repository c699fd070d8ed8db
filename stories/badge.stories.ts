import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { embeddedStatement } from '../src/data/statement.js';
import { attr, commonArgTypes } from './common.js';

interface Args {
  network?: string;
  size?: string;
  href?: string;
  src?: string;
  lang?: string;
  theme?: string;
  loading?: string;
}

const badge = (args: Args) => html`<icn-badge
  network=${ifDefined(attr(args.network))}
  size=${ifDefined(attr(args.size))}
  href=${ifDefined(attr(args.href))}
  src=${ifDefined(attr(args.src))}
  lang=${ifDefined(attr(args.lang))}
  theme=${ifDefined(attr(args.theme))}
  loading=${ifDefined(attr(args.loading))}
></icn-badge>`;

const meta: Meta<Args> = {
  title: 'Elements/icn-badge',
  component: 'icn-badge',
  argTypes: {
    network: {
      control: 'select',
      options: embeddedStatement.signatories.map((s) => s.acronym ?? s.name),
      description: 'The signatory: id, acronym or name, in any case',
    },
    size: { control: 'select', options: ['small', 'medium', 'large'] },
    href: { control: 'text', description: 'Where the badge links (default: the statement page)' },
    ...commonArgTypes,
  },
  args: { network: 'ENCC' },
  render: badge,
};
export default meta;

type Story = StoryObj<Args>;

export const Small: Story = { args: { size: 'small' } };
export const Medium: Story = { args: { size: 'medium' } };
export const Large: Story = { args: { size: 'large' } };
export const Light: Story = { args: { theme: 'light' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Auto: Story = { args: { theme: 'auto' } };
/** A network that did not sign gets a badge that claims nothing, and `icn-error` (`unknown-network`). */
export const NonSignatory: Story = {
  args: { network: 'Not A Signatory' },
  argTypes: { network: { control: 'text' } },
};
/** Every signatory's badge. */
export const Gallery: Story = {
  render: (args) => html`<div style="display: flex; flex-wrap: wrap; gap: 0.75rem">
    ${embeddedStatement.signatories.map((s) => badge({ ...args, network: s.id }))}
  </div>`,
};
