// Types the translation keys from the English strings, so a typo in a key fails type-checking.
import 'i18next';
import type common from '../../locales/en/common.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common };
  }
}
