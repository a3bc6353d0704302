import { describe, expect, it } from "vitest"
import { readTimeML } from "../../bench/time/read-timeml.js"

describe("reading TimeML for scoring", () => {
  it("strips every tag, decodes entities, and places each TIMEX3 at its offsets in the stripped text", () => {
    const xml = [
      '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>',
      "<TEXT>",
      'AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> that profit',
      'fell in <TIMEX3 tid="t2" type="DATE" value="1997-Q4" mod="END">the late fourth quarter</TIMEX3> &lt;T&gt;.',
      "</TEXT></TimeML>"
    ].join("\n")
    const doc = readTimeML("x.tml", xml)!
    expect(doc.dct).toBe("1998-01-08")
    expect(doc.text).toBe("\nAT&T said Wednesday that profit\nfell in the late fourth quarter <T>.\n")
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.text, t.type, t.value, t.mod])).toEqual([
      ["Wednesday", "Wednesday", "DATE", "1998-01-07", undefined],
      ["the late fourth quarter", "the late fourth quarter", "DATE", "1997-Q4", "END"]
    ])
  })

  it("gives nothing for a document without a creation time", () => {
    expect(readTimeML("x.tml", "<TimeML><TEXT>On Monday.</TEXT></TimeML>")).toBeUndefined()
  })
})
