package org.citecheck.document.markup;

/**
 * A link as the markup states it: the exact target and the text it is set on.
 *
 * @param href the target as written (absolute once the reader resolved it against a base)
 * @param text the text the link is set on, which may be the URL itself or a title
 */
public record MarkupLink(String href, String text) {}
