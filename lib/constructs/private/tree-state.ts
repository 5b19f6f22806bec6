import { IConstruct } from 'constructs';

/**
 * State kept on the construct tree itself, never in a module: a value stored on one construct under a
 * `Symbol.for` key, so it lives and dies with the app and two copies of this library in one app share it.
 *
 * @param construct where the state belongs (the app's root for app-wide state)
 * @param key names the state; prefixed with the library's name
 * @param init creates the state on first use
 */
export function treeState<T>(construct: IConstruct, key: string, init: () => T): T {
  const symbol = symbolFor(key);
  const holder = construct as unknown as Record<symbol, T | undefined>;
  let state = holder[symbol];
  if (state === undefined) {
    state = init();
    Object.defineProperty(construct, symbol, { value: state, enumerable: false, configurable: false, writable: false });
  }
  return state;
}

/** The registry key of each state name (a constant mapping, asked for on every check). */
const SYMBOLS = new Map<string, symbol>();

function symbolFor(key: string): symbol {
  let symbol = SYMBOLS.get(key);
  if (symbol === undefined) {
    symbol = Symbol.for(`cdktf-tcr-access/${key}`);
    SYMBOLS.set(key, symbol);
  }
  return symbol;
}

/** The root of the tree (the app). */
export function rootOf(construct: IConstruct): IConstruct {
  return construct.node.root;
}
