/**
 * Versioned records that are more than an edge: WHOIS/RDAP records, certificate details, STIX
 * objects kept whole, MISP objects. A document is identified by kind and key; content that differs
 * from every stored version becomes the next version, so history is kept.
 */
@NullMarked
package io.cairn.document;

import org.jspecify.annotations.NullMarked;
