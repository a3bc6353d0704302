import { describe, expect, it } from "vitest"
import { extractText } from "./extract-text.js"

describe("attribution", () => {
  it("reads 'X said on Sunday' with its entity and date, and dates the claim's assertion by it", () => {
    const text = "Russia and China will sign 12 agreements in June, Russian Foreign Minister Sergei Lavrov said on Sunday."
    const [claim] = extractText(text, "2018-06-04").claims
    expect(claim?.attribution).toMatchObject({ text: "Russian Foreign Minister Sergei Lavrov", entity: "person:sergei-lavrov", said: "2018-06-03" })
    expect(claim?.assertedAt).toBe("2018-06-03")
    expect(text.slice(claim!.attribution!.span.start, claim!.attribution!.span.end)).toBe("Russian Foreign Minister Sergei Lavrov said on Sunday")
  })

  it("reads 'according to the Kremlin' and falls back to the reference date", () => {
    const [claim] = extractText("According to the Kremlin, Russia and China will sign 12 agreements in June.", "2018-06-04").claims
    expect(claim?.attribution).toMatchObject({ text: "the Kremlin", entity: "country:RU" })
    expect(claim?.assertedAt).toBe("2018-06-04")
  })

  it("reads a source after the verb and a pronoun as the last person named", () => {
    const after = extractText("Russia and China will sign 12 agreements in June, said the ambassador.", "2018-06-04").claims[0]
    expect(after?.attribution?.text).toBe("the ambassador")
    const pronoun = extractText("Xi Jinping spoke first. Russia and China signed 12 agreements in May, he said.", "2018-06-04").claims[0]
    expect(pronoun?.attribution).toMatchObject({ text: "he", entity: "person:xi-jinping" })
  })

  it("reads no source in 'X added' an amount: the economy that added jobs holds them, it says nothing", () => {
    const [claim] = extractText("The US economy added 337,000 jobs in October.", "2004-11-06").claims
    expect(claim?.attribution).toBeUndefined()
    expect(claim?.figure).toMatchObject({ holder: "country:US", measure: "employment", aspect: "change_amount" })
    expect(extractText("Exports rose 5 pct in May, he added.", "2004-11-06").claims[0]?.attribution?.text).toBe("he")
  })

  it("leaves unattributed facts without attribution", () => {
    const [claim] = extractText("Russia and China signed 12 agreements in May 2018.", "2018-06-04").claims
    expect(claim?.attribution).toBeUndefined()
  })
})
