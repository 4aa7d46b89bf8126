/** The preview's editable values and what "Create draft" sends as `edits`. Pure: no React. */
import type { TagKind } from '../../../../server/src/domain/contract';
import type { WireDraftEdits } from '../../../../server/src/domain/wire/import-request';
import type { WireParseResult } from '../../../../server/src/domain/wire/types';
import { draftSlugline } from '../../../../server/src/domain/wire/wire-draft';

export interface EditsDraft {
  headline: string;
  slugline: string;
  dateline: string;
  byline: string;
  photoCredit: string;
  summary: string;
  tags: { key: string; name: string; kind: TagKind }[];
  relatedTitles: { key: string; title: string }[];
}

let nextKey = 0;
export const newKey = () => `wire-${++nextKey}`;

export const editsFrom = (result: WireParseResult): EditsDraft => ({
  headline: result.headline?.value ?? '',
  // As the server would write it: an urgency line (URGENT, FLASH) is no slugline.
  slugline: draftSlugline(result.slugline?.value) ?? '',
  dateline: result.dateline?.value ?? '',
  byline: result.byline?.value ?? '',
  photoCredit: result.photoCredit?.value ?? '',
  summary: result.summary?.value ?? '',
  tags: result.tags.map((tag) => ({ key: newKey(), name: tag.name, kind: tag.kind })),
  relatedTitles: result.relatedTitles.map((title) => ({ key: newKey(), title: title.value })),
});

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Every value as the editor left it (blank rows dropped): the server takes these instead of what it parsed. */
export const editsToBody = (edits: EditsDraft): WireDraftEdits => ({
  ...(edits.headline.trim() ? { headline: edits.headline.trim() } : {}),
  slugline: orNull(edits.slugline),
  dateline: orNull(edits.dateline),
  byline: orNull(edits.byline),
  photoCredit: orNull(edits.photoCredit),
  summary: orNull(edits.summary),
  tags: edits.tags.filter((tag) => tag.name.trim() !== '').map((tag) => ({ name: tag.name.trim(), kind: tag.kind })),
  relatedTitles: edits.relatedTitles.map((related) => related.title.trim()).filter(Boolean),
});
