package org.matbank.template;

import org.matbank.shared.Link;

/**
 * An attribute template that an object template allows, optionally with narrower bounds and
 * marked required. {@code templateVersion} is filled in when the object template is stored.
 * {@code required} may be left out (GEMD has no such flag); it then means not required.
 */
public record AttributeSlot(Link template, Integer templateVersion, Bounds bounds, Boolean required) {

    public AttributeSlot {
        required = Boolean.TRUE.equals(required);
    }
}
