/** `1 statement`, `2 statements`: a count with its noun, for messages. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
