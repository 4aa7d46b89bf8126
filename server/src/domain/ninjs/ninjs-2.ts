/** ninjs 2.2 (all-lowercase keys; the embargo is `embargoed`). */
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
import type { NinjsAltId, NinjsConcept, NinjsStandard } from './ninjs-3';
import { compact, nonEmptyArray } from './output';

export type Ninjs22Text = { role?: string; contenttype?: string; value: string };
export type Ninjs22Body = Ninjs22Text & { charcount?: number; wordcount?: number };
export type Ninjs22Rendition = { name: string; href?: string; contenttype?: string; width?: number; height?: number };

export type Ninjs22 = {
  uri: string;
  type?: NinjsItemType;
  version?: string;
  firstcreated?: string;
  versioncreated?: string;
  embargoed?: string;
  pubstatus?: NinjsPubStatus;
  urgency?: number;
  ednote?: string;
  language?: string;
  slugline?: string;
  by?: string;
  located?: string;
  copyrightholder?: string;
  usageterms?: string;
  headlines?: Ninjs22Text[];
  descriptions?: Ninjs22Text[];
  bodies?: Ninjs22Body[];
  subjects?: NinjsConcept[];
  places?: NinjsConcept[];
  organisations?: NinjsConcept[];
  people?: NinjsConcept[];
  events?: NinjsConcept[];
  renditions?: Ninjs22Rendition[];
  associations?: Ninjs22Association[];
  altids?: NinjsAltId[];
  standard?: NinjsStandard;
};

export type Ninjs22Association = Ninjs22 & { name: string };

function text22(text: NinjsTextModel): Ninjs22Text {
  return { role: text.role, value: text.value };
}

function body22(body: NinjsBodyModel): Ninjs22Body {
  return {
    role: body.role,
    contenttype: body.contentType,
    value: body.value,
    charcount: body.charCount,
    wordcount: body.wordCount,
  };
}

function rendition22(rendition: NinjsRenditionModel): Ninjs22Rendition {
  return compact({
    name: rendition.name,
    href: rendition.href,
    contenttype: rendition.contentType,
    width: rendition.width,
    height: rendition.height,
  });
}

function association22(association: NinjsAssociationModel): Ninjs22Association {
  return compact({
    name: association.name,
    uri: association.uri,
    type: association.type,
    headlines: nonEmptyArray(association.headlines.map(text22)),
    descriptions: nonEmptyArray(association.descriptions.map(text22)),
    renditions: nonEmptyArray(association.renditions.map(rendition22)),
    by: association.by,
    copyrightholder: association.copyrightHolder,
    usageterms: association.usageTerms,
  });
}

function concept22(concept: NinjsConceptModel): NinjsConcept {
  return compact({ name: concept.name, uri: concept.uri, literal: concept.literal });
}

export function modelToNinjs22(model: NinjsModel): Ninjs22 {
  return compact({
    uri: model.uri,
    type: model.type,
    version: model.version,
    firstcreated: model.firstCreated,
    versioncreated: model.versionCreated,
    embargoed: model.embargoedUntil,
    pubstatus: model.pubStatus,
    urgency: model.urgency,
    ednote: model.edNote,
    language: model.language,
    slugline: model.slugline,
    by: model.by,
    located: model.located,
    headlines: nonEmptyArray(model.headlines.map(text22)),
    descriptions: nonEmptyArray(model.descriptions.map(text22)),
    bodies: nonEmptyArray(model.bodies.map(body22)),
    subjects: nonEmptyArray(model.concepts.subjects.map(concept22)),
    places: nonEmptyArray(model.concepts.places.map(concept22)),
    organisations: nonEmptyArray(model.concepts.organisations.map(concept22)),
    people: nonEmptyArray(model.concepts.people.map(concept22)),
    events: nonEmptyArray(model.concepts.events.map(concept22)),
    associations: nonEmptyArray(model.associations.map(association22)),
    altids: nonEmptyArray(model.altIds.map((altId) => ({ role: altId.role, value: altId.value }))),
  });
}
