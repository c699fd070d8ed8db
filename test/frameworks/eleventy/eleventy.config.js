import { renderSnippet } from 'icn-widgets/ssr';

export default function (eleventyConfig) {
  // The elements' content in every HTML page, in declarative shadow DOM.
  eleventyConfig.addTransform('icn-widgets', async function (content) {
    return this.page.outputPath?.endsWith('.html') ? renderSnippet(content) : content;
  });
  // The self-contained bundle beside the pages.
  eleventyConfig.addPassthroughCopy({ 'node_modules/icn-widgets/dist/icn-widgets.js': 'icn-widgets.js' });
}
