/**
 * The JDBC adapter of the store ports: one implementation, two dialects (SQLite embedded,
 * PostgreSQL for teams). Only {@link io.cairn.store.jdbc.JdbcStore} is public.
 */
@NullMarked
package io.cairn.store.jdbc;

import org.jspecify.annotations.NullMarked;
