import { EDITORIAL_STATUSES, FEED_EVENT_TYPES, TAG_KINDS, TOLL_CATEGORIES, TOLL_CHANGE_KINDS, TOLL_QUALIFIERS } from '../domain/contract';
import { enumName } from './enums';

const enumValues = (values: readonly string[]) => values.map((value) => `  ${enumName(value)}`).join('\n');

/**
 * The newsroom's public GraphQL types (SDL for Strapi's GraphQL extension): the REST contract's shapes, field for
 * field; enum values are the REST strings in upper snake case (`at-least` → `AT_LEAST`, `brief.killed` → `BRIEF_KILLED`).
 */
export const newsroomTypeDefs = `
"What a tag names (REST: subject, place, organisation, person, event)."
enum NewsroomTagKind {
${enumValues(TAG_KINDS)}
}

"What a toll count counts (REST: killed, injured, …)."
enum NewsroomTollCategory {
${enumValues(TOLL_CATEGORIES)}
}

"How exact a toll count is (REST: exact, at-least, more-than, about, nearly, up-to, between)."
enum NewsroomTollQualifier {
${enumValues(TOLL_QUALIFIERS)}
}

"Why a toll revision was written (REST: initial, update, correction, source-change)."
enum NewsroomTollChangeKind {
${enumValues(TOLL_CHANGE_KINDS)}
}

"A brief's editorial status (REST: usable, withheld, killed); a public brief is USABLE."
enum NewsroomEditorialStatus {
${enumValues(EDITORIAL_STATUSES)}
}

"Feed event types (REST: brief.published, …, toll.updated)."
enum NewsroomFeedEventType {
${enumValues(FEED_EVENT_TYPES)}
}

"ninjs profiles: NEWSROOM adds the toll and the served schema (REST: ?profile=newsroom)."
enum NewsroomNinjsProfile {
  NEWSROOM
}

type NewsroomImageFormat {
  url: String!
  width: Int
  height: Int
}

"Strapi's standard image formats of the photo (absent ones are null)."
type NewsroomPhotoFormats {
  thumbnail: NewsroomImageFormat
  small: NewsroomImageFormat
  medium: NewsroomImageFormat
  large: NewsroomImageFormat
}

type NewsroomPhoto {
  url: String!
  alternativeText: String
  width: Int
  height: Int
  mime: String
  formats: NewsroomPhotoFormats!
  caption: String
}

"The photo credit, parsed: photographers, agencies and usage restrictions."
type NewsroomCredit {
  raw: String!
  photographers: [String!]!
  agencies: [String!]!
  restrictions: [String!]!
}

type NewsroomTag {
  name: String!
  slug: String!
  kind: NewsroomTagKind!
}

"A related brief the caller may read (public ones only)."
type NewsroomRelatedBrief {
  documentId: String!
  locale: String!
  slug: String!
  headline: String!
}

"A republish marked as a correction: when, the note partners read, the public fields it changed (REST: corrections[])."
type NewsroomTextCorrection {
  at: DateTime!
  note: String!
  fields: [String!]!
}

type NewsroomRelatedLink {
  title: String!
  url: String!
}

type NewsroomTollIncludedCount {
  group: String!
  value: Int!
  qualifier: NewsroomTollQualifier!
  valueMax: Int
}

type NewsroomTollCount {
  category: NewsroomTollCategory!
  value: Int!
  "Only (and always) with BETWEEN."
  valueMax: Int
  qualifier: NewsroomTollQualifier!
  group: String
  includes: [NewsroomTollIncludedCount!]!
}

"The latest revision of one source."
type NewsroomTollSource {
  source: String!
  revision: Int!
  asOf: DateTime!
  counts: [NewsroomTollCount!]!
  mayRise: Boolean!
  mayRiseReason: String
  text: String!
}

"What the primary's latest revision corrected: the figures it replaced and the correction's note."
type NewsroomTollCorrection {
  previousSource: String!
  previous: [NewsroomTollCount!]!
  note: String
  at: DateTime!
}

"A brief's current toll, its text in the brief's locale."
type NewsroomToll {
  version: Int!
  primarySource: String!
  mayRise: Boolean!
  mayRiseReason: String
  asOf: DateTime!
  text: String!
  sources: [NewsroomTollSource!]!
  "Set while the primary's latest revision is a correction."
  correction: NewsroomTollCorrection
}

"One item of a toll's public history (who wrote it is never public)."
type NewsroomTollRevision {
  revision: Int!
  source: String!
  asOf: DateTime!
  counts: [NewsroomTollCount!]!
  mayRise: Boolean!
  mayRiseReason: String
  changeKind: NewsroomTollChangeKind!
  note: String
  primary: Boolean!
  createdAt: DateTime!
}

"A public brief: the REST Brief, field for field."
type NewsroomBrief {
  documentId: String!
  locale: String!
  slug: String!
  headline: String!
  slugline: String
  byline: String
  dateline: String
  summary: String
  "Strapi blocks, as stored."
  body: JSON!
  "The body as escaped HTML."
  bodyHtml: String!
  urgency: Int!
  editorialStatus: NewsroomEditorialStatus!
  "Only entitled tokens see embargoed briefs; for them this is the embargo's end."
  embargoUntil: DateTime
  firstPublishedAt: DateTime
  updatedAt: DateTime!
  photo: NewsroomPhoto
  credit: NewsroomCredit
  tags: [NewsroomTag!]!
  relatedBriefs: [NewsroomRelatedBrief!]!
  relatedLinks: [NewsroomRelatedLink!]!
  toll: NewsroomToll
  "Text corrections of this locale, oldest first (REST: corrections)."
  corrections: [NewsroomTextCorrection!]!
  "The brief as IPTC ninjs (REST: /briefs/:slug/ninjs); version defaults to the settings' ninjs version."
  ninjs(version: String, profile: NewsroomNinjsProfile): JSON!
}

type NewsroomPagination {
  page: Int!
  pageSize: Int!
  pageCount: Int!
  total: Int!
}

type NewsroomBriefPageMeta {
  pagination: NewsroomPagination!
  "Send it back as after for the next page (keyset: a deep page costs what the first costs); null on an empty page."
  next: String
  "Whether a page follows this one."
  hasMore: Boolean!
}

type NewsroomBriefPage {
  data: [NewsroomBrief!]!
  meta: NewsroomBriefPageMeta!
}

type NewsroomTollHistoryMeta {
  "The brief's toll version (REST: the ETag)."
  version: Int!
}

type NewsroomTollHistory {
  "Oldest first, like REST."
  data: [NewsroomTollRevision!]!
  meta: NewsroomTollHistoryMeta!
}

"A change partners may replay: the brief as it is now for the caller (null once killed or no longer public)."
type NewsroomFeedEvent {
  id: String!
  type: NewsroomFeedEventType!
  occurredAt: DateTime!
  documentId: String!
  locale: String!
  slug: String!
  brief: NewsroomBrief
  "TOLL_UPDATED with a correction: the primary figure it replaced; BRIEF_CORRECTED: the text correction (REST: correction)."
  correction: NewsroomFeedEventCorrection
  "The brief as ninjs in the settings' version, the canceled tombstone once killed (REST: format=ninjs)."
  ninjs: JSON
}

type NewsroomTollEventPrevious {
  source: String!
  counts: [NewsroomTollCount!]!
}

"What a toll correction replaced, and why."
type NewsroomTollEventCorrection {
  previous: NewsroomTollEventPrevious!
  note: String
}

union NewsroomFeedEventCorrection = NewsroomTollEventCorrection | NewsroomTextCorrection

type NewsroomCursorMeta {
  "Send it back as since to get what came after; equal to since when nothing is new."
  next: String!
  hasMore: Boolean!
}

type NewsroomFeedPage {
  data: [NewsroomFeedEvent!]!
  meta: NewsroomCursorMeta!
}

extend type Query {
  "Published, usable briefs, newest first (REST: GET /api/newsroom/briefs)."
  newsroomBriefs(locale: String, page: Int, pageSize: Int, tagSlug: String, tagKind: NewsroomTagKind, "First published at or after." since: DateTime, "meta.next of the page before (not with page): the page after it." after: String): NewsroomBriefPage!
  "One public brief by slug; NOT_FOUND or GONE like REST's 404 and 410."
  newsroomBrief(slug: String!, locale: String): NewsroomBrief!
  "The public toll history of a public brief (REST: GET /api/newsroom/briefs/:slug/tolls)."
  newsroomTolls(slug: String!, locale: String): NewsroomTollHistory!
  "The changes feed, keyset-paged by cursor (REST: GET /api/newsroom/feed)."
  newsroomFeed(since: String, limit: Int, locale: String): NewsroomFeedPage!
}
`;
