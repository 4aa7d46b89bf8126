import type { Core, UID } from '@strapi/strapi';
import { findUnstorableText, isRowId, STORAGE_LIMITS } from '../domain/validation';
import type { FieldError } from '../domain/contract';
import { formatFieldPath } from '../domain/toll/field-path';
import { decodePathSegment } from '../domain/urls';
import { controlCharacters, invalidId } from './field-errors';

/**
 * Upload's inputs that Strapi hands the database as given, on its Content API (`/api/upload`, which reaches briefs
 * through the files' `related`) and the admin media library (`/upload`): row ids in paths, queries and bodies,
 * `fileInfo` (a JSON string inside a multipart body, so its text is only seen once parsed), and the `ref` / `refId`
 * an upload attaches to. On PostgreSQL each was a 500; a folder named with a NUL hung the server's connection pool.
 */

const UPLOAD_FILE_UID = 'plugin::upload.file';
const UPLOAD_FOLDER_UID = 'plugin::upload.folder';

/** `/api/upload/files/:id`, `/upload/files/:id`, `/upload/folders/:id`: the raw id segment. */
const ROW_ID_SEGMENT = /^\/(?:api\/)?upload\/(files|folders)\/([^/]*)\/?$/;
const UPLOAD_POST = /^\/(?:api\/)?upload\/?$/;
/** The media library's folder routes (list, one folder, create, update). */
const FOLDERS_ROUTE = /^\/upload\/folders(?:\/|$)/;

/** The model Upload's `filters` and `sort` apply to on this path (files unless it lists folders). */
export const uploadModelOf = (path: string): string => (FOLDERS_ROUTE.test(path) ? UPLOAD_FOLDER_UID : UPLOAD_FILE_UID);

/** A file or folder id in the path (on the raw path: the router decodes `..%2Fetc` into one segment after us). */
export const uploadPathProblem = (rawPath: string): FieldError | null => {
  const [, collection, segment] = ROW_ID_SEGMENT.exec(rawPath) ?? [];
  if (segment === undefined) return null;
  const id = decodePathSegment(segment);
  return id !== null && isRowId(id) ? null : invalidId(['id'], collection === 'folders' ? 'a folder id' : 'a file id');
};

/** `POST /upload?id=` updates that file's information. */
export const uploadQueryProblem = (method: string, path: string, query: Record<string, unknown>): FieldError | null =>
  method === 'POST' && UPLOAD_POST.test(path) && query.id !== undefined && !Array.isArray(query.id) && !isRowId(query.id) ? invalidId(['id'], 'a file id') : null;

/** `fileInfo` as sent: one JSON object, a list of them (one per file), as strings in a multipart body. */
const fileInfosOf = (fileInfo: unknown): { info: unknown; path: (string | number)[] }[] => {
  const parse = (value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value);
    } catch {
      return null; // not JSON: Upload refuses it itself with a 400
    }
  };
  return Array.isArray(fileInfo) ? fileInfo.map((item, index) => ({ info: parse(item), path: ['fileInfo', index] })) : [{ info: parse(fileInfo), path: ['fileInfo'] }];
};

/** A string attribute of an Upload model longer than its varchar(255) column. */
const overLong = (record: Record<string, unknown>, uid: string, strapi: Core.Strapi, path: (string | number)[]): FieldError | null => {
  const attributes = strapi.getModel(uid as UID.Schema)?.attributes ?? {};
  for (const [key, value] of Object.entries(record)) {
    const type = (attributes[key] as { type?: string } | undefined)?.type;
    if (typeof value === 'string' && (type === 'string' || type === 'uid') && [...value].length > STORAGE_LIMITS.varchar) {
      return { path: [...path, key], code: 'field.too_long', params: { max: STORAGE_LIMITS.varchar }, message: `${formatFieldPath([...path, key])} must be at most ${STORAGE_LIMITS.varchar} characters` };
    }
  }
  return null;
};

const ID_LIST_KEYS = ['fileIds', 'folderIds'] as const;
const NULLABLE_ID_KEYS = ['destinationFolderId', 'parent'] as const;

/** One file's information (name, alternativeText, caption, folder) as Upload stores it; `path` leads to it. */
export const fileInfoProblem = (strapi: Core.Strapi, info: unknown, path: (string | number)[]): FieldError | null => {
  if (typeof info !== 'object' || info === null || Array.isArray(info)) return null; // Upload refuses these itself
  const text = findUnstorableText(info);
  if (text) return controlCharacters([...path, ...text]);
  const long = overLong(info as Record<string, unknown>, UPLOAD_FILE_UID, strapi, path);
  if (long) return long;
  const folder = (info as { folder?: unknown }).folder;
  return folder !== undefined && folder !== null && !isRowId(folder) ? invalidId([...path, 'folder'], 'a folder id') : null;
};

/** The body of an Upload write: its file information, what it attaches to, the ids of the media library's actions. */
export const uploadBodyProblem = (strapi: Core.Strapi, path: string, body: Record<string, unknown>): FieldError | null => {
  if (body.fileInfo !== undefined) {
    for (const { info, path: infoPath } of fileInfosOf(body.fileInfo)) {
      const problem = fileInfoProblem(strapi, info, infoPath);
      if (problem) return problem;
    }
  }
  if (typeof body.ref === 'string' && !strapi.getModel(body.ref as UID.Schema)) {
    return { path: ['ref'], code: 'field.invalid', message: 'ref must name a content type (such as plugin::newsroom.brief)' };
  }
  if (body.refId !== undefined && !isRowId(body.refId)) return invalidId(['refId'], 'the id of the entry the file is attached to');
  for (const key of ID_LIST_KEYS) {
    const ids = body[key];
    if (ids === undefined) continue;
    const list = Array.isArray(ids) ? ids : [ids];
    const bad = list.findIndex((id) => !isRowId(id));
    if (bad >= 0) return invalidId(Array.isArray(ids) ? [key, bad] : [key], 'a row id');
  }
  for (const key of NULLABLE_ID_KEYS) {
    const id = body[key];
    if (id !== undefined && id !== null && !isRowId(id)) return invalidId([key], 'a folder id or null');
  }
  return FOLDERS_ROUTE.test(path) ? overLong(body, UPLOAD_FOLDER_UID, strapi, []) : null;
};
