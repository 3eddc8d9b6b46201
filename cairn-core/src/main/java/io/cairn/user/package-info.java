/**
 * Users, their roles and their API keys (DESIGN §9): the {@link io.cairn.user.Users} service over the
 * {@link io.cairn.user.UserStore} port. Keys and passwords are kept only as hashes; a key is shown
 * once, when it is created.
 */
@NullMarked
package io.cairn.user;

import org.jspecify.annotations.NullMarked;
