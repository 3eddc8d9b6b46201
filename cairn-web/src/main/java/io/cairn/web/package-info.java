/** The HTTP face of Cairn: Javalin application, health, and (later) REST, TAXII and the web UI. */
@NullMarked
package io.cairn.web;

import org.jspecify.annotations.NullMarked;
