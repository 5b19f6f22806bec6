/**
 * A compiled CAM wildcard pattern: `*` matches any run of characters (`/` included), everything else is
 * literal and case-sensitive. Compiled once into literal checks, so matching needs no regular expression
 * and allocates nothing.
 */
export class Glob {
  /** The pattern text. */
  public readonly pattern: string;
  /** Whether the pattern has no `*`. */
  public readonly isLiteral: boolean;
  /** The text before the first `*` (the whole pattern when literal). */
  public readonly head: string;
  private readonly tail: string;
  private readonly middle: readonly string[];
  private readonly minLength: number;

  public constructor(pattern: string) {
    this.pattern = pattern;
    const parts = pattern.split('*');
    this.isLiteral = parts.length === 1;
    this.head = parts[0];
    this.tail = this.isLiteral ? '' : parts[parts.length - 1];
    this.middle = parts.slice(1, -1).filter((p) => p !== '');
    this.minLength = parts.reduce((n, p) => n + p.length, 0);
  }

  /** Whether `text` from offset `start` to its end matches the whole pattern. */
  public matches(text: string, start: number = 0): boolean {
    const length = text.length - start;
    if (this.isLiteral) return length === this.head.length && text.startsWith(this.head, start);
    if (length < this.minLength || !text.startsWith(this.head, start)) return false;
    const end = text.length - this.tail.length;
    if (!text.endsWith(this.tail)) return false;
    // Leftmost matching of each middle part is exact for patterns whose only wildcard is `*`.
    let pos = start + this.head.length;
    for (const part of this.middle) {
      const at = text.indexOf(part, pos);
      if (at < 0 || at + part.length > end) return false;
      pos = at + part.length;
    }
    return pos <= end;
  }

  /** Whether some text that starts with `prefix` can match the pattern. */
  public admitsPrefix(prefix: string): boolean {
    if (this.isLiteral) return this.head.startsWith(prefix);
    return this.head.startsWith(prefix) || prefix.startsWith(this.head);
  }
}
