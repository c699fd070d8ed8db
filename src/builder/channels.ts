/**
 * Where a snippet gets pasted, and what survives there: the embed builder's first question.
 * Each channel lists the snippets that work in it, best first, each with one or two lines on
 * where to paste it. What each place keeps was checked on the real systems (see README,
 * "Where will you paste it?").
 */

/**
 * The kinds of snippet the builder writes (see snippets.ts):
 * - `script`: the bundle, pinned by its integrity hash, and the element, with space reserved;
 * - `iframe`: embed.html in a frame, and a few lines that size the frame to its content;
 * - `iframe-only`: embed.html in a frame of a fixed height that fits, no script at all;
 * - `picture`: the badge image in a link, a dark `<source>` for readers in dark mode;
 * - `image`: the badge image in a link, one PNG (e-mail, filtered HTML);
 * - `markdown`: the badge image in a link, in Markdown;
 * - `link`: the address of the element's static embed page, which WordPress turns into the live
 *   element (oEmbed) when it stands on a line of its own or in an Embed block.
 */
export type SnippetKind = 'script' | 'iframe' | 'iframe-only' | 'picture' | 'image' | 'markdown' | 'link';

/** The kinds that are a picture of the badge, not the element. */
export const IMAGE_KINDS: readonly SnippetKind[] = ['picture', 'image', 'markdown'];

export interface ChannelSnippet {
  kind: SnippetKind;
  /** A short title for this snippet in this channel. */
  title: string;
  /** One or two lines: where to paste it, and what it needs. */
  where: string;
}

export interface Channel {
  id: ChannelId;
  /** The choice, as a person names the place. */
  label: string;
  /** One short line under the choice: who this is. */
  hint: string;
  /** What works there, best first. */
  snippets: readonly ChannelSnippet[];
}

export type ChannelId = 'wordpress-admin' | 'wordpress-author' | 'wordpress-com' | 'site-builder' | 'drupal' | 'html' | 'email' | 'markdown';

export const CHANNELS: readonly Channel[] = [
  {
    id: 'wordpress-admin',
    label: 'WordPress as administrator',
    hint: 'Or as editor on a single site: roles that may post unfiltered HTML.',
    snippets: [
      {
        kind: 'script',
        title: 'Script snippet',
        where: 'Add a Custom HTML block where the element should show and paste this into it. WordPress keeps the script for your role.',
      },
      {
        kind: 'link',
        title: 'Link that embeds',
        where: 'Or paste this address on a line of its own (or into an Embed block) and publish: WordPress shows the live element in a frame it sizes.',
      },
    ],
  },
  {
    id: 'wordpress-author',
    label: 'WordPress as author or editor',
    hint: 'Authors, and editors on a multisite network: WordPress removes scripts and frames from what you save.',
    snippets: [
      {
        kind: 'link',
        title: 'Link that embeds',
        where: 'Paste this address on a line of its own in your post (or into an Embed block) and publish: WordPress shows the live element in a frame it sizes. It works for every role.',
      },
      {
        kind: 'image',
        title: 'Image badge',
        where: 'Or add a Custom HTML block and paste this into it: WordPress keeps a linked image for every role.',
      },
    ],
  },
  {
    id: 'wordpress-com',
    label: 'WordPress.com',
    hint: 'Plans below Business remove scripts and frames.',
    snippets: [
      {
        kind: 'image',
        title: 'Image badge',
        where: 'Add a Custom HTML block and paste this into it; it works on every plan.',
      },
      {
        kind: 'script',
        title: 'Script snippet (Business plan and up)',
        where: 'On a Business or Commerce plan WordPress.com keeps scripts like a self-hosted site: paste this into a Custom HTML block instead.',
      },
    ],
  },
  {
    id: 'site-builder',
    label: 'Squarespace, Wix or Webflow',
    hint: 'Custom code needs a paid plan on each of them.',
    snippets: [
      {
        kind: 'script',
        title: 'Script snippet',
        where: 'Squarespace: a Code Block. Webflow: an Embed element. Wix: Embed HTML, set to Code. Each needs a plan that allows custom code.',
      },
      {
        kind: 'iframe-only',
        title: 'Frame with a fixed height',
        where: 'Where the embed keeps a frame but no script, or asks only for an address (Wix: Embed a site, with the address inside src). Its height fits the element from 360 px wide up.',
      },
      {
        kind: 'image',
        title: 'Image badge',
        where: 'On a plan without custom code: add an Image block with the image at the address in src, and link it to the address in href.',
      },
    ],
  },
  {
    id: 'drupal',
    label: 'Drupal',
    hint: 'CKEditor 5 removes scripts and unknown tags unless the text format allows them.',
    snippets: [
      {
        kind: 'script',
        title: 'Script snippet',
        where: 'Choose the Full HTML text format (with “Limit allowed HTML tags” off), switch to Source and paste this.',
      },
      {
        kind: 'iframe-only',
        title: 'Frame with a fixed height',
        where: 'Where the text format allows <iframe> but no script. Its height fits the element from 360 px wide up.',
      },
      {
        kind: 'image',
        title: 'Image badge',
        where: 'Basic HTML keeps a linked image: switch to Source and paste this.',
      },
    ],
  },
  {
    id: 'html',
    label: 'A plain HTML site',
    hint: 'You edit the page’s HTML yourself, or your system keeps it as written.',
    snippets: [
      {
        kind: 'script',
        title: 'Script snippet',
        where: 'Paste it where the element should show. One script per page is enough for any number of elements.',
      },
      {
        kind: 'iframe',
        title: 'Iframe snippet',
        where: 'Keeps the element apart from your page’s styles and scripts. The lines after the frame size it to its content; without them it keeps its first height.',
      },
      {
        kind: 'picture',
        title: 'Image badge',
        where: 'Where no script may run: a picture that follows the reader’s light or dark setting.',
      },
    ],
  },
  {
    id: 'email',
    label: 'An email signature or newsletter',
    hint: 'Mail programs and newsletter tools (Mailchimp…) show an image and a link, nothing else.',
    snippets: [
      {
        kind: 'image',
        title: 'Image badge',
        where: 'Paste it in the HTML or code view of the signature or the newsletter block. A PNG, sharp on high-density screens, without the SVG that Outlook does not show.',
      },
    ],
  },
  {
    id: 'markdown',
    label: 'Markdown (a README, a forum)',
    hint: 'GitHub, GitLab, forums and chat show an image and a link.',
    snippets: [
      {
        kind: 'markdown',
        title: 'Markdown badge',
        where: 'Paste it on a line of its own where the badge should show.',
      },
    ],
  },
];

export const isChannelId = (id: unknown): id is ChannelId => CHANNELS.some((c) => c.id === id);

/** The channel with this id. */
export const channel = (id: ChannelId): Channel => CHANNELS.find((c) => c.id === id)!;
