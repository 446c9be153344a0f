import { FONT_ROLES, ROLE_NAMES, type FontSet, type FontSettings } from '../fonts/font-types.ts';

/**
 * Says which GB/T 9704 faces (仿宋, 楷体, …) were not found and are stood in for by the bundled OFL fonts, and how to
 * fix it, so staff can install or choose fonts. Null when every face is the official one, or when bundled fonts were
 * asked for (fonts.bundledOnly: reproducible output is the point).
 */
export function fontFallbackNotice(fonts: FontSet, settings: FontSettings = {}, audience: 'file' | 'app' = 'file'): string | null {
  if (settings.bundledOnly) return null;
  const fallen = FONT_ROLES.filter((role) => fonts.faces[role].bundled);
  if (fallen.length === 0) return null;
  const names = fallen.map((role) => `${ROLE_NAMES[role]}（用${fonts.faces[role].fullName}代替）`);
  // The app has no settings file: there the remedy is installing the faces (Windows looks in its Fonts folder).
  const remedy = audience === 'file'
    ? '如需公文字体，请安装仿宋_GB2312、楷体_GB2312 等字体，或在简报设置的 fonts.paths 中指定字体文件。'
    : '如需公文字体，请安装仿宋_GB2312、楷体_GB2312 等字体（在字体文件上右键选“安装”），然后重新生成预览。';
  return `提示：本机未找到${names.join('、')}，简报已用内置字体排印。${remedy}`;
}
