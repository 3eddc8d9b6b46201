/**
 * Storage ports: the {@link io.cairn.store.Store} aggregate and the queries and bulk loads the rest
 * of Cairn needs. Adapters live in cairn-store; nothing here knows about SQL.
 */
@NullMarked
package io.cairn.store;

import org.jspecify.annotations.NullMarked;
