/**
 * PublicBrief → version-neutral ninjs item, and the public `briefToNinjs`.
 * The brief is already filtered to public data by the server; this only decides what goes where.
 */
import { blocksToHtml, countChars, countWords } from '../brief/blocks-to-html';
import type {
  BlockNode,
  EditorialStatus,
  PhotoCredit,
  PublicBrief,
  PublicImageFormat,
  PublicPhoto,
  PublicTag,
  TagKind,
} from '../contract';
import {
  emptyConcepts,
  type NinjsAltIdModel,
  type NinjsAssociationModel,
  type NinjsBodyModel,
  type NinjsConceptModel,
  type NinjsConceptsModel,
  type NinjsModel,
  type NinjsPubStatus,
  type NinjsRenditionModel,
  type NinjsTextModel,
} from './model';
import {
  renderNinjs,
  type Ninjs22Document,
  type Ninjs3Document,
  type NinjsDocument,
  type NinjsOptions22,
  type NinjsOptions3,
} from './render';
import { killedBriefToNinjs } from './tombstone';
import type { NinjsOptions } from './types';
import { ninjsUri, tagUri, toAbsoluteHttpUri, trimTrailingSlashes } from './uris';

/** Known Strapi image formats, smallest first; other formats follow in name order. */
const FORMAT_ORDER: readonly string[] = ['thumbnail', 'small', 'medium', 'large'];

const PUB_STATUS: Readonly<Record<EditorialStatus, NinjsPubStatus>> = {
  usable: 'usable',
  withheld: 'withheld',
  killed: 'canceled',
};

const CONCEPT_KEY: Readonly<Record<TagKind, keyof NinjsConceptsModel>> = {
  subject: 'subjects',
  place: 'places',
  organisation: 'organisations',
  person: 'people',
  event: 'events',
};

// ---- Small values -------------------------------------------------------------------------------

