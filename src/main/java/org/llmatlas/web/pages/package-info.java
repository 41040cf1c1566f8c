/**
 * The server-rendered HTML pages. Every value from the notes goes through {@link org.llmatlas.web.pages.Html#esc};
 * JavaScript ({@code /assets/*.js}) only enhances pages that work without it.
 */
package org.llmatlas.web.pages;
