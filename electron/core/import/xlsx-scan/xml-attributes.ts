/**
 * XML attribute and text helpers for the .xlsx reader: a tag's attributes read with a plain loop (names keep
 * their prefix, values stay escaped), and XML text unescaped exactly as SheetJS unescapes it, so the fast
 * reader and the library it replaces give the same strings.
 */

/** The attributes of a start tag's inside (`r="A1" t="s"`), raw values by name. */
export function readAttributes(text: string): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  let at = 0;
  for (;;) {
    const eq = text.indexOf('=', at);
    if (eq < 0) return out;
    let q = eq + 1;
    while (q < text.length && isSpace(text.charCodeAt(q))) q++;
    const quote = text.charCodeAt(q);
    if (quote !== 34 && quote !== 39) return out;
    const end = text.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (end < 0) return out;
    let start = eq;
    while (start > at && isSpace(text.charCodeAt(start - 1))) start--;
    let nameStart = start;
    while (nameStart > at && !isSpace(text.charCodeAt(nameStart - 1))) nameStart--;
    out[text.slice(nameStart, start)] = text.slice(q + 1, end);
    at = end + 1;
  }
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
