import { describe, expect, it } from "vitest"
import { extractText, withPredicate } from "./extract-text.js"

describe("event claims", () => {
  it("reads a planned visit with its actor, place and date range", () => {
    const { claims } = extractText("Putin should pay a visit to China between June 9 and 10.", "2018-06-04")
    const [visit] = withPredicate(claims, "event.visit")
    expect(visit).toMatchObject({
      subjects: ["person:vladimir-putin"],
      place: "country:CN",
      time: { start: "2018-06-09", end: "2018-06-10" },
      modality: "planned"
    })
    expect(visit?.quote).toBe("Putin should pay a visit to China between June 9 and 10")
  })

  it("spans an arrival and a stay: 'arrived on Friday and is set to stay till June 10'", () => {
    const text = "Vladimir Putin and Xi Jinping met. The Russian leader arrived in China on Friday and is set to stay there till June 10."
    const [visit] = withPredicate(extractText(text, "2018-06-09").claims, "event.visit")
    expect(visit).toMatchObject({
      subjects: ["person:vladimir-putin"],
      place: "country:CN",
      time: { start: "2018-06-08", end: "2018-06-10" }
    })
  })

  it("reads a state visit planned on two days", () => {
    const text = "The President of Russia, Vladimir Putin, will make a state visit to China on Thursday and Friday (May 16 and 17, 2024)."
    const [visit] = withPredicate(extractText(text, "2024-05-14").claims, "event.state_visit")
    expect(visit).toMatchObject({ subjects: ["person:vladimir-putin"], place: "country:CN", time: { start: "2024-05-16", end: "2024-05-17" }, modality: "planned" })
  })

  it("dates an event by its own date, not by when it was said", () => {
    const text = "Moscow and Beijing plan to approve agreements during Putin's upcoming visit to China, Russian Foreign Minister Sergei Lavrov said on Sunday."
    const { claims } = extractText(text, "2018-06-04")
    // The visit has no date of its own: "on Sunday" dates the saying.
    expect(withPredicate(claims, "event.visit")).toEqual([])
  })

  it("keeps a 2018 visit apart from the 2024 one", () => {
    const text = "Putin visited China in June 2018. Putin will make a state visit to China on May 16, 2024."
    const { claims } = extractText(text, "2024-05-14")
    expect(withPredicate(claims, "event.visit").map((c) => [c.time?.start, c.modality])).toEqual([["2018-06", "reported"]])
    expect(withPredicate(claims, "event.state_visit").map((c) => [c.time?.start, c.modality])).toEqual([["2024-05-16", "planned"]])
  })

  it("reads a call between two leaders and the country that holds an election", () => {
    const call = extractText("In a phone call with Biden earlier this month, Chinese President Xi Jinping said ties had worsened.", "2024-05-14").claims
    expect(withPredicate(call, "event.call")[0]).toMatchObject({ subjects: ["person:joe-biden", "person:xi-jinping"], time: { start: "2024-05" } })
    const election = extractText("Lavrov was named minister after the March presidential election in Russia, won by Vladimir Putin.", "2018-06-04").claims
    expect(withPredicate(election, "event.election")[0]).toMatchObject({ subjects: ["country:RU"], place: "country:RU", time: { start: "2018-03" } })
  })

  it("gives the meeting word's own date to each event of a sentence", () => {
    const text = "Before the Astana meeting on June 8, Xi had hosted Putin in Beijing during a forum in May."
    const meetings = withPredicate(extractText(text, "2017-07-03").claims, "event.meeting")
    expect(meetings.map((m) => [m.time?.start, m.place])).toEqual([["2017-06-08", "country:KZ"]])
  })

  it("yields no undated event but a meeting of two named people, nor a meeting with one side only", () => {
    const talks = withPredicate(extractText("Putin and Xi held talks at the Kremlin.", "2017-07-03").claims, "event.talks")
    expect(talks.map((t) => [t.subjects, t.time])).toEqual([[["person:vladimir-putin", "person:xi-jinping"], undefined]])
    expect(withPredicate(extractText("Putin visited China.", "2017-07-03").claims, "event.visit")).toEqual([])
    expect(withPredicate(extractText("Russia and China signed a deal.", "2017-07-03").claims, "event.signing")).toEqual([])
    expect(withPredicate(extractText("Xi met on Monday.", "2017-07-03").claims, "event.meeting")).toEqual([])
  })

  it("dates talks by the visit they are held on", () => {
    const text = "Sergei Kiriyenko is due to visit Beijing from June 24 to 26 for talks with Chinese Premier Zhu Rongji."
    const [talks] = withPredicate(extractText(text, "1998-06-10").claims, "event.talks")
    expect(talks).toMatchObject({ subjects: ["person:sergei-kiriyenko", "person:zhu-rongji"], time: { start: "1998-06-24", end: "1998-06-26" } })
  })

  it("links an undated mention of a meeting to its dated, placed statement", () => {
    const text = "Putin met Xi in Beijing on June 8. Putin met Xi to discuss trade."
    const meetings = withPredicate(extractText(text, "2018-06-10").claims, "event.meeting")
    expect(meetings.map((m) => [m.place, m.time?.start, m.mentions.length])).toEqual([["country:CN", "2018-06-08", 1]])
  })

  it("takes the visitor after 'visiting', not the host before it", () => {
    const text = "Putin held talks with visiting Chinese President Xi Jinping in Moscow on Monday."
    const visits = withPredicate(extractText(text, "2017-07-05").claims, "event.visit")
    expect(visits.map((v) => v.subjects)).toEqual([["person:xi-jinping"]])
  })

  it("reads sanctions with their target, and the agent of a passive test", () => {
    const text = "On June 3, the United Nations Security Council imposed sanctions on North Korea over missile tests carried out by Pyongyang this year."
    const { claims } = extractText(text, "2017-07-03")
    expect(withPredicate(claims, "event.sanctions")[0]).toMatchObject({ subjects: ["org:unsc", "country:KP"], time: { start: "2017-06-03" } })
    expect(withPredicate(claims, "event.test")[0]).toMatchObject({ subjects: ["country:KP"], time: { start: "2017" } })
  })

  it("yields no event that is only proposed or opposed, though the sentence has a date", () => {
    const proposed = "The senator said he spoke to White House officials on Tuesday about his proposal for an economic summit."
    expect(withPredicate(extractText(proposed, "1987-10-21").claims, "event.summit")).toEqual([])
    const opposed = "A spokesman said on Wednesday that the White House still opposes a budget summit."
    expect(withPredicate(extractText(opposed, "1987-10-21").claims, "event.summit")).toEqual([])
    const called = "Delors on Monday called for the swift convening of a meeting of the G-7 countries."
    expect(withPredicate(extractText(called, "1987-10-21").claims, "event.meeting")).toEqual([])
    const held = "The White House held a budget summit on Tuesday."
    expect(withPredicate(extractText(held, "1987-10-21").claims, "event.summit").map((c) => c.time?.start)).toEqual(["1987-10-20"])
  })

  it("reads no meeting in 'meet' as satisfying: 'met a cool reception', 'meeting its needs'", () => {
    const reception = "President Bush met a cool reception from Jacques Chirac in Paris on Monday."
    expect(withPredicate(extractText(reception, "2005-02-22").claims, "event.meeting")).toEqual([])
    const needs = "The IMF lent Ecuador 48 mln dlrs on Monday to help it in meeting its foreign exchange needs."
    expect(withPredicate(extractText(needs, "1987-06-10").claims, "event.meeting")).toEqual([])
    const met = "President Bush met Jacques Chirac in Paris on Monday."
    expect(withPredicate(extractText(met, "2005-02-22").claims, "event.meeting").map((c) => c.time?.start)).toEqual(["2005-02-21"])
  })
})
