export { decideLibraryTarget, judgeLibraryFile, type LibraryFileVerdict, type TargetDecision, type TargetFacts } from './decide';
export { checkTarget, copyCompanions, copyLibraryVerified, readVerdict, removeOldLibrary, targetFacts, type CheckedTarget } from './target';
export { libraryAtStart, readRememberedLibrary, rememberLibrary, rememberedLibraryFile } from './remembered';
