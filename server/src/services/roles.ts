import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_MANAGER_ACTIONS as CM } from '../contracts/permissions';
import { ACTIONS, CONTENT_API_READ_ACTIONS, DESK_CHIEF_ROLE, PUBLIC_READ_ACTIONS } from '../permissions';
import { BRIEF_UID, TAG_UID } from '../uids';

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

interface RoleRecord {
  id: number;
  name: string;
  code: string;
}

const EDITOR_ACTIONS: string[] = [CM.create, CM.read, CM.update, CM.delete, CM.publish];
const SUBJECTS = [BRIEF_UID, TAG_UID];

/**
 * "Set up roles": gives the built-in Editor and Author roles the brief and tag permissions and creates the
 * Desk chief role. Idempotent. Called by the settings page and by the playground seed — never from the
 * plugin's bootstrap, which runs before the admin creates its default roles.
 */
const roles = ({ strapi }: { strapi: Core.Strapi }) => {
  const roleService = () => strapi.service('admin::role');

  const contentPermissions = async (actions: string[], conditions: string[]): Promise<PermissionInput[]> => {
    const { actionProvider } = strapi.service('admin::permission');
    const locales = ((await strapi.db.query('plugin::i18n.locale').findMany({ select: ['code'] })) as { code: string }[]).map((locale) => locale.code);
    const definitions = actions
      .map((actionId) => actionProvider.get(actionId) as { actionId: string; subjects: string[]; options?: { applyToProperties?: string[] } } | undefined)
      .filter((definition): definition is NonNullable<typeof definition> => Boolean(definition))
      .map((definition) => ({ ...definition, subjects: definition.subjects.filter((subject) => SUBJECTS.includes(subject as typeof BRIEF_UID)) }));
    const withFields = strapi.service('admin::content-type').getPermissionsWithNestedFields(definitions) as PermissionInput[];
    return withFields.map((permission) => ({
      action: permission.action,
      subject: permission.subject,
      properties: { ...permission.properties, ...(permission.subject === BRIEF_UID ? { locales } : {}) },
      conditions,
    }));
  };

  /** Adds what the role lacks (permissions, and fields or locales of existing ones); never removes what an admin granted. */
  const grantMissing = async (role: RoleRecord, wanted: PermissionInput[]) => {
    const existing = (await strapi.db.query('admin::permission').findMany({
      select: ['id', 'action', 'subject', 'properties'],
      where: { role: role.id },
    })) as { id: number; action: string; subject: string | null; properties: Record<string, unknown> | null }[];
    const byKey = new Map(existing.map((permission) => [`${permission.action}|${permission.subject ?? ''}`, permission]));
    const missing: PermissionInput[] = [];
    let widened = 0;
    for (const permission of wanted) {
      const current = byKey.get(`${permission.action}|${permission.subject ?? ''}`);
      if (!current) {
        missing.push(permission);
        continue;
      }
      const properties = { ...(current.properties ?? {}) };
      let changed = false;
      for (const key of ['fields', 'locales'] as const) {
        const wantedValues = permission.properties?.[key];
        if (!Array.isArray(wantedValues)) continue;
        const had = Array.isArray(properties[key]) ? (properties[key] as string[]) : [];
        const union = [...new Set([...had, ...(wantedValues as string[])])];
        if (union.length !== had.length || !Array.isArray(properties[key])) {
          properties[key] = union;
          changed = true;
        }
      }
      if (changed) {
        await strapi.db.query('admin::permission').update({ where: { id: current.id }, data: { properties } });
        widened += 1;
      }
    }
    if (missing.length > 0) await roleService().addPermissions(role.id, missing);
    return missing.length + widened;
  };

  return {
    /** The Content API read actions a partner's custom API token holds (the playground seed's partner token). */
    partnerReadActions(): string[] {
      return [...CONTENT_API_READ_ACTIONS];
    },

    async setupRoles() {
      const editorContent = await contentPermissions(EDITOR_ACTIONS, []);
      const authorContent = await contentPermissions(EDITOR_ACTIONS.filter((action) => action !== CM.publish), ['admin::is-creator']);
      const deskChiefExtras: PermissionInput[] = [
        { action: ACTIONS.updateTolls, subject: null, properties: {}, conditions: [] },
        { action: ACTIONS.killBriefs, subject: null, properties: {}, conditions: [] },
        { action: 'plugin::upload.read', subject: null, properties: {}, conditions: [] },
        { action: 'plugin::upload.assets.create', subject: null, properties: {}, conditions: [] },
        { action: 'plugin::upload.assets.update', subject: null, properties: {}, conditions: [] },
        { action: 'plugin::upload.assets.download', subject: null, properties: {}, conditions: [] },
        { action: 'plugin::upload.assets.copy-link', subject: null, properties: {}, conditions: [] },
      ];
      const editor = (await roleService().findOne({ code: 'strapi-editor' })) as RoleRecord | null;
      const author = (await roleService().findOne({ code: 'strapi-author' })) as RoleRecord | null;
      let deskChief = (await roleService().findOne({ name: DESK_CHIEF_ROLE.name })) as RoleRecord | null;
      const created = !deskChief;
      if (!deskChief) deskChief = (await roleService().create(DESK_CHIEF_ROLE)) as RoleRecord;
      const granted = {
        editor: editor ? await grantMissing(editor, editorContent) : 0,
        author: author ? await grantMissing(author, authorContent) : 0,
        deskChief: await grantMissing(deskChief, [...editorContent, ...deskChiefExtras]),
      };
      return { deskChiefRoleId: deskChief.id, deskChiefCreated: created, granted };
    },

    /** Gives the Users & Permissions Public role the plugin's public read actions; adds what it lacks, removes nothing. */
    async grantPublicRead() {
      const upRole = 'plugin::users-permissions.role';
      const upPermission = 'plugin::users-permissions.permission';
      const publicRole = strapi.getModel(upRole)
        ? ((await strapi.db.query(upRole).findOne({ where: { type: 'public' }, select: ['id'] })) as { id: number } | null)
        : null;
      if (!publicRole) throw new errors.NotFoundError('The Users & Permissions Public role does not exist (is the users-permissions plugin enabled?)');
      const held = (await strapi.db.query(upPermission).findMany({
        select: ['action'],
        where: { role: publicRole.id, action: { $in: PUBLIC_READ_ACTIONS } },
      })) as { action: string }[];
      const heldActions = new Set(held.map((permission) => permission.action));
      const missing = PUBLIC_READ_ACTIONS.filter((action) => !heldActions.has(action));
      for (const action of missing) await strapi.db.query(upPermission).create({ data: { action, role: publicRole.id } });
      return { actions: [...PUBLIC_READ_ACTIONS], granted: missing };
    },
  };
};

export default roles;
