/**
 * Declares the tags for Vue templates, so vue-tsc / Volar type-check them: add
 * `import type {} from 'icn-widgets/vue'` once (e.g. in env.d.ts). Register the tags with
 * `import 'icn-widgets/define'` and tell Vue that `icn-` tags are custom elements
 * (`compilerOptions.isCustomElement: (tag) => tag.startsWith('icn-')`).
 */
import type { DefineComponent } from 'vue';
import type { IcnBadgeAttributes, IcnPrinciplesAttributes, IcnSignatoriesAttributes } from './types/attributes.js';

declare module 'vue' {
  interface GlobalComponents {
    'icn-principles': DefineComponent<IcnPrinciplesAttributes>;
    'icn-badge': DefineComponent<IcnBadgeAttributes>;
    'icn-signatories': DefineComponent<IcnSignatoriesAttributes>;
  }
}

export {};
