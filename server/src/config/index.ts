import { DEFAULT_SETTINGS, validateSettings } from './settings-schema';

export default {
  default: DEFAULT_SETTINGS,
  validator(config: unknown) {
    const errors = validateSettings(config);
    if (errors.length > 0) {
      throw new Error(`Invalid newsroom plugin config: ${errors.map((error) => error.message).join('; ')}`);
    }
  },
};
