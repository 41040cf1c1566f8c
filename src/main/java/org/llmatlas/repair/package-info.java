/**
 * Detection and repair of mis-decoded ("mojibake") notes: UTF-8 text whose bytes were decoded
 * with a Windows single-byte code page (windows-1252 or windows-1254) and saved again as UTF-8,
 * losing the bytes the code page does not define (and invisible ones such as the soft hyphen).
 *
 * <p>Entry point is {@link org.llmatlas.repair.Repairer}: it detects the damage
 * ({@link org.llmatlas.repair.Detection}), reverses the code page, rebuilds truncated UTF-8
 * sequences from the small set of bytes that can have been lost, and picks among the candidate
 * characters with a character n-gram language model trained on clean notes, a word list and a
 * syllable prior derived from Lucene Nori's Korean dictionary. The outcome is a
 * {@link org.llmatlas.repair.RepairResult}. Depends on the JDK and Lucene Nori only.
 */
package org.llmatlas.repair;
