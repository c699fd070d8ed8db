import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Remote stories fetch their JSON from here (served at /data/), never from an outside URL.
  staticDirs: [{ from: '../stories/static', to: '/data' }],
  core: { disableTelemetry: true },
  // Storybook builds an app, not the library: drop the library entry, the dist/ data files
  // and dist/'s hosting files (_headers, .htaccess).
  viteFinal: (config) => ({
    ...config,
    plugins: (config.plugins ?? [])
      .flat()
      .filter((p) => !(p && typeof p === 'object' && 'name' in p && (p.name.startsWith('icn-statement-') || p.name === 'icn-hosting'))),
    build: { ...config.build, lib: false, chunkSizeWarningLimit: 2000 },
  }),
};

export default config;
