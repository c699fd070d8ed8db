import 'icn-widgets/define';

export default defineNuxtPlugin(() => {});
