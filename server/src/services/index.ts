import briefEditing from './brief-editing';
import briefLifecycle from './brief-lifecycle';
import briefCorrections from './brief-corrections';
import tagEditing from './tag-editing';
import settings from './settings';
import publicBriefs from './public-briefs';
import briefPreview from './brief-preview';
import locales from './locales';
import briefReadQuery from '../data/brief-read-query';
import tolls from './tolls';
import editorial from './editorial';
import desk from './desk';
import briefAccess from './brief-access';
import tollWarnings from './toll-warnings';
import tollDesk from './toll-desk';
import feedEvents from './feed-events';
import feed from './feed';
import ninjs from './ninjs';
import webhookDispatcher from './webhook-dispatcher';
import webhookEndpoints from './webhook-endpoints';
import embargo from './embargo';
import readCache from './read-cache';
import retention from './retention';
import roles from './roles';
import tollProposals from './toll-proposals';
import wireImport from './wire-import';

const services = {
  briefEditing,
  briefLifecycle,
  briefCorrections,
  tagEditing,
  settings,
  publicBriefs,
  briefPreview,
  locales,
  briefReadQuery,
  tolls,
  editorial,
  desk,
  briefAccess,
  tollWarnings,
  tollDesk,
  feedEvents,
  feed,
  ninjs,
  webhookDispatcher,
  webhookEndpoints,
  embargo,
  readCache,
  retention,
  roles,
  tollProposals,
  wireImport,
};

export default services;
