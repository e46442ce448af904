import type { ClusterDocument, Translator } from '@glokal/domain';
import type { ReplyItem } from '../reply';

type DocumentType =
  | 'document'
  | 'spreadsheet'
  | 'presentation'
  | 'form'
  | 'folder'
  | 'pdf'
  | 'word'
  | 'excel'
  | 'powerpoint'
  | 'image'
  | 'file';

const byMimeType: Record<string, DocumentType> = {
  'application/vnd.google-apps.document': 'document',
  'application/vnd.google-apps.spreadsheet': 'spreadsheet',
  'application/vnd.google-apps.presentation': 'presentation',
  'application/vnd.google-apps.form': 'form',
  'application/vnd.google-apps.folder': 'folder',
  'application/pdf': 'pdf',
  'application/msword': 'word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'word',
  'application/vnd.ms-excel': 'excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'excel',
  'application/vnd.ms-powerpoint': 'powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'powerpoint',
};

function documentType(mimeType: string): DocumentType {
  return byMimeType[mimeType] ?? (mimeType.startsWith('image/') ? 'image' : 'file');
}

const DESCRIPTION_LIMIT = 300;

/** One document: its link, kind of file, last change, and the folder it sits in. */
export function documentItem(document: ClusterDocument, t: Translator): ReplyItem {
  const description = document.description?.trim();
  return {
    title: document.name,
    ...(document.webViewLink ? { url: document.webViewLink } : {}),
    ...(description
      ? {
          text:
            description.length > DESCRIPTION_LIMIT
              ? `${description.slice(0, DESCRIPTION_LIMIT - 1)}…`
              : description,
        }
      : {}),
    fields: [],
    context: [
      `${t.t(`docs:type.${documentType(document.mimeType)}`)} · ${t.t('docs:modified', { date: t.date(document.modifiedAt.slice(0, 10)) })}`,
      t.t('docs:folder', { path: document.folderPath || t.t('docs:root') }),
    ],
    actions: [],
  };
}
