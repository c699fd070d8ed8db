export default defineNuxtConfig({
  compatibilityDate: '2026-01-01',
  telemetry: false,
  devtools: { enabled: false },
  // Vue leaves the icn- tags to the browser, which the plugin teaches them.
  vue: {
    compilerOptions: {
      isCustomElement: (tag) => tag.startsWith('icn-'),
    },
  },
});
