import type { Quantity } from "../model/quantity.js"
import { tidyNumber } from "./tidy-number.js"

/** A figure's value, interval and precision multiplied by `factor`: the same figure in a smaller unit ("10" cents → 0.10 dollars, "56.0 mln" tonnes → kg). */
export const scaleQuantity = (quantity: Quantity, factor: number): Pick<Quantity, "value" | "interval" | "precision"> => {
  const scale = (n: number | null) => (n === null ? null : tidyNumber(n * factor))
  return {
    value: tidyNumber(quantity.value * factor),
    interval: { ...quantity.interval, low: scale(quantity.interval.low), high: scale(quantity.interval.high) },
    precision: tidyNumber(quantity.precision * factor)
  }
}
