/**
 * Splits CSV text into a grid of strings (RFC 4180: quoted fields, doubled quotes, line breaks inside
 * quotes). Parsed here rather than by SheetJS because SheetJS turns "2025-01" into a date and
 * "1,023" into a number, losing what the county typed. A tab-separated file is recognised by its first line.
 */
export function parseCsv(text: string): string[][] {
  const delimiter = chooseDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/**
 * Tab-separated ("Unicode 文本", pasted exports) when the first lines hold more tabs than commas: a title line
 * alone on the first row has neither, so several lines are counted, not only the first.
 */
function chooseDelimiter(text: string): ',' | '\t' {
  const head = text.slice(0, 4096).split(/\r\n|\r|\n/).slice(0, 10).join('\n');
  const count = (ch: string) => head.split(ch).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}
