import type { FontRole } from '../doc-model.ts';
import { FONT_ROLES } from './font-types.ts';
import type { FontChoice, FontFace, FontSet, FontSettings } from './font-types.ts';
import { openFont } from './open-font.ts';
import { bundledFontPath } from './bundled-font-files.ts';
import { OFFICIAL_FACE_FILES } from './official-face-files.ts';
import { fontSearchDirs } from './font-search-dirs.ts';
import { indexFontFiles } from './index-font-files.ts';

/**
 * Resolves a face for every role: an explicit setting, else the official face when installed, else the
 * bundled OFL font. Each file is parsed once per process.
 */
export function loadFonts(settings: FontSettings = {}): FontSet {
  const installed = settings.bundledOnly ? new Map<string, string>() : indexFontFiles(searchDirs(settings));
  const entries = FONT_ROLES.map((role) => [role, resolveFace(role, settings, installed)] as const);
  return { faces: Object.fromEntries(entries) as Record<FontRole, FontFace> };
}

function searchDirs(settings: FontSettings): readonly string[] {
  return settings.searchDirs ?? fontSearchDirs(process.platform, process.env);
}

function resolveFace(role: FontRole, settings: FontSettings, installed: Map<string, string>): FontFace {
  const explicit = settings.paths?.[role];
  if (explicit) return makeFace(role, explicit, false);
  const official = findOfficial(role, installed);
  if (official) return makeFace(role, official, false);
  return makeFace(role, bundledFontPath(role, settings.bundledDir), true);
}

function findOfficial(role: FontRole, installed: Map<string, string>): FontChoice | null {
  for (const face of OFFICIAL_FACE_FILES[role]) {
    const path = installed.get(face.file);
    if (path) return { path, postscriptName: face.postscriptName };
  }
  return null;
}

function makeFace(role: FontRole, choice: FontChoice, bundled: boolean): FontFace {
  const path = typeof choice === 'string' ? choice : choice.path;
  const font = openFont(path, typeof choice === 'string' ? undefined : choice.postscriptName);
  return { role, font, path, family: font.familyName, fullName: font.fullName, postscriptName: font.postscriptName, bundled };
}
