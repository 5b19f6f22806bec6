import { RequestContext, toAllow, toDeny, toExplicitlyDeny } from './matchers';

/** The part of jest's (or vitest's) `expect` that registers matchers. */
export interface ExtensibleExpect {
  /** Jest's `expect.extend`. */
  extend(matchers: Record<string, (...args: any[]) => any>): void;
}

/** The matchers {@link setupTcrMatchers} registers. */
export const tcrMatchers = { toAllow, toDeny, toExplicitlyDeny };

/**
 * Registers `toAllow`, `toDeny` and `toExplicitlyDeny` with `expect.extend`. Call it once, e.g. in a jest
 * `setupFilesAfterEnv` file or at the top of a test file.
 *
 * @param expectFn the `expect` to extend @default - the global `expect` of the test runner
 */
export function setupTcrMatchers(expectFn: ExtensibleExpect | undefined = (globalThis as { expect?: ExtensibleExpect }).expect): void {
  if (!expectFn || typeof expectFn.extend !== 'function') {
    throw new Error('setupTcrMatchers() needs the test runner\'s expect: call it inside jest, or pass expect, e.g. setupTcrMatchers(expect).');
  }
  expectFn.extend(tcrMatchers);
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R, T = {}> {
      /** Passes when the simulator allows `action` on `resource` for the policies (a construct, a document or several); fails, negated too, when the decision is `unknown`. */
      toAllow(action: string, resource: string, context?: RequestContext): R;
      /** Passes when the simulator does not allow `action` on `resource` (explicit or implicit deny). */
      toDeny(action: string, resource: string, context?: RequestContext): R;
      /** Passes when a deny statement matches `action` on `resource`. */
      toExplicitlyDeny(action: string, resource: string, context?: RequestContext): R;
    }
  }
}
