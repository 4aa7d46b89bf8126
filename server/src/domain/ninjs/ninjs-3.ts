/** ninjs 3.0 / 3.1 (camelCase keys). 3.1 only adds `digitalSourceType`, which briefs do not carry. */
import type {
  NinjsAssociationModel,
  NinjsBodyModel,
  NinjsConceptModel,
  NinjsItemType,
  NinjsModel,
  NinjsPubStatus,
  NinjsRenditionModel,
  NinjsTextModel,
} from './model';
import { compact, nonEmptyArray } from './output';

export type Ninjs3Text = { role?: string; contentType?: string; value: string };
export type Ninjs3Body = Ninjs3Text & { charCount?: number; wordCount?: number };
export type NinjsConcept = { name?: string; rel?: string; uri?: string; literal?: string };
export type Ninjs3Rendition = { name: string; href?: string; contentType?: string; width?: number; height?: number };
export type NinjsAltId = { role?: string; value?: string };
export type NinjsStandard = { name?: string; version?: string; schema?: string };

export type Ninjs3 = {
  uri: string;
  type?: NinjsItemType;
  version?: string;
  firstCreated?: string;
  versionCreated?: string;
  embargoedUntil?: string;
  pubStatus?: NinjsPubStatus;
  urgency?: number;
  edNote?: string;
  language?: string;
  slugline?: string;
  by?: string;
  located?: string;
  copyrightHolder?: string;
  usageTerms?: string;
  headlines?: Ninjs3Text[];
  descriptions?: Ninjs3Text[];
  bodies?: Ninjs3Body[];
  subjects?: NinjsConcept[];
  places?: NinjsConcept[];
  organisations?: NinjsConcept[];
  people?: NinjsConcept[];
  events?: NinjsConcept[];
  renditions?: Ninjs3Rendition[];
  associations?: Ninjs3Association[];
  altIds?: NinjsAltId[];
  standard?: NinjsStandard;
};

export type Ninjs3Association = Ninjs3 & { name: string };

function text3(text: NinjsTextModel): Ninjs3Text {
  return { role: text.role, value: text.value };
}

function body3(body: NinjsBodyModel): Ninjs3Body {
  return {
    role: body.role,
    contentType: body.contentType,
    value: body.value,
    charCount: body.charCount,
    wordCount: body.wordCount,
  };
}

function concept3(concept: NinjsConceptModel): NinjsConcept {
  return compact({ name: concept.name, uri: concept.uri, literal: concept.literal });
}

function rendition3(rendition: NinjsRenditionModel): Ninjs3Rendition {
  return compact({
    name: rendition.name,
    href: rendition.href,
    contentType: rendition.contentType,
    width: rendition.width,
    height: rendition.height,
  });
}

function association3(association: NinjsAssociationModel): Ninjs3Association {
  return compact({
    name: association.name,
    uri: association.uri,
    type: association.type,
    headlines: nonEmptyArray(association.headlines.map(text3)),
    descriptions: nonEmptyArray(association.descriptions.map(text3)),
    renditions: nonEmptyArray(association.renditions.map(rendition3)),
    by: association.by,
    copyrightHolder: association.copyrightHolder,
    usageTerms: association.usageTerms,
  });
}

export function modelToNinjs3(model: NinjsModel): Ninjs3 {
  return compact({
    uri: model.uri,
    type: model.type,
    version: model.version,
    firstCreated: model.firstCreated,
    versionCreated: model.versionCreated,
    embargoedUntil: model.embargoedUntil,
    pubStatus: model.pubStatus,
    urgency: model.urgency,
    edNote: model.edNote,
    language: model.language,
    slugline: model.slugline,
    by: model.by,
    located: model.located,
    headlines: nonEmptyArray(model.headlines.map(text3)),
    descriptions: nonEmptyArray(model.descriptions.map(text3)),
    bodies: nonEmptyArray(model.bodies.map(body3)),
    subjects: nonEmptyArray(model.concepts.subjects.map(concept3)),
    places: nonEmptyArray(model.concepts.places.map(concept3)),
    organisations: nonEmptyArray(model.concepts.organisations.map(concept3)),
    people: nonEmptyArray(model.concepts.people.map(concept3)),
    events: nonEmptyArray(model.concepts.events.map(concept3)),
    associations: nonEmptyArray(model.associations.map(association3)),
    altIds: nonEmptyArray(model.altIds.map((altId) => ({ role: altId.role, value: altId.value }))),
  });
}
