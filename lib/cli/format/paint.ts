/** ANSI colours, applied only when the output is a terminal. */
export interface Paint {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly dim: (s: string) => string;
}

const wrap = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const plain = (s: string) => s;

/** Colours when `enabled`, identity functions otherwise. */
export function paint(enabled: boolean): Paint {
  return enabled
    ? { red: wrap(31), yellow: wrap(33), green: wrap(32), dim: wrap(2) }
    : { red: plain, yellow: plain, green: plain, dim: plain };
}
