/** Tags: renaming, merging and deleting them, notes included (edit.ts); tagging articles and highlights (taggings.ts). */
export { deleteTag, mergeTags, renameTag, type TagDeletion, type TagEdit } from './edit';
export { addDocumentTag, addHighlightTag, listTags, removeDocumentTag, removeHighlightTag } from './taggings';
