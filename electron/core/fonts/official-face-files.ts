import type { FontRole } from '../doc-model.ts';

/** A file name to look for (lower case) and, for collections, the face inside it. */
export interface FaceFile {
  readonly file: string;
  readonly postscriptName?: string;
}

/**
 * File names of the official faces per role, best first: the Windows faces GB/T 9704 documents are
 * typeset with, 方正小标宋 for titles, then the CESI faces that UOS and Kylin ship (GB18030 > GB13000 > GB2312,
 * by coverage).
 */
export const OFFICIAL_FACE_FILES: Readonly<Record<FontRole, readonly FaceFile[]>> = {
  fangsong: [{ file: 'simfang.ttf' }, ...cesi('FS')],
  heiti: [{ file: 'simhei.ttf' }, ...cesi('HT')],
  kaiti: [{ file: 'simkai.ttf' }, ...cesi('KT')],
  title: [{ file: 'fzxbsjw.ttf' }, { file: 'fzxbsk.ttf' }, { file: '方正小标宋简体.ttf' }, { file: '方正小标宋_gbk.ttf' }, ...cesi('XBS')],
  song: [{ file: 'simsun.ttc', postscriptName: 'SimSun' }, { file: 'simsun.ttf' }, ...cesi('SS')],
};

function cesi(code: string): FaceFile[] {
  return ['GB18030', 'GB13000', 'GB2312'].map((set) => ({ file: `cesi_${code}_${set}.ttf`.toLowerCase() }));
}
