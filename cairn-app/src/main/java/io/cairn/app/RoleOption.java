package io.cairn.app;

import io.cairn.user.Role;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A role on the command line, in any case. */
final class RoleOption implements ITypeConverter<Role> {
    @Override
    public Role convert(String value) {
        return Role.parse(value)
                .orElseThrow(() ->
                        new TypeConversionException("Unknown role '" + value + "'; one of admin, analyst, viewer"));
    }
}
