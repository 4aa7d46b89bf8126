import brief from './brief';
import desk from './desk';
import editorial from './editorial';
import settings from './settings';
import tag from './tag';
import toll from './toll';
import tollDesk from './toll-desk';

export default { brief, desk, editorial, settings, tag, toll, tollDesk };
