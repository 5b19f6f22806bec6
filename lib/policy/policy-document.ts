import { PolicyStatement, StatementJson } from './policy-statement';

/** The CAM policy grammar version; the only one CAM accepts. */
export const POLICY_VERSION = '2.0';

/** CAM's limit on the characters of one policy document. */
export const MAX_DOCUMENT_LENGTH = 6144;

/** A document as CAM reads it back. */
export interface PolicyDocumentJson {
  /** Always `2.0`. */
  version: string;
  /** The statements, in order. */
  statement: StatementJson[];
}

/** Props of a {@link PolicyDocument}. */
export interface PolicyDocumentProps {
  /** @default - none; add them with `addStatements` */
  readonly statements?: readonly PolicyStatement[];
}

/** A CAM policy document: version 2.0 and a list of statements. */
export class PolicyDocument {
  private readonly _statements: PolicyStatement[] = [];
  private frozenBy?: string;
  /** The text once frozen: a frozen document cannot change, so it is rendered once. */
  private frozenText?: string;

  public constructor(props: PolicyDocumentProps = {}) {
    this.addStatements(...(props.statements ?? []));
  }

  /** The statements, in order. */
  public get statements(): PolicyStatement[] {
    return [...this._statements];
  }

  /** Whether the document has no statement. */
  public get isEmpty(): boolean {
    return this._statements.length === 0;
  }

  /** Appends statements; an error once the document is frozen. */
  public addStatements(...statements: PolicyStatement[]): this {
    if (this.frozenBy !== undefined) throw new Error(`${this.frozenBy}: the policy document was already written, so a statement added now would not be; add statements before synth.`);
    this._statements.push(...statements);
    return this;
  }

  /** Whether the document (and its statements) can no longer change. */
  public get isFrozen(): boolean {
    return this.frozenBy !== undefined;
  }

  /**
   * Freezes the document and its statements: every later edit throws at the edit, naming `by`. The
   * constructs freeze their document when synth writes it, so what was written is what was checked.
   * @param by who froze it, for the message (e.g. a construct path)
   */
  public freeze(by: string = 'PolicyDocument'): this {
    if (this.frozenBy === undefined) {
      this.frozenBy = by;
      for (const s of this._statements) s.freeze(by);
    }
    return this;
  }

  /** The canonical JSON object. */
  public toJSON(): PolicyDocumentJson {
    return { version: POLICY_VERSION, statement: this._statements.map((s) => s.toJSON()) };
  }

  /**
   * The minified JSON text the provider receives. `JSON.stringify` never writes `\/` or HTML escapes,
   * which the provider would read back differently and diff forever.
   */
  public render(): string {
    if (this.frozenText !== undefined) return this.frozenText;
    const text = JSON.stringify(this.toJSON());
    if (this.frozenBy !== undefined) this.frozenText = text;
    return text;
  }
}
