import { useClipboard, useNotification } from '@strapi/strapi/admin';

/** Copies text to the clipboard; once it is there, a success notification says `copiedMessage`. */
export const useCopyToClipboard = (copiedMessage: string) => {
  const { copy } = useClipboard();
  const { toggleNotification } = useNotification();
  return async (text: string) => {
    if (await copy(text)) toggleNotification({ type: 'success', message: copiedMessage });
  };
};
