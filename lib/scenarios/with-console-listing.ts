import { consoleListingStatement, ListingEdition } from './console-listing';
import { Scenario } from './scenario';

/** The scenario with the edition's console listing statement appended, or unchanged without an edition. */
export function withConsoleListing(scenario: Scenario, edition: ListingEdition | undefined): Scenario {
  if (edition === undefined) return scenario;
  return { ...scenario, build: () => [...scenario.build(), consoleListingStatement(edition)] };
}
