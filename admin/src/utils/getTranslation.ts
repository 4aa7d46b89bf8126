import { PLUGIN_ID } from '../pluginId';

/** The react-intl id of one of the plugin's messages: `newsroom.<key>` (keys as in translations/en.json). */
export const getTranslation = (key: string): string => `${PLUGIN_ID}.${key}`;
