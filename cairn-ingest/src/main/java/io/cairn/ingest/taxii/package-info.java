/**
 * A TAXII 2.1 client: discovery, API roots, collections and the objects of a collection, page by
 * page with {@code next}/{@code more} and an {@code added_after} watermark. Each page's objects go
 * through the STIX import path as they arrive; a collection is never held whole.
 */
@NullMarked
package io.cairn.ingest.taxii;

import org.jspecify.annotations.NullMarked;
