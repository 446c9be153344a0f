/**
 * XML attribute and text helpers for the .xlsx reader: a tag's attributes read with a plain loop (names keep
 * their prefix, values stay escaped), and XML text unescaped exactly as SheetJS unescapes it, so the fast
 * reader and the library it replaces give the same strings.
 */

/**
 * The attributes of a start tag's inside (`r="A1" t="s"`), raw values by name; null when the text is not a
 * well-formed attribute list (an unclosed quote, a stray character): such a tag is left to SheetJS.
 */
export function readAttributes(text: string): Record<string, string | undefined> | null {
  const out: Record<string, string | undefined> = {};
  const n = text.length;
  let at = 0;
  for (;;) {
    while (at < n && isSpace(text.charCodeAt(at))) at++;
    if (at >= n || (at === n - 1 && text.charCodeAt(at) === 47)) return out;
    const nameStart = at;
    while (at < n && isNameChar(text.charCodeAt(at))) at++;
    if (at === nameStart) return null;
    const name = text.slice(nameStart, at);
    while (at < n && isSpace(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) !== 61) return null;
    at++;
    while (at < n && isSpace(text.charCodeAt(at))) at++;
    const quote = text.charCodeAt(at);
    if (quote !== 34 && quote !== 39) return null;
    const end = text.indexOf(quote === 34 ? '"' : "'", at + 1);
    if (end < 0) return null;
    const value = text.slice(at + 1, end);
    if (value.indexOf('<') >= 0) return null;
    out[name] = value;
    at = end + 1;
    if (at < n && !isSpace(text.charCodeAt(at)) && !(at === n - 1 && text.charCodeAt(at) === 47)) return null;
  }
}

/** Letters, digits and the name characters XML allows in the names a workbook uses ("x14ac:dyDescent", "r:id"). */
export function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 58) || code === 95 || code === 45 || code === 46;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE = /_x([\da-fA-F]{4})_/gi;

/**
 * XML text to a string: the five entities, numeric character references and the _xHHHH_ escapes of
 * ECMA-376 22.4.2.4 (bstr); with `xlsx`, CRLF becomes LF as Excel shows it. A CDATA section is not handled
 * here (the caller falls back): the fast reader only takes what it reads exactly.
 */
export function unescapeXml(text: string, xlsx: boolean): string {
  const plain = text.indexOf('&') < 0 && text.indexOf('_x') < 0 ? text : text.replace(ENTITY, entity).replace(CODE, (_m, c: string) => String.fromCharCode(parseInt(c, 16)));
  return xlsx && plain.indexOf('\r\n') >= 0 ? plain.replace(/\r\n/g, '\n') : plain;
}

function entity(whole: string, code: string | undefined): string {
  return ENTITIES[whole] || String.fromCharCode(parseInt(code as string, whole.indexOf('x') > -1 ? 16 : 10)) || whole;
}

/** True when the text holds markup the fast reader leaves to SheetJS (a CDATA section). */
export function hasCdata(text: string): boolean {
  return text.indexOf('<![CDATA[') >= 0;
}
