import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import type { Font, FontCollection } from 'fontkit';
import { FontError } from './font-error.ts';

/** Parsed fonts by path and face: a CJK font takes ~50 ms to parse, so each file is parsed once per process. */
const cache = new Map<string, Font>();

/** Parses a font file once (TTF/OTF, or one face of a TTC by PostScript name) and returns the cached face. */
export function openFont(path: string, postscriptName?: string): Font {
  const key = `${path}#${postscriptName ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const font = pickFace(parseFile(path), path, postscriptName);
  cache.set(key, font);
  return font;
}

function parseFile(path: string): Font | FontCollection {
  try {
    return create(readFileSync(path));
  } catch {
    throw new FontError(`无法读取字体文件“${path}”：文件不存在或不是 TrueType/OpenType 字体。`);
  }
}

function isCollection(parsed: Font | FontCollection): parsed is FontCollection {
  return 'fonts' in parsed;
}

/** A TTC holds several faces (simsun.ttc: SimSun and NSimSun); take the named one, else the first. */
function pickFace(parsed: Font | FontCollection, path: string, postscriptName?: string): Font {
  if (!isCollection(parsed)) return parsed;
  const face = postscriptName ? parsed.getFont(postscriptName) : parsed.fonts[0];
  if (!face) throw new FontError(`字体集“${path}”中没有名为“${postscriptName}”的字体。`);
  return face;
}
