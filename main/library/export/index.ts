/** Export to an Obsidian-compatible Markdown folder: see run.ts (the safe re-export) and plan.ts (the files). */
export { runExport, type ExportConflict, type ExportProgress, type ExportSummary, type RunExportOptions } from './run';
export { articleMarkdown, planExport, type ExportOptions, type PlannedFile } from './plan';
export { noteMarkdown } from './note-markdown';
export { MANIFEST_NAME } from './manifest';
export { NAME_MAX_BYTES, sanitiseName, assignNames } from './file-names';
export { JOURNAL_NAME } from './journal';
export { LOCK_NAME } from './lock';
