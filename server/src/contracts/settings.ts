/** Contract of the settings page's admin routes. Pure types. */
import type { NewsroomSettings } from '../config/settings-schema';

export type { NewsroomSettings, NinjsVersionSetting } from '../config/settings-schema';

/** GET /newsroom/settings, and PUT /newsroom/settings (the saved settings). */
export interface SettingsResponse {
  data: NewsroomSettings;
}

/** PUT /newsroom/settings: the fields to change (the others keep their value). */
export type SettingsUpdateBody = Partial<NewsroomSettings>;

/** POST /newsroom/settings/setup-roles */
export interface SetupRolesResponse {
  data: { deskChiefCreated: boolean; granted: Record<string, number> };
}

/** POST /newsroom/settings/grant-public-read */
export interface GrantPublicReadResponse {
  data: { actions: string[]; granted: string[] };
}
