import type { ComponentType } from 'react';
import { Clock, Feather } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { MessageDescriptor } from 'react-intl';
import type { DocumentActionComponent, PanelComponent } from '@strapi/content-manager/strapi-admin';
import { CorrectionsPanel } from './components/corrections/CorrectionsPanel';
import { PublishCorrectionAction } from './components/corrections/PublishCorrectionAction';
import { EDITORIAL_ACTIONS } from './components/editorial/EditorialActions';
import { PreviewSyndicationAction } from './components/syndication/PreviewAction';
import { TollDeskPanel } from './components/toll-desk/TollDeskPanel';
import { ImportWireAction } from './components/wire-import/ImportWireAction';
import { injectEditorialStatusColumn } from './components/list-view/EditorialStatusColumn';
import { fieldLabelTranslations } from './translations/field-labels';
import { PERMISSIONS, PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';
import { prefixTranslations } from './utils/prefixTranslations';

interface ContentManagerApis {
  addEditViewSidePanel(panels: PanelComponent[]): void;
  addDocumentAction(reducer: (actions: DocumentActionComponent[]) => DocumentActionComponent[]): void;
}

/**
 * A homepage widget over the briefs, for whoever can read them in the Content Manager. Every widget needs an icon:
 * without one the whole admin renders blank.
 */
const briefsWidget = (id: string, icon: typeof Clock, title: MessageDescriptor, component: () => Promise<ComponentType>) => ({
  id,
  pluginId: PLUGIN_ID,
  icon,
  title,
  component,
  permissions: PERMISSIONS.readBriefs,
});

const TRANSLATIONS: Record<string, () => Promise<{ default: Record<string, string> }>> = {
  en: () => import('./translations/en.json'),
  fr: () => import('./translations/fr.json'),
};

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Newsroom' });

    app.widgets.register([
      briefsWidget(
        'may-rise',
        Clock,
        { id: getTranslation('widget.mayRise.title'), defaultMessage: 'Tolls that may rise' },
        async () => (await import('./widgets/MayRiseWidget')).MayRiseWidget,
      ),
      briefsWidget(
        'breaking',
        Feather,
        { id: getTranslation('widget.breaking.title'), defaultMessage: 'Breaking briefs' },
        async () => (await import('./widgets/BreakingWidget')).BreakingWidget,
      ),
    ]);

    app.customFields.register({
      name: 'credit',
      pluginId: PLUGIN_ID,
      type: 'string',
      icon: Feather,
      intlLabel: { id: getTranslation('credit.label'), defaultMessage: 'Photo credit' },
      intlDescription: {
        id: getTranslation('credit.description'),
        defaultMessage: 'Agency credit line, parsed into photographers, agencies and restrictions',
      },
      components: {
        // The input is a forwardRef component; the registry types its Input as a plain ComponentType.
        Input: async () =>
          import('./components/credit/CreditInput').then((module) => ({ default: module.default as unknown as ComponentType })),
      },
    });

    app.customFields.register({
      name: 'related-links',
      pluginId: PLUGIN_ID,
      type: 'json',
      icon: Feather,
      intlLabel: { id: getTranslation('relatedLinks.label'), defaultMessage: 'Related links' },
      intlDescription: { id: getTranslation('relatedLinks.description'), defaultMessage: 'Links with a title and an http(s) address' },
      components: {
        Input: async () =>
          import('./components/related-links/RelatedLinksInput').then((module) => ({ default: module.default as unknown as ComponentType })),
      },
    });
  },

  bootstrap(app: StrapiApp) {
    app.addSettingsLink({ id: PLUGIN_ID, intlLabel: { id: getTranslation('settings.section'), defaultMessage: 'Newsroom' } }, [
      {
        id: 'newsroom-settings',
        to: PLUGIN_ID,
        intlLabel: { id: getTranslation('settings.link'), defaultMessage: 'Desk & syndication' },
        permissions: PERMISSIONS.readSettings,
        Component: () => import('./pages/SettingsPage'),
      },
      {
        id: 'newsroom-webhooks',
        // Not "newsroom/webhooks": the first link's route (newsroom/*) and its active state would match it too.
        to: `${PLUGIN_ID}-webhooks`,
        intlLabel: { id: getTranslation('webhooks.link'), defaultMessage: 'Partner webhooks' },
        permissions: PERMISSIONS.manageWebhooks,
        Component: () => import('./pages/WebhooksPage'),
      },
    ]);

    const contentManager = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    contentManager.addEditViewSidePanel([TollDeskPanel, CorrectionsPanel]);
    contentManager.addDocumentAction((actions) => [...actions, PublishCorrectionAction, PreviewSyndicationAction, ...EDITORIAL_ACTIONS]);
    // "Import wire copy" in the list view's header; it shows on the briefs' list only.
    app.getPlugin('content-manager').injectComponent('listView', 'actions', { name: 'newsroom-import-wire', Component: ImportWireAction });
    // The briefs' list shows the editorial status (killed, withheld, embargo) next to the headline.
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', injectEditorialStatusColumn);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = TRANSLATIONS[locale];
        const fieldLabels = fieldLabelTranslations(locale);
        if (!load) return { data: fieldLabels, locale };
        try {
          return { data: { ...prefixTranslations((await load()).default), ...fieldLabels }, locale };
        } catch {
          return { data: fieldLabels, locale };
        }
      }),
    );
  },
};
