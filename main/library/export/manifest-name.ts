/** The export folder's manifest file name, apart so the backup settings can check for it without loading the export code. */
export const MANIFEST_NAME = '.commonplace-export.json';
