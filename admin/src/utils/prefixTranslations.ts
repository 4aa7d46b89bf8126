import { PLUGIN_ID } from '../pluginId';

/** translations/<locale>.json keys → the ids react-intl looks up (`newsroom.<key>`). */
export const prefixTranslations = (messages: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([key, message]) => [`${PLUGIN_ID}.${key}`, message]));
