package org.citecheck.verdict;

/**
 * The cited title against the live page's title.
 *
 * @param cited the title the note gives, or null
 * @param live the page's best title (title, og:title or first h1), or null
 * @param similarity 0 to 1, or null when either side is missing
 */
public record TitleMatch(String cited, String live, Double similarity) {}
