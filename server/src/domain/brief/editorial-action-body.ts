import { closedObject, text, z } from '../validation';

/** kill_reason is a `text` column; partners read the reason in tombstones and feed events. */
export const MAX_REASON_LENGTH = 1000;

/**
 * Body of POST /newsroom/briefs/:documentId/{kill,withhold,release}: `{ reason }` only. Kill and withhold need a
 * reason (partners see it); release takes none or an empty one. No body at all is `{}`.
 */
export const editorialActionBodySchema = (needsReason: boolean) =>
  z.preprocess(
    (body) => (body === undefined || body === null ? {} : body),
    closedObject(
      {
        reason: text({ max: MAX_REASON_LENGTH, multiline: true })
          .nullish()
          .transform((reason, ctx): string | null => {
            if (reason) return reason;
            if (needsReason) ctx.addIssue({ code: 'custom', message: 'is required: partners see it', params: { code: 'field.required' } });
            return null;
          }),
      },
      { notObject: 'must be a JSON object { reason }' },
    ),
  );
