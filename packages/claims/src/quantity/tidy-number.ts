/**
 * Rounds away binary floating-point noise from unit arithmetic (30 × 1e-6 is 0.000029999999999999997;
 * 1500 × 1.1 is 1650.0000000000002). Twelve significant digits are far beyond any printed figure.
 */
export const tidyNumber = (n: number): number => (Number.isInteger(n) ? n : Number(n.toPrecision(12)))
