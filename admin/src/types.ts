/**
 * Admin-only shapes of Strapi's own routes that the screens read. The plugin's own admin routes are typed once, for
 * both sides, in `server/src/contracts/*` (type-only imports: nothing of the server is bundled).
 */

/** GET /admin/api-tokens (only what the settings page shows). */
export interface ApiTokenSummary {
  id: number;
  name: string;
  type: string;
  description?: string | null;
}

/** GET /i18n/locales (only what the widgets use to pick their content locale). */
export interface ContentLocale {
  code: string;
  name?: string;
  isDefault?: boolean;
}
