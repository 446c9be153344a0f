import type { InputFile, Problem, Result } from '../model.ts';
import { csvToGrid } from './csv-to-grid.ts';
import { decodeText } from './decode-text.ts';
import { detectFormat, type InputFormat } from './detect-format.ts';
import { fileBaseName } from './file-base-name.ts';
import { parseCsv } from './parse-csv.ts';
import { openZip, type ZipFault } from './check-zip.ts';
import { readWorkbook } from './read-workbook.ts';
import type { SheetGrid } from './sheet-grid.ts';

/** The sheets of a file and the format they were read from. */
export interface ReadSheets {
  readonly format: InputFormat;
  readonly sheets: readonly SheetGrid[];
}

/** Reads any supported file into sheet grids, or one problem saying why it cannot be read. */
export function readSheets(file: InputFile): Result<ReadSheets> {
  if (file.bytes.length === 0) return failure(file, '文件是空的（0 字节），可能在复制、下载或解压时出错：请向报送单位重新索要该文件。');
  const format = detectFormat(file.name, file.bytes);
  if (format === null) return failure(file, unknownContent(file.name));
  if (format === 'csv') return { ok: true, value: { format, sheets: [csvToGrid(parseCsv(decodeText(file.bytes).text), fileBaseName(file.name))] } };
  const zip = format === 'xlsx' ? openZip(file.bytes) : null;
  if (zip !== null && 'fault' in zip) return failure(file, zipMessage(zip.fault));
  try {
    return { ok: true, value: { format, sheets: readWorkbook(file.bytes, zip?.entries) } };
  } catch (error) {
    return failure(file, unreadableMessage(format, error));
  }
}

/**
 * A Chinese reason for what the spreadsheet library refused; its own English ("Bad compressed size", "Unsupported
 * ZIP file", "Cannot find file xl/styles.xml in zip") never reaches the user.
 */
function unreadableMessage(format: 'xlsx' | 'xls', error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  // Excel and WPS save a password-protected workbook as an OLE container, never as a zip: zip-level
  // "encryption" flags are damaged bytes, not a password.
  if (format === 'xls' && /password|encrypt/i.test(detail)) return '文件设置了打开密码，无法读取：请取消密码后再导入。';
  if (format === 'xlsx') return '文件已损坏或不完整（压缩包结构有误），无法读取：请用 Excel 或 WPS 打开确认后重新保存，或请报送单位重新发送。';
  return '无法读取该工作簿：文件可能已损坏，或不是 Excel 能打开的格式。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。';
}

/** Damage found in the zip before inflating it: said in Chinese with what exactly is wrong. */
function zipMessage(fault: ZipFault): string {
  if (fault.kind === 'damaged') return `文件已损坏或不完整（${fault.detail}），无法读取：请用 Excel 或 WPS 打开确认后重新保存，或请报送单位重新发送。`;
  return `文件过大或结构异常（${fault.detail}），为安全起见未读取：请用 Excel 或 WPS 打开确认后另存为 .xlsx，或请报送单位重新发送。`;
}

function failure(file: InputFile, message: string): Result<ReadSheets> {
  const problem: Problem = { file: file.name, message };
  return { ok: false, problems: [problem] };
}

/** A file whose bytes are no spreadsheet: said plainly, and differently when its name claims to be a workbook. */
function unknownContent(name: string): string {
  const workbookName = /\.(xlsx|xlsm|xlsb|ods)$/i.test(name);
  return workbookName
    ? '文件名是 Excel 工作簿，但内容不是（可能已损坏、下载不完整，或只是改了扩展名）：请用 Excel 或 WPS 打开确认，或请报送单位重新发送。'
    : '不支持的文件类型：请提交 Excel 工作簿（.xlsx、.xls）、WPS 表格（.et）、.ods 或 CSV 文件。';
}
