import type { Budget, Claim, Scale } from '../claim/types.js';

/**
 * The claim's declared scale at this budget. A name the claim did not declare throws at once, naming
 * the claim, rather than handing the check an undefined that would turn into NaN steps or an empty loop.
 */
export function scaledValues(claim: Claim, budget: Budget): Scale {
  const values = ('scale' in claim && claim.scale ? claim.scale[budget] : {}) as Scale;
  return new Proxy(values, {
    get(target, name) {
      if (typeof name !== 'string' || name in target) return Reflect.get(target, name);
      if (name === 'then' || name === 'toJSON') return undefined;
      throw new Error(`${claim.id}: ctx.scaled.${name} is not declared in the claim's scale (declared: ${Object.keys(target).join(', ') || 'none'})`);
    },
  });
}
