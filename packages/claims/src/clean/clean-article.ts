import type { Article, ArticleFormat, CleanedArticle } from "../model/article.js"
import { applyBlanks, type Blank, furnitureRegions } from "./blanking.js"
import { htmlBlanks } from "./html-markup.js"
import { markdownBlanks } from "./markdown-markup.js"
import { pageFurnitureBlanks } from "./page-furniture.js"

export { htmlMetadata } from "./html-metadata.js"

const markupBlanks = (format: ArticleFormat, text: string): ReadonlyArray<Blank> => {
  switch (format) {
    case "html":
      return htmlBlanks(text)
    case "markdown":
      return markdownBlanks(text)
    case "text":
      return []
  }
}

/**
 * The article with markup and page furniture blanked to spaces in a same-length copy (line
 * breaks kept, so offsets into `content` are offsets into `article.text`), and the regions
 * blanked, by kind. Markup goes first; furniture is then recognised line by line on what a
 * reader would see.
 */
export const cleanArticle = (article: Article): CleanedArticle => {
  const markup = markupBlanks(article.format, article.text)
  const visible = applyBlanks(article.text, markup)
  const furniture = pageFurnitureBlanks(visible, article.metadata.title)
  return {
    article,
    content: applyBlanks(visible, furniture),
    furniture: furnitureRegions(article.text, [...markup, ...furniture])
  }
}
