/**
 * Builds dist/custom-elements.json from the elements' JSDoc (`@summary`, `@csspart`,
 * `@cssprop`, `@fires`): Storybook's docs, editors and framework tooling read it.
 */
export default {
  globs: ['src/**/*.ts'],
  // Only the elements' own modules: the builder, pages, hosting rules and image badges are build tools.
  exclude: ['src/**/*.styles.ts', 'src/builder/**', 'src/pages/**', 'src/hosting/**', 'src/images/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [publicSurfaceOnly()],
};

/**
 * Keeps the manifest to the public surface: drops internal reactive state (`_name`),
 * protected and private members, and the `emit(type, …)` helper's parameter that the analyzer
 * takes for an event.
 */
function publicSurfaceOnly() {
  const isPublic = (item) => !item.name.startsWith('_') && !item.name.startsWith('#') && !['private', 'protected'].includes(item.privacy);
  return {
    name: 'icn-public-surface-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter(isPublic);
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name !== 'type');
        }
      }
    },
  };
}
