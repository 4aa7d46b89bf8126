import type { Core } from '@strapi/strapi';
import { getService } from '../services/get-service';
import type { NinjsCounter } from '../services/ninjs';
import type { ReadCaller } from '../services/public-briefs';
import { documentLocaleKeyOf } from '../domain/brief/document-locale-key';

/** What Strapi's GraphQL plugin gives resolvers as context (the Koa state of the request). */
export interface GraphqlContext {
  state: { auth?: { strategy?: { name?: string }; credentials?: { id?: number } } };
}

interface RequestState {
  caller: Promise<ReadCaller>;
  /** ninjs version counter (and latest event type) of each brief locale (`documentId:locale`), loaded once per page. */
  ninjsVersions: Map<string, Promise<Pick<NinjsCounter, 'version' | 'lastEventType'>>>;
}

const states = new WeakMap<object, RequestState>();

/** One GraphQL request's shared reads: the caller (entitlement) and the batches of its pages. */
export const requestState = (strapi: Core.Strapi, context: GraphqlContext): RequestState => {
  let state = states.get(context);
  if (!state) {
    state = { caller: getService(strapi, 'publicBriefs').callerFor(context.state.auth), ninjsVersions: new Map() };
    states.set(context, state);
  }
  return state;
};

/** Loads the ninjs version counters of a whole page in one statement, before its briefs' `ninjs` fields resolve. */
export const prefetchNinjsVersions = (strapi: Core.Strapi, context: GraphqlContext, pairs: { documentId: string; locale: string }[]) => {
  const { ninjsVersions } = requestState(strapi, context);
  const missing = pairs.filter((pair) => !ninjsVersions.has(documentLocaleKeyOf(pair)));
  if (missing.length === 0) return;
  const loaded = getService(strapi, 'ninjs').versions(missing);
  for (const pair of missing) {
    const key = documentLocaleKeyOf(pair);
    ninjsVersions.set(key, loaded.then((versions) => versions.get(key) ?? { version: 1, lastEventType: null }));
  }
};

export const ninjsCounterOf = (strapi: Core.Strapi, context: GraphqlContext, pair: { documentId: string; locale: string }) => {
  prefetchNinjsVersions(strapi, context, [pair]);
  return requestState(strapi, context).ninjsVersions.get(documentLocaleKeyOf(pair)) as Promise<Pick<NinjsCounter, 'version' | 'lastEventType'>>;
};
