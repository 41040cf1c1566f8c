/** Full-text search over entity names and definitions in Korean and English (Lucene with Nori), in memory. */
package org.llmatlas.search;
