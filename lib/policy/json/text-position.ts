/** A 1-based line and column in a text. */
export interface TextPosition {
  /** 1-based line; `\n`, `\r\n` and `\r` end a line. */
  readonly line: number;
  /** 1-based column in UTF-16 code units, as editors count. */
  readonly column: number;
}

/** The line and column of `offset` in `text`. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The offset after the closing quote of the JSON string that starts at `start` (a valid text's). */
export function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}
