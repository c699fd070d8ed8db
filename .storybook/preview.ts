import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../dist/custom-elements.json';
import '../src/define.js';

// Each element's docs page lists its attributes, properties, events, parts and custom properties from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    // icn-load and icn-error show in the actions panel.
    actions: { handles: ['icn-load', 'icn-error'] },
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
