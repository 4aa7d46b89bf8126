/** Serializes a version-neutral item for one ninjs version, with or without the `newsroom` profile. */
import type { Toll } from '../contract';
import type { NinjsModel } from './model';
import { modelToNinjs22, type Ninjs22 } from './ninjs-2';
import { modelToNinjs3, type Ninjs3 } from './ninjs-3';
import { newsroomExtension } from './profile';
import { assertNinjsVersion, type NinjsOptions } from './types';

/** A ninjs 2.2 document; `toll` only appears with the `newsroom` profile. */
export type Ninjs22Document = Ninjs22 & { toll?: Toll };
/** A ninjs 3.0 or 3.1 document; `toll` only appears with the `newsroom` profile. */
export type Ninjs3Document = Ninjs3 & { toll?: Toll };
export type NinjsDocument = Ninjs22Document | Ninjs3Document;

export type NinjsOptions22 = NinjsOptions & { version: '2.2' };
export type NinjsOptions3 = NinjsOptions & { version: '3.0' | '3.1' };

export function renderNinjs(model: NinjsModel, options: NinjsOptions22): Ninjs22Document;
export function renderNinjs(model: NinjsModel, options: NinjsOptions3): Ninjs3Document;
export function renderNinjs(model: NinjsModel, options: NinjsOptions): NinjsDocument;
export function renderNinjs(model: NinjsModel, options: NinjsOptions): NinjsDocument {
  const version = assertNinjsVersion(options.version);
  const document: NinjsDocument = version === '2.2' ? modelToNinjs22(model) : modelToNinjs3(model);
  if (options.profile !== 'newsroom') return document;
  return { ...document, ...newsroomExtension(model.toll, version, options.publicUrl) };
}
