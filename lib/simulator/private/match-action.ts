import * as tri from './truth';
import type { Truth } from './truth';
import { stripNamePrefix } from '../../catalog/actions';
import { Glob } from '../../catalog/glob';

// Local copies: some loaders (tsx, bundlers) export bindings through getters, too slow for the inner loop.
const { NO, UNKNOWN, YES } = tri;

const PERMID_PREFIX = 'permid/';

/**
 * One compiled `action` entry. `*` matches any run of characters (`tcr:*`, `tcr:Describe*`, `*`); the
 * `name/` prefix is ignored; names are case-sensitive (CAM documents no case folding, and folding would grant
 * more). A `permid/` feature set cannot be expanded offline: it matches every action as unknown.
 */
export class ActionPattern {
  /** The entry as written. */
  public readonly text: string;
  /** The compiled pattern without `name/`, or `undefined` for a `permid/` entry. */
  public readonly glob: Glob | undefined;
  /** Why the entry cannot be evaluated, or `undefined`. */
  public readonly notEvaluable: string | undefined;

  public constructor(text: string) {
    this.text = text;
    if (text.startsWith(PERMID_PREFIX)) {
      this.notEvaluable = `action ${JSON.stringify(text)} is a feature set (permid/) the simulator cannot expand`;
      return;
    }
    this.glob = new Glob(stripNamePrefix(text));
  }

  /** Whether the entry matches an action name (without `name/` prefix). */
  public match(action: string): Truth {
    if (!this.glob) return UNKNOWN;
    return this.glob.matches(action) ? YES : NO;
  }
}
