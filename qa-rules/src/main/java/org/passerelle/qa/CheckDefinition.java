package org.passerelle.qa;

import java.util.function.Function;

/** How to build one check from its profile settings. */
public record CheckDefinition(String id, Function<CheckSettings, Check> factory) {
}
