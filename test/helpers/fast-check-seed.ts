// Property tests are deterministic in CI: every fc.assert runs from one fixed seed, so a run that
// passed passes again. Set TCR_FC_SEED to explore other seeds locally (fast-check prints the seed of a
// failure; pass it back here to reproduce it).
import fc from 'fast-check';

const seed = process.env.TCR_FC_SEED === undefined ? 20261201 : Number(process.env.TCR_FC_SEED);
if (!Number.isInteger(seed)) throw new Error(`TCR_FC_SEED must be an integer, got ${JSON.stringify(process.env.TCR_FC_SEED)}`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
