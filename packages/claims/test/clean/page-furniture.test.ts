import { describe, expect, it } from "vitest"
import { cleanArticle } from "../../src/clean/clean-article.js"
import { articleOf } from "./clean-helpers.js"

const paragraph = (topic: string) =>
  `Officials said on Monday that ${topic} had grown by 4% in the first quarter, according to figures published by the statistics office, and that they expected the trend to continue into the summer months of next year.`

const furnitureOf = (text: string, title?: string) => {
  const cleaned = cleanArticle(articleOf(text, "text", title === undefined ? {} : { title }))
  return cleaned.furniture.map((region) => ({ kind: region.kind, text: text.slice(region.start, region.end) }))
}

describe("page furniture in plain text", () => {
  it("blanks a comment count under a long standfirst as one line, not as the start of the thread", () => {
    const text = `Headline about exports\n\n${paragraph("the standfirst")} ${paragraph("it")}\n\n3 Comments\n\n${paragraph("exports")}\n\n${paragraph("imports")}\n`
    expect(furnitureOf(text)).toEqual([{ kind: "comments", text: "3 Comments" }])
  })

  it("starts the thread at a comment count that a comment follows", () => {
    const text = `${paragraph("exports")}\n\n${paragraph("imports")}\n\n2 Responses\n\nJane Doe says:\n\nGreat piece.\n`
    expect(furnitureOf(text)).toEqual([{ kind: "comments", text: "2 Responses\n\nJane Doe says:\n\nGreat piece." }])
  })

  it("needs article text before a thread: a reply form at the top is only a line", () => {
    const text = `Leave a Reply\n\n${paragraph("exports")}\n\n${paragraph("imports")}\n`
    expect(furnitureOf(text)).toEqual([{ kind: "reply_form", text: "Leave a Reply" }])
  })

  it("keeps a lone platform name, blanks platform names beside a share bar", () => {
    expect(furnitureOf(`${paragraph("exports")}\n\nFacebook\n\n${paragraph("imports")}\n`)).toEqual([])
    expect(furnitureOf(`${paragraph("exports")}\n\nFacebook\nLinkedIn\nShare\n\n${paragraph("imports")}\n`)).toEqual([
      { kind: "share", text: "Facebook\nLinkedIn\nShare" }
    ])
  })

  it("blanks share counts and WordPress entry footers, not prose that starts the same way", () => {
    const footer = "Posted in World News | Tagged China, Russia"
    expect(furnitureOf(`${paragraph("exports")}\n\nShare 12 Tweet 5\n\n1.2k Shares\n\n${footer}\n\n${paragraph("imports")}\n`)).toEqual([
      { kind: "share", text: "Share 12 Tweet 5\n\n1.2k Shares" },
      { kind: "tags", text: footer }
    ])
    expect(furnitureOf(`${paragraph("exports")}\n\nPosted in 2019, the video was seen 3 million times.\n`)).toEqual([])
  })

  it("treats a 'Related' heading as furniture only when its short lines run to the end", () => {
    expect(furnitureOf(`${paragraph("exports")}\n\nRelated\n\n${paragraph("imports")}\n`)).toEqual([])
    expect(furnitureOf(`${paragraph("exports")}\n\nRelated\n\nImports slow in May\n\nExports hit record\n`)).toEqual([
      { kind: "navigation", text: "Related\n\nImports slow in May\n\nExports hit record" }
    ])
  })

  it("recognises a tag run before a trailing share bar, but not a credit line", () => {
    const tags = "Brazil Argentina Brazil trade Argentina trade Mercosur Lula"
    expect(furnitureOf(`${paragraph("exports")}\n\n${tags}\n\nShare\n`)).toEqual([
      { kind: "tags", text: tags },
      { kind: "share", text: "Share" }
    ])
    expect(furnitureOf(`${paragraph("exports")}\n\nReporting by Tom Smith in London and Tom Jones in Paris\n`)).toEqual([])
  })

  it("blanks only later repeats of a headline long enough to be one", () => {
    const text = `Grain deal signed\n\n${paragraph("grain")}\n\nGrain deal signed\n\nUpdate\n\n${paragraph("oil")}\n\nUpdate\n`
    expect(furnitureOf(text, "Grain deal signed")).toEqual([{ kind: "repeated_headline", text: "Grain deal signed" }])
  })

  it("works on CRLF text and keeps every carriage return", () => {
    const text = `${paragraph("exports")}\r\n\r\n${paragraph("imports")}\r\n\r\nLeave a Reply\r\nName *\r\n`
    const cleaned = cleanArticle(articleOf(text))
    expect(cleaned.furniture).toEqual([{ start: text.indexOf("Leave"), end: text.lastIndexOf("*") + 1, kind: "reply_form" }])
    expect(cleaned.content.endsWith("\r\n\r\n             \r\n      \r\n")).toBe(true)
  })
})
