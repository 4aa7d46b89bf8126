import brief from './brief';
import briefCorrections from './brief-corrections';
import correction from './correction';
import desk from './desk';
import editorial from './editorial';
import feed from './feed';
import ninjs from './ninjs';
import schema from './schema';
import settings from './settings';
import syndicationPreview from './syndication-preview';
import tag from './tag';
import toll from './toll';
import tollDesk from './toll-desk';
import webhooks from './webhooks';
import wireImport from './wire-import';

export default { brief, briefCorrections, correction, desk, editorial, feed, ninjs, schema, settings, syndicationPreview, tag, toll, tollDesk, webhooks, wireImport };
