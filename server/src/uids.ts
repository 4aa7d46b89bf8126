export const PLUGIN_ID = 'newsroom';
export const BRIEF_UID = 'plugin::newsroom.brief' as const;
export const TAG_UID = 'plugin::newsroom.tag' as const;
export const TOLL_REVISION_UID = 'plugin::newsroom.toll-revision' as const;
export const TOLL_STATE_UID = 'plugin::newsroom.toll-state' as const;
