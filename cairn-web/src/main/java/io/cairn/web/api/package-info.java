/**
 * The REST API framework: routes declared once with their parameters and response types (from which
 * the OpenAPI document is built), API-key authentication and roles, paging and parameter parsing.
 */
@NullMarked
package io.cairn.web.api;

import org.jspecify.annotations.NullMarked;
