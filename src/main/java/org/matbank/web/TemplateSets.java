package org.matbank.web;

import java.util.Set;
import java.util.TreeSet;
import org.matbank.template.Template;
import org.matbank.template.TemplatePacks;

/**
 * Which templates belong together: those of the same standard pack (external ids
 * {@code matbank-std:metal/...}) or, outside the standard, of the same external id scope (the
 * demo's {@code nims-fatigue:*}). A workbook is made for such a set, and the entry form offers a
 * material's set first.
 */
final class TemplateSets {

    private TemplateSets() {
    }

    /** The sets a template belongs to: {@code matbank-std:<pack>} or a scope; none without external ids. */
    static Set<String> keys(Template t) {
        Set<String> keys = new TreeSet<>();
        t.uids().forEach((scope, uid) -> {
            int slash = uid.indexOf('/');
            keys.add(TemplatePacks.SCOPE.equals(scope) && slash > 0 ? scope + ":" + uid.substring(0, slash) : scope);
        });
        return keys;
    }

    static boolean together(Template a, Template b) {
        Set<String> other = keys(b);
        return keys(a).stream().anyMatch(other::contains);
    }

    /** The standard pack a template comes from, or null. */
    static String pack(Template t) {
        String uid = t.uids().get(TemplatePacks.SCOPE);
        return uid == null || uid.indexOf('/') < 1 ? null : uid.substring(0, uid.indexOf('/'));
    }
}