function nonBlank(value: string | null | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function joined(values: readonly string[] | null | undefined, separator: string): string | undefined {
  const kept = (values ?? []).filter((value) => typeof value === 'string' && value.trim() !== '');
  return kept.length > 0 ? kept.join(separator) : undefined;
}

function pixels(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

// ninjs 3.x only accepts integers 1–9; anything else is left out rather than invented.
function urgencyOf(value: number): number | undefined {
  return Number.isInteger(value) && value >= 1 && value <= 9 ? value : undefined;
}

function textEntry(role: string, value: string | null | undefined): NinjsTextModel[] {
  const kept = nonBlank(value);
  return kept === undefined ? [] : [{ role, value: kept }];
}

// ---- Content --------------------------------------------------------------------------------------

function descriptionsOf(brief: PublicBrief): NinjsTextModel[] {
  return [...textEntry('summary', brief.summary), ...textEntry('toll', brief.toll?.text)];
}

function bodiesOf(blocks: BlockNode[], publicUrl: string): NinjsBodyModel[] {
  const html = blocksToHtml(blocks, { baseUrl: publicUrl });
  if (html === '') return [];
  return [
    { role: 'main', contentType: 'text/html', value: html, charCount: countChars(blocks), wordCount: countWords(blocks) },
  ];
}

function conceptOf(tag: PublicTag, uriPrefix: string): NinjsConceptModel {
  return {
    name: nonBlank(tag.name),
    uri: nonBlank(tag.slug) === undefined ? undefined : tagUri(tag.kind, tag.slug, uriPrefix),
    literal: nonBlank(tag.slug),
  };
}

function conceptsOf(tags: readonly PublicTag[] | null | undefined, uriPrefix: string): NinjsConceptsModel {
  const concepts = emptyConcepts();
  for (const tag of tags ?? []) {
    const key = CONCEPT_KEY[tag.kind];
    if (key !== undefined) concepts[key].push(conceptOf(tag, uriPrefix));
  }
  return concepts;
}

function altIdsOf(brief: PublicBrief): NinjsAltIdModel[] {
  const ids: NinjsAltIdModel[] = [{ role: 'documentId', value: brief.documentId }];
  if (nonBlank(brief.slug) !== undefined) ids.push({ role: 'slug', value: brief.slug });
  return ids;
}

// ---- Photo ----------------------------------------------------------------------------------------

function rendition(name: string, format: PublicImageFormat, publicUrl: string, mime?: string): NinjsRenditionModel[] {
  const href = toAbsoluteHttpUri(format.url, publicUrl);
  if (href === null) return [];
  return [{ name, href, contentType: nonBlank(mime), width: pixels(format.width), height: pixels(format.height) }];
}

function orderedFormatNames(formats: Record<string, PublicImageFormat>): string[] {
  const names = Object.keys(formats);
  const known = FORMAT_ORDER.filter((name) => names.includes(name));
  const others = names.filter((name) => !FORMAT_ORDER.includes(name) && name !== 'original').sort();
  return [...known, ...others];
}

function renditionsOf(photo: PublicPhoto, publicUrl: string): NinjsRenditionModel[] {
  const formats = photo.formats ?? {};
  return [
    ...rendition('original', photo, publicUrl, photo.mime ?? undefined),
    ...orderedFormatNames(formats).flatMap((name) => {
      const format = formats[name];
      return format ? rendition(name, format, publicUrl) : [];
    }),
  ];
}

function photoAssociation(photo: PublicPhoto, credit: PhotoCredit | null, publicUrl: string): NinjsAssociationModel[] {
  const uri = toAbsoluteHttpUri(photo.url, publicUrl);
  if (uri === null) return [];
  return [
    {
      name: 'featuremedia',
      type: 'picture',
      uri,
      headlines: [],
      descriptions: [...textEntry('caption', photo.caption), ...textEntry('creditline', credit?.raw)],
      renditions: renditionsOf(photo, publicUrl),
      by: joined(credit?.photographers, ', '),
      copyrightHolder: joined(credit?.agencies, ', '),
      usageTerms: joined(credit?.restrictions, '; '),
    },
  ];
}

// ---- Related ----------------------------------------------------------------------------------------

type RelatedItem = { uri: string; headline: string | null };

function relatedItems(brief: PublicBrief, uriPrefix: string, publicUrl: string): RelatedItem[] {
  const briefs = (brief.relatedBriefs ?? []).map((ref) => ({
    uri: ninjsUri(ref.documentId, ref.locale, uriPrefix),
    headline: ref.headline,
  }));
  const links = (brief.relatedLinks ?? []).flatMap((link) => {
    const uri = toAbsoluteHttpUri(link.url, publicUrl);
    return uri === null ? [] : [{ uri, headline: link.title }];
  });
  return [...briefs, ...links];
}

function relatedAssociations(brief: PublicBrief, uriPrefix: string, publicUrl: string): NinjsAssociationModel[] {
  return relatedItems(brief, uriPrefix, publicUrl).map((item, index) => ({
    name: `related-${index + 1}`,
    type: 'text',
    uri: item.uri,
    headlines: textEntry('main', item.headline),
    descriptions: [],
    renditions: [],
  }));
}

// ---- Item -----------------------------------------------------------------------------------------

export function briefToModel(brief: PublicBrief, options: NinjsOptions): NinjsModel {
  const publicUrl = trimTrailingSlashes(options.publicUrl);
  const photo = brief.photo ? photoAssociation(brief.photo, brief.credit, publicUrl) : [];
  return {
    uri: ninjsUri(brief.documentId, brief.locale, options.uriPrefix),
    type: 'text',
    version: String(options.ninjsVersionNumber),
    firstCreated: brief.firstPublishedAt ?? brief.updatedAt,
    versionCreated: brief.updatedAt,
    embargoedUntil: options.includeEmbargo ? nonBlank(brief.embargoUntil) : undefined,
    pubStatus: PUB_STATUS[brief.editorialStatus],
    urgency: urgencyOf(brief.urgency),
    edNote: nonBlank(options.edNote),
    language: brief.locale,
    slugline: nonBlank(brief.slugline),
    by: nonBlank(brief.byline),
    located: nonBlank(brief.dateline),
    headlines: textEntry('main', brief.headline),
    descriptions: descriptionsOf(brief),
    bodies: bodiesOf(brief.body, publicUrl),
    concepts: conceptsOf(brief.tags, options.uriPrefix),
    associations: [...photo, ...relatedAssociations(brief, options.uriPrefix, publicUrl)],
    altIds: altIdsOf(brief),
    toll: brief.toll ?? null,
  };
}

/**
 * The ninjs document of a public brief. A brief whose status is `killed` yields the tombstone
 * (statusChangedAt = updatedAt, no reason) so that killed content can never be syndicated by mistake.
 */
export function briefToNinjs(brief: PublicBrief, options: NinjsOptions22): Ninjs22Document;
export function briefToNinjs(brief: PublicBrief, options: NinjsOptions3): Ninjs3Document;
export function briefToNinjs(brief: PublicBrief, options: NinjsOptions): NinjsDocument;
export function briefToNinjs(brief: PublicBrief, options: NinjsOptions): NinjsDocument {
  if (brief.editorialStatus === 'killed') {
    return killedBriefToNinjs(
      { documentId: brief.documentId, locale: brief.locale, statusChangedAt: brief.updatedAt, reason: null },
      options,
    );
  }
  return renderNinjs(briefToModel(brief, options), options);
}
