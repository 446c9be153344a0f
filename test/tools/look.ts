/**
 * `npm run look -- FILE.pdf [DIR] [--dpi N]`: writes every page of a PDF as PNG (page-01.png, …) so anyone
 * can look at a briefing without poppler. DIR defaults to FILE's name with "-pages" beside it; 60 dpi
 * unless told (enough to judge a page; 150 to read small print).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { pdfPageCount, pdfPagePng } from '../fixtures/lib/pdf-inspect.ts';

function main(argv: string[]): number {
  const dpiAt = argv.indexOf('--dpi');
  const dpi = dpiAt >= 0 ? Number(argv[dpiAt + 1]) : 60;
  const [file, out] = argv.filter((_, i) => dpiAt < 0 || (i !== dpiAt && i !== dpiAt + 1));
  if (!file || !(dpi > 0 && dpi <= 600)) {
    process.stderr.write('用法：npm run look -- 文件.pdf [输出文件夹] [--dpi 60]\n');
    return 2;
  }
  const dir = out ?? join(dirname(file), `${basename(file, extname(file))}-pages`);
  mkdirSync(dir, { recursive: true });
  const pages = pdfPageCount(file);
  const width = String(pages).length < 2 ? 2 : String(pages).length;
  for (let i = 0; i < pages; i++) writeFileSync(join(dir, `page-${String(i + 1).padStart(width, '0')}.png`), pdfPagePng(file, i, dpi));
  process.stdout.write(`已写出 ${pages} 页 PNG（${dpi} dpi）：${dir}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
