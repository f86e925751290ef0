package org.matbank.web;

import java.util.List;
import org.matbank.template.Template;

/**
 * A part of the entry form made from one object template: the material ({@code m}), a process
 * step ({@code s1}, {@code s2}... in the order chosen) or the measurement ({@code x}).
 */
record EntrySection(String key, int order, Template template, String label, List<EntryField> fields) {
}
