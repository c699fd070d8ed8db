import type {} from 'icn-widgets/vue';
