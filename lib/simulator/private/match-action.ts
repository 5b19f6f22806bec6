import * as tri from './truth';
import type { Truth } from './truth';
import { CATALOG_ACTIONS } from '../../catalog';
import { stripNamePrefix } from '../../catalog/actions';
import { Glob } from '../../catalog/glob';
import type { CatalogAction } from '../../catalog/types';

// Local copies: some loaders (tsx, bundlers) export bindings through getters, too slow for the inner loop.
const { NO, UNKNOWN, YES } = tri;

const PERMID_PREFIX = 'permid/';
// Policies repeat the same few entries: their catalog candidates are computed once.
const CANDIDATES = new Map<string, readonly CatalogAction[]>();
const CANDIDATES_LIMIT = 1000;
const CATALOG_NAMES: ReadonlySet<string> = new Set(CATALOG_ACTIONS.map((a) => a.name));
const CATALOG_LOWERCASE: ReadonlySet<string> = new Set(CATALOG_ACTIONS.map((a) => a.name.toLowerCase()));

/**
 * One compiled `action` entry. `*` matches any run of characters (`tcr:*`, `tcr:Describe*`, `*`); the
 * `name/` prefix is ignored. What the simulator cannot read exactly matches as unknown, never as a plain
 * match or a plain miss: a `permid/` feature set (matches every action), a Terraform token or policy
 * variable (`${...}`) or a `?` (read as `*`), and a name that matches only when case is ignored (CAM
 * documents neither case-sensitive nor case-insensitive action names). The request's action is taken as the
 * real API name, except a miscased spelling of a catalog API (`tcr:pullrepository`), which no API is called:
 * it is matched exactly, so the reason can point at the catalog spelling.
 */
export class ActionPattern {
  /** The entry as written. */
  public readonly text: string;
  /** The exact pattern without `name/`, or `undefined` when the entry can never match exactly. */
  public readonly glob: Glob | undefined;
  /** Whether the entry is a `permid/` feature set: it may stand for any action. */
  public readonly featureSet: boolean;
  /** Why the entry can never be read exactly (feature set, token, `?`), or `undefined`. */
  public readonly notEvaluable: string | undefined;
  /** The lowercase pattern with tokens and `?` read as `*`: what the entry may match. `undefined` for `permid/`. */
  private readonly loose: Glob | undefined;

  public constructor(text: string) {
    this.text = text;
    this.featureSet = text.startsWith(PERMID_PREFIX);
    if (this.featureSet) {
      this.notEvaluable = `action ${JSON.stringify(text)} is a feature set (permid/) the simulator cannot expand`;
      return;
    }
    const body = stripNamePrefix(text);
    const inexact = body.includes('${') || body.includes('?');
    if (inexact) {
      this.notEvaluable = `action ${JSON.stringify(text)} contains a Terraform token, policy variable or "?" the simulator cannot read exactly`;
    } else {
      this.glob = new Glob(body);
    }
    this.loose = new Glob(body.replace(/\$\{[^}]*\}?/g, '*').replace(/\?/g, '*').toLowerCase());
  }

  /** Whether the entry matches an action name (without `name/` prefix). */
  public match(action: string): Truth {
    if (this.glob?.matches(action)) return YES;
    if (!this.loose) return UNKNOWN;
    const lower = action.toLowerCase();
    if (this.glob && !CATALOG_NAMES.has(action) && CATALOG_LOWERCASE.has(lower)) return NO;
    return this.loose.matches(lower) ? UNKNOWN : NO;
  }

  /** Why {@link match} returned unknown for `action`. */
  public whyUnknown(action: string): string {
    return this.notEvaluable
      ?? `action ${JSON.stringify(this.text)} matches ${JSON.stringify(action)} only when case is ignored (CAM does not document whether action names are case-sensitive)`;
  }

  /** The catalog actions the entry matches or may match (`match` not `NO`), sorted by name. */
  public candidates(): readonly CatalogAction[] {
    let list = CANDIDATES.get(this.text);
    if (!list) {
      list = CATALOG_ACTIONS.filter((a) => this.match(a.name) !== NO);
      if (CANDIDATES.size >= CANDIDATES_LIMIT) CANDIDATES.clear();
      CANDIDATES.set(this.text, list);
    }
    return list;
  }
}
