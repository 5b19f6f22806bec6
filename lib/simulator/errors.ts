/** A policy document the simulator cannot read: not JSON, or not the CAM grammar. */
export class PolicyDocumentError extends Error {
  /** The index of the document in the list given to the simulator (0 for `explain`). */
  public readonly documentIndex: number;
  /** The statement at fault, when the problem is inside one. */
  public readonly statementIndex?: number;

  public constructor(message: string, documentIndex: number, statementIndex?: number) {
    super(message);
    this.name = 'PolicyDocumentError';
    this.documentIndex = documentIndex;
    this.statementIndex = statementIndex;
  }
}

/** A simulation request the simulator cannot evaluate: a malformed resource, address or tag map. */
export class SimulationRequestError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'SimulationRequestError';
  }
}
