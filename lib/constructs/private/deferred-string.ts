import { IResolvable, IResolveContext, Token } from 'cdktf';

/**
 * A string token whose value is produced when the stack is synthesized, like `Lazy.stringValue`, but
 * without the full stack trace `Lazy` captures at creation: two per policy made that capture most of the
 * cost of a large synth. The trace only decorated resolution errors, and a producer here throws its own
 * error naming the construct.
 *
 * @param produce returns the value; called on every resolution
 */
export function deferredString(produce: () => string): string {
  return Token.asString(new DeferredString(produce));
}

class DeferredString implements IResolvable {
  public readonly creationStack: string[] = [];

  public constructor(private readonly produce: () => string) {}

  public resolve(_context: IResolveContext): string {
    return this.produce();
  }

  public toString(): string {
    return Token.asString(this);
  }
}
