package nl.botoc.monitor.scan.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The roles a token's {@code groups} claim may name; any other group means nothing here. */
public enum Role {
    MUNICIPALITY("municipality"),
    MINISTRY("ministry"),
    RESEARCHER("researcher");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }

    /** The roles among {@code groups}, ignoring groups that name none. */
    public static Set<Role> of(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(values()).filter(role -> groups.contains(role.group)).forEach(roles::add);
        return roles;
    }
}
