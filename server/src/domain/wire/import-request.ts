/**
 * The contract of `POST /newsroom/import` (request and response), shared by the route and the admin. The body: pasted agency copy or a partner's ninjs, the language, and whether to create
 * a draft (with the editor's corrections of the preview). One declared schema; its errors name the field.
 */
import { BRIEF_LIMITS } from '../brief/validate-brief';
import type { TagKind } from '../contract';
import { closedObject, flag, name, oneOf, text, z } from '../validation';
import type { WireParseResult } from './types';
import type { TollProposal } from './wire-draft';

export const WIRE_IMPORT_LIMITS = {
  /** Agency copy is a few KB; 100 KB of UTF-8 is far beyond any brief. */
  maxTextBytes: 100 * 1024,
  maxHeadline: 200,
  maxSummary: 5000,
  maxCredit: 255,
  maxTags: 50,
  maxTagName: 100,
  maxRelatedTitles: 20,
  maxRelatedTitle: 300,
} as const;

const utf8Bytes = (value: string): number => new TextEncoder().encode(value).length;

/** Text decoded from a binary file shows replacement characters (U+FFFD) where its bytes were not UTF-8. */
const looksBinary = (value: string): boolean => {
  const replacements = value.match(/\uFFFD/g)?.length ?? 0;
  return replacements >= 3 && replacements * 100 >= value.length;
};

/** The pasted copy: kept exactly as sent (the parse result's spans index into it), never blank, ≤ 100 KB, no binary. */
const wireText = () =>
  z
    .string({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be text') })
    .superRefine((value, ctx) => {
      const fail = (message: string, code: string, params: Record<string, unknown> = {}) =>
        ctx.addIssue({ code: 'custom', message, params: { code, ...params } });
      const bytes = utf8Bytes(value);
      if (bytes > WIRE_IMPORT_LIMITS.maxTextBytes) {
        return fail(`must be at most 100 KB (${WIRE_IMPORT_LIMITS.maxTextBytes} bytes of UTF-8; this is ${bytes})`, 'wire.text_too_large', { max: WIRE_IMPORT_LIMITS.maxTextBytes, size: bytes });
      }
      if (value.trim() === '') return fail('is empty: paste the agency copy', 'wire.text_empty');
      if (looksBinary(value)) return fail('looks like binary data, not agency copy (it holds bytes that are not UTF-8 text)', 'wire.text_binary');
    })
    // Tabs and line breaks are copy; NUL and other control characters are not (PostgreSQL refuses NUL).
    .pipe(text({ max: WIRE_IMPORT_LIMITS.maxTextBytes, multiline: true, trim: false }));

const ninjsDocument = () =>
  z.record(z.string(), z.unknown(), { error: 'must be a ninjs document (a JSON object)' });

const tagEdit = () =>
  closedObject({
    name: name({ max: WIRE_IMPORT_LIMITS.maxTagName, min: 1 }),
    kind: oneOf(['subject', 'place', 'organisation', 'person', 'event']),
  });

/** What the editor corrected in the preview before "Create draft"; each one replaces the parsed value. */
const draftEdits = () =>
  closedObject({
    headline: text({ max: WIRE_IMPORT_LIMITS.maxHeadline, min: 1 }).optional(),
    summary: text({ max: WIRE_IMPORT_LIMITS.maxSummary, multiline: true }).nullable().optional(),
    photoCredit: text({ max: WIRE_IMPORT_LIMITS.maxCredit }).nullable().optional(),
    slugline: text({ max: BRIEF_LIMITS.slugline }).nullable().optional(),
    dateline: text({ max: BRIEF_LIMITS.dateline }).nullable().optional(),
    byline: text({ max: BRIEF_LIMITS.byline }).nullable().optional(),
    tags: z.array(tagEdit(), { error: 'must be a list of tags' }).max(WIRE_IMPORT_LIMITS.maxTags).optional(),
    relatedTitles: z
      .array(text({ max: WIRE_IMPORT_LIMITS.maxRelatedTitle, min: 1 }), { error: 'must be a list of headlines' })
      .max(WIRE_IMPORT_LIMITS.maxRelatedTitles)
      .optional(),
  });

export const wireImportRequestSchema = closedObject(
  {
    text: wireText().optional(),
    ninjs: ninjsDocument().optional(),
    language: oneOf(['en', 'fr', 'auto']),
    create: flag().optional(),
    edits: draftEdits().optional(),
  },
  {
    check: (value, ctx) => {
      const hasText = value.text !== undefined;
      const hasNinjs = value.ninjs !== undefined;
      if (hasText && hasNinjs) {
        ctx.addIssue({ code: 'custom', path: ['ninjs'], message: 'cannot be sent with text: send either text or ninjs', params: { code: 'wire.text_or_ninjs' } });
      } else if (!hasText && !hasNinjs) {
        ctx.addIssue({ code: 'custom', path: ['text'], message: 'is required (or ninjs): send the agency copy as text, or a ninjs document as ninjs', params: { code: 'wire.text_or_ninjs' } });
      }
      if (value.edits !== undefined && value.create !== true) {
        ctx.addIssue({ code: 'custom', path: ['edits'], message: 'is only taken with create: true (they change the draft to create)', params: { code: 'wire.edits_without_create' } });
      }
    },
  },
);

export type WireImportRequest = z.output<typeof wireImportRequestSchema>;
export type WireDraftEdits = NonNullable<WireImportRequest['edits']>;

export interface RelatedMatch {
  title: string;
  documentId: string;
  locale: string;
  headline: string;
}

/** The draft `create: true` wrote. */
export interface WireDraft {
  documentId: string;
  locale: string;
  relatedBriefs: RelatedMatch[];
  /** Related titles no brief the caller can read has as headline: the editor links them by hand. */
  unmatchedRelatedTitles: string[];
  tags: { name: string; kind: TagKind; documentId: string; created: boolean }[];
  tollProposed: boolean;
}

/** 200 (parse only, `draft: null`) or 201 (draft created). */
export interface WireImportResponse {
  data: { result: WireParseResult; draft: WireDraft | null };
}

/** `GET /newsroom/briefs/:documentId/toll-proposal`: null once the brief has a toll (or never had a proposal). */
export interface TollProposalResponse {
  data: (TollProposal & { proposedAt: string | null }) | null;
}
