/** Backups of the library file: made, verified, rotated, listed and restored. See docs/architecture.md. */
export { backupBefore, backupBeforeMigration, backupIfFirstToday, hasBackupToday } from './auto';
export { listBackups, newestGoodBackup, type BackupInfo } from './list';
export { decideOpenFailure, offeredBackup, type DamagedLibrary, type OpenFailureDecision } from './damaged';
export { backupFiles, createBackup, createBackupSync, libraryFileOf, rotate, type BackupMade } from './make';
export { backupFileName, libraryName, parseBackupFileName } from './names';
export { applyPendingRestore, beforeRestoreFile, pendingRestoreFile, restoreLibrary, stageRestore, verifyBackupFile, type Restored } from './restore';
export { backupsToKeep, DEFAULT_ROTATION, type RotationPolicy } from './rotation';
export { checkBackupFolder, defaultBackupFolder, readBackupSettings, settingsFile, writeBackupSettings, type BackupSettings } from './settings';
