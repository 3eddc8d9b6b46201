/** Rules for talking to the outside network, such as which addresses an outbound fetch may reach. */
@NullMarked
package io.cairn.net;

import org.jspecify.annotations.NullMarked;
