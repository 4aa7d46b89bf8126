import type { Core } from '@strapi/strapi';
import { BRIEF_UID } from '../uids';
import { normaliseRelatedLinks } from '../domain/brief/normalise-related-links';
import { getService } from '../services/get-service';

/** Bump when the migration learns a new shape: it then runs once more over every row. */
const MIGRATION_VERSION = 1;
const BATCH = 500;

interface LinkRow {
  id: number;
  documentId: string;
  locale: string | null;
  relatedLinks: unknown;
}

/**
 * Once per MIGRATION_VERSION, at bootstrap: every brief row's stored `relatedLinks` (drafts and published rows) in the
 * contract's shape `[{ title, url }]` (see normaliseRelatedLinks). Rows are rewritten in place, without an edit event;
 * entries that could not be kept are logged with their brief.
 */
export const migrateRelatedLinks = async (strapi: Core.Strapi): Promise<{ rewritten: number }> => {
  const store = strapi.store({ type: 'plugin', name: 'newsroom', key: 'related-links-migration' });
  const done = (await store.get({})) as { version?: number } | null;
  if ((done?.version ?? 0) >= MIGRATION_VERSION) return { rewritten: 0 };
  const rows = strapi.db.query(BRIEF_UID);
  let rewritten = 0;
  let lastId = 0;
  for (;;) {
    const batch = (await rows.findMany({
      select: ['id', 'documentId', 'locale', 'relatedLinks'],
      where: { id: { $gt: lastId }, relatedLinks: { $notNull: true } },
      orderBy: { id: 'asc' },
      limit: BATCH,
    })) as LinkRow[];
    if (batch.length === 0) break;
    lastId = batch[batch.length - 1].id;
    for (const row of batch) {
      const { links, dropped, changed } = normaliseRelatedLinks(row.relatedLinks);
      if (dropped.length > 0) {
        strapi.log.warn(`newsroom: brief ${row.documentId} (${row.locale ?? '?'}, row ${row.id}): related links without an http(s) URL were dropped: ${JSON.stringify(dropped).slice(0, 1000)}`);
      }
      if (!changed) continue;
      await rows.update({ where: { id: row.id }, data: { relatedLinks: links } });
      rewritten += 1;
    }
  }
  if (rewritten > 0) {
    strapi.log.info(`newsroom: related links of ${rewritten} brief row(s) rewritten as [{ title, url }]`);
    await getService(strapi, 'feedEvents').bumpVersion();
  }
  await store.set({ value: { version: MIGRATION_VERSION, at: new Date().toISOString(), rewritten } });
  return { rewritten };
};
