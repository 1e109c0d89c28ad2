import type { Language } from '../i18n/i18n';
import { hasModelName, modelName } from './modelNames';

/**
 * A process model's XML with its element names in the reader's language, before the diagram
 * draws it: the labels are the names, so they are replaced where a name is listed.
 */
export function diagramInLanguage(xml: string, language: Language): string {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length) return xml;
  for (const element of Array.from(document.getElementsByTagName('*'))) {
    const id = element.getAttribute('id');
    if (id && element.hasAttribute('name') && hasModelName(language, id)) {
      element.setAttribute('name', modelName(language, id, element.getAttribute('name')));
    }
  }
  return new XMLSerializer().serializeToString(document);
}
