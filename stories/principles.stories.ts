import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attr, BROKEN, commonArgTypes, REMOTE } from './common.js';

interface Args {
  principle?: number;
  collapsed: boolean;
  'heading-level'?: number;
  src?: string;
  lang?: string;
  theme?: string;
  loading?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/icn-principles',
  component: 'icn-principles',
  argTypes: {
    principle: { control: { type: 'number', min: 1, max: 8, step: 1 }, description: 'Show only principle N' },
    collapsed: { control: 'boolean', description: 'Show three principles and a button that reveals all' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 }, description: 'Level of the title heading (default 2)' },
    ...commonArgTypes,
  },
  args: { collapsed: false },
  render: (args) => html`<icn-principles
    principle=${ifDefined(attr(args.principle))}
    ?collapsed=${args.collapsed}
    heading-level=${ifDefined(attr(args['heading-level']))}
    src=${ifDefined(attr(args.src))}
    lang=${ifDefined(attr(args.lang))}
    theme=${ifDefined(attr(args.theme))}
    loading=${ifDefined(attr(args.loading))}
  ></icn-principles>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Collapsed: Story = { args: { collapsed: true } };
export const SinglePrinciple: Story = { args: { principle: 4 } };
export const HeadingLevel: Story = { args: { 'heading-level': 1 } };
export const Dark: Story = { args: { theme: 'dark', collapsed: true } };
export const Light: Story = { args: { theme: 'light' } };
/** Test data from Storybook's static folder, with its links to the statement page, the PDF and joining. */
export const RemoteEndpoint: Story = { args: { src: REMOTE } };
/** The endpoint answers malformed JSON: the embedded statement is shown and `icn-error` appears in the actions panel. */
export const FailingEndpoint: Story = { args: { src: BROKEN } };
/** On a French page the element's own words are French; the statement has no French text, so it stays in English, marked `lang="en"`. */
export const FrenchPage: Story = {
  args: { collapsed: true },
  decorators: [(story) => html`<div lang="fr">${story()}</div>`],
};
/** With a translation in the data (test data here), the content follows the page's language too. */
export const FrenchPageRemote: Story = {
  args: { collapsed: true, src: REMOTE },
  decorators: [(story) => html`<div lang="fr">${story()}</div>`],
};
