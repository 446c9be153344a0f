import type { Profile } from '../model.ts';
import { collectionTemplate } from './collection-template.ts';
import { supplyTemplate } from './supply-template.ts';

/** A file to save: its name and bytes. */
export interface TemplateFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * The blank input workbooks (`blood-brief template --out DIR`, the app's 模板下载): 采血月报模板 for the
 * counties and 供血月报模板 for the supply department. With a profile, the county and hospital cells offer
 * its names in a dropdown. Byte-for-byte reproducible; once filled in, they import without changes.
 */
export async function inputTemplates(profile?: Profile): Promise<TemplateFile[]> {
  return [
    { name: '采血月报模板.xlsx', bytes: await collectionTemplate(profile) },
    { name: '供血月报模板.xlsx', bytes: await supplyTemplate(profile) },
  ];
}
